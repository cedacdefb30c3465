using SiteGen.Incremental;
using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>Each language's timeline page and its TimelineJS data.</summary>
internal sealed class TimelineKind : PageKind
{
    public override string Name => "Timelines";

    public override string? SummaryRow => "Timelines";

    public override IEnumerable<string> Sections(SiteGen.Content.Model.LanguagePaths paths) => [paths.Timeline];

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        foreach (var language in site.Content.Site.Languages)
        {
            var index = site.Index[language.Code];
            foreach (var warning in index.Warnings) site.Execution.Report(warning);
            yield return new PageGroup(language.Code, PageInputs.Always, () => Pages(site, language, index.Timeline));
        }
    }

    private static IEnumerable<Document> Pages(SiteContext site, Content.Model.Language language, Content.Aggregates.Timeline timeline)
    {
        yield return site.Page<TimelinePage, TimelinePageModel>(site.Urls.Timeline(language.Code), new(site.Heads.Timeline(language.Code), timeline));
        yield return site.Text(site.Urls.TimelineData(language.Code),
            () => TimelineJson.Write(timeline, language.Title, language.Description, language.Code, site.Content, site.Cache.TimelineJson), timeline, language);
    }
}
