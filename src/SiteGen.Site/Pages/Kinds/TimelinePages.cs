using SiteGen.Content.Aggregates;
using SiteGen.Pipeline;
using SiteGen.Rules;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>
/// The pages of one timeline, the language's or a topic's: its index (years, latest events) and
/// a page per period of its <see cref="TimelinePaging"/> (a year, or a month or day of a split
/// one), each linking to its neighbours at the same level and, when split, to its parts.
/// </summary>
internal static class TimelinePages
{
    public const int LatestEvents = 10;

    public static Document Index(SiteContext site, string language, string? topicId, Timeline timeline, PageHead head)
    {
        var years = timeline.Years.Select(y => new TimelinePeriodCount(new PartialDate(y.Year), y.Entries.Count())).Reverse().ToList();
        var latest = timeline.Entries.Reverse().Take(LatestEvents).ToList();
        var url = topicId is null ? site.Urls.Timeline(language) : site.Urls.TopicTimeline(language, topicId);
        return site.Page<TimelinePage, TimelinePageModel>(url, new(head, topicId, timeline, years, latest));
    }

    /// <param name="headOf">The head of a page: its place, and how many pages its period has.</param>
    public static IEnumerable<Document> Periods(SiteContext site, string language, string? topicId, Timeline timeline, TimelinePaging paging,
        Func<TimelinePlace, int, PageHead> headOf)
    {
        var pages = paging.Pages(timeline);
        var counts = Counts(timeline);
        var pageCounts = pages.GroupBy(p => p.Place.Period).ToDictionary(g => g.Key, g => g.Count());
        foreach (var level in pages.GroupBy(p => p.Place.Period.Precision))
        {
            // Neighbours are the periods before and after at the same level (a period's own later pages are its pagination).
            var periods = level.Where(p => p.Place.Page == 1).Select(p => p.Place.Period).ToList();
            var position = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
            foreach (var page in level)
            {
                var (period, number) = (page.Place.Period, page.Place.Page);
                var i = position[period];
                var parts = number == 1 && paging.IsSplit(period)
                    ? pages.Where(p => p.Place.Page == 1 && IsPartOf(p.Place.Period, period)).Select(p => new TimelinePeriodCount(p.Place.Period, counts.GetValueOrDefault(p.Place.Period))).ToList()
                    : [];
                yield return site.Page<TimelinePeriodPage, TimelinePeriodPageModel>(site.Urls.TimelinePeriod(language, period, topicId, number),
                    new(headOf(page.Place, pageCounts[period]), topicId, period, page.Timeline, parts, i > 0 ? periods[i - 1] : null, i + 1 < periods.Count ? periods[i + 1] : null)
                    {
                        Page = number, Pages = pageCounts[period],
                    });
            }
        }
    }

    /// <summary>Whether <paramref name="part"/> is a month of the year <paramref name="whole"/>, or a day of the month.</summary>
    private static bool IsPartOf(PartialDate part, PartialDate whole) => whole.Precision switch
    {
        DatePrecision.Year => part.Precision == DatePrecision.Month && part.Year == whole.Year,
        DatePrecision.Month => part.Precision == DatePrecision.Day && part.Year == whole.Year && part.Month == whole.Month,
        _ => false,
    };

    /// <summary>How many entries each year, month and day has, its parts included.</summary>
    private static Dictionary<PartialDate, int> Counts(Timeline timeline)
    {
        var counts = new Dictionary<PartialDate, int>();
        foreach (var entry in timeline.Entries)
        {
            var date = entry.Date;
            Add(new PartialDate(date.Year));
            if (date.Month > 0) Add(new PartialDate(date.Year, date.Month));
            if (date.Day > 0) Add(date);
        }
        return counts;

        void Add(PartialDate period) => counts[period] = counts.GetValueOrDefault(period) + 1;
    }
}
