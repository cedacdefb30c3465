using SiteGen.Incremental;
using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>
/// Each language's timeline: an index (the years, the latest events), a page per year with its
/// neighbours (and, for a year too large for one page, a page per month, or per day), each year
/// with its TimelineJS data; the whole timeline's data too, for embedding. No page grows with the
/// archive (<see cref="Content.Aggregates.TimelinePaging"/>).
/// </summary>
internal sealed class TimelineKind : PageKind
{
    public override string Name => "Timelines";

    public override string? SummaryRow => "Timelines";

    public override IEnumerable<string> Sections(SiteGen.Content.Model.LanguagePaths paths) => [paths.Timeline];

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        // A period page's alternates depend on the other languages' periods: every language's timeline is an input.
        // Worked out only when a period group is made (a rebuild that changes no timeline makes none).
        var periods = site.Content.Site.Languages.ToDictionary(l => l.Code,
            l => new Lazy<HashSet<Content.Aggregates.TimelinePlace>>(() => site.Index[l.Code].Paging.Pages(site.Index[l.Code].Timeline).Select(p => p.Place).ToHashSet()));
        var timelines = site.Content.Site.Languages.Select(l => (object?)site.Index[l.Code].Timeline).ToArray();
        foreach (var language in site.Content.Site.Languages)
        {
            var index = site.Index[language.Code];
            foreach (var warning in index.Warnings) site.Execution.Report(warning);
            var timeline = index.Timeline;
            yield return new PageGroup(language.Code, new PageInputs(timeline), () => IndexPages(site, language, timeline));
            var paging = index.Paging;
            yield return new PageGroup($"{language.Code}/periods", new PageInputs(timelines), () =>
                TimelinePages.Periods(site, language.Code, null, timeline, paging,
                    (place, count) => site.Heads.TimelinePeriod(language.Code, place, count, null, other => periods[other].Value.Contains(place))));
            foreach (var year in timeline.Years)
            {
                var entries = timeline.ForYear(year.Year);
                yield return new PageGroup($"{language.Code}/{year.Year}.json", new PageInputs(entries.Entries.Cast<object>().Append(language).ToArray()), () =>
                    [site.Utf8(site.Urls.TimelineYearData(language.Code, year.Year),
                        output =>
                        {
                            var head = site.Heads.TimelinePeriod(language.Code, new(new Rules.PartialDate(year.Year), 1), 1, null, _ => false);
                            TimelineJson.Write(output, entries, head.Title, head.Description, language.Code, site.Content, site.Cache.TimelineJson);
                        }, entries.Entries, language)]);
            }
        }
    }

    private static IEnumerable<Document> IndexPages(SiteContext site, Content.Model.Language language, Content.Aggregates.Timeline timeline)
    {
        yield return TimelinePages.Index(site, language.Code, null, timeline, site.Heads.Timeline(language.Code));
        yield return site.Utf8(site.Urls.TimelineData(language.Code),
            output => TimelineJson.Write(output, timeline, language.Title, language.Description, language.Code, site.Content, site.Cache.TimelineJson), timeline, language);
    }
}
