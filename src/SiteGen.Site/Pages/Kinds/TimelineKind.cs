using SiteGen.Incremental;
using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>
/// Each language's timeline by year: an index (the years, the latest events) and one page per
/// year with its neighbours, each with its TimelineJS data; the whole timeline's data too, for
/// embedding. A page holds one year, so none grows with the archive.
/// </summary>
internal sealed class TimelineKind : PageKind
{
    private const int LatestEvents = 10;

    public override string Name => "Timelines";

    public override string? SummaryRow => "Timelines";

    public override IEnumerable<string> Sections(SiteGen.Content.Model.LanguagePaths paths) => [paths.Timeline];

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        var years = site.Content.Site.Languages.ToDictionary(l => l.Code, l => site.Index[l.Code].Timeline.Years.Select(y => y.Year).ToHashSet());
        // A year page's alternates depend on the other languages' years: every language's timeline is an input.
        var timelines = site.Content.Site.Languages.Select(l => (object?)site.Index[l.Code].Timeline).ToArray();
        foreach (var language in site.Content.Site.Languages)
        {
            var index = site.Index[language.Code];
            foreach (var warning in index.Warnings) site.Execution.Report(warning);
            var timeline = index.Timeline;
            yield return new PageGroup(language.Code, new PageInputs(timeline), () => IndexPages(site, language, timeline));
            var list = timeline.Years;
            for (var i = 0; i < list.Count; i++)
            {
                var (year, previous, next) = (list[i].Year, i > 0 ? list[i - 1].Year : (int?)null, i + 1 < list.Count ? list[i + 1].Year : (int?)null);
                yield return new PageGroup($"{language.Code}/{year}", new PageInputs(timelines), () => YearPages(site, language, timeline.ForYear(year), year, previous, next,
                    other => years[other].Contains(year)));
            }
        }
    }

    private static IEnumerable<Document> IndexPages(SiteContext site, Content.Model.Language language, Content.Aggregates.Timeline timeline)
    {
        var counts = timeline.Years.Select(y => new TimelineYearCount(y.Year, y.Entries.Count())).Reverse().ToList();
        var latest = timeline.Entries.Reverse().Take(LatestEvents).ToList();
        yield return site.Page<TimelinePage, TimelinePageModel>(site.Urls.Timeline(language.Code), new(site.Heads.Timeline(language.Code), timeline, counts, latest));
        yield return site.Text(site.Urls.TimelineData(language.Code),
            () => TimelineJson.Write(timeline, language.Title, language.Description, language.Code, site.Content, site.Cache.TimelineJson), timeline, language);
    }

    private static IEnumerable<Document> YearPages(SiteContext site, Content.Model.Language language, Content.Aggregates.Timeline year, int number,
        int? previous, int? next, Func<string, bool> hasYear)
    {
        var head = site.Heads.TimelineYear(language.Code, number, hasYear);
        yield return site.Page<TimelineYearPage, TimelineYearPageModel>(site.Urls.TimelineYear(language.Code, number), new(head, number, year, previous, next));
        yield return site.Text(site.Urls.TimelineYearData(language.Code, number),
            () => TimelineJson.Write(year, head.Title, head.Description, language.Code, site.Content, site.Cache.TimelineJson), year.Entries, language);
    }
}
