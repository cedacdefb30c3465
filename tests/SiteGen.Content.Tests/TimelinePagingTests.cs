using CsCheck;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Tests;

/// <summary>How a timeline is cut into pages: a page per year, months and days for large ones, numbered pages past the bound.</summary>
public class TimelinePagingTests
{
    private static TimelineEvent E(PartialDate date, string id) =>
        new(date, null, "Événement " + id, id, ["tiktok"], null, new SourceLocation("a.md", 1, 1));

    private static Timeline Of(IEnumerable<PartialDate> dates) =>
        TimelineBuilder.Build([TimelineTests.A("a", "2024-01-01", [.. dates.Select((d, i) => E(d, $"e{i:D5}"))])]);

    [Fact]
    public void A_small_timeline_has_one_page_per_year()
    {
        var timeline = Of([new(2023, 9), new(2024, 4, 24), new(2024), new(2024, 8)]);
        var paging = TimelinePaging.Of(timeline);

        paging.ShouldBeSameAs(TimelinePaging.None);
        paging.Pages(timeline).Select(p => (p.Place.Period.ToIsoString(), p.Place.Page, p.Timeline.Entries.Count)).ShouldBe([("2023", 1, 1), ("2024", 1, 3)]);
    }

    [Fact]
    public void A_large_year_is_split_into_months_a_large_month_into_days_and_entries_known_to_the_year_only_fill_numbered_pages()
    {
        var dates = new List<PartialDate>();
        dates.AddRange(Enumerable.Repeat(new PartialDate(2017), 150));               // known to the year only: two pages
        dates.AddRange(Enumerable.Range(0, 120).Select(i => new PartialDate(2017, 3, i % 28 + 1))); // a large March: its days
        dates.AddRange(Enumerable.Repeat(new PartialDate(2017, 3), 5));              // known to March only: on March's page
        dates.AddRange(Enumerable.Range(0, 30).Select(i => new PartialDate(2017, 6, 1 + i % 30)));  // June: one page
        var timeline = Of(dates);
        var paging = TimelinePaging.Of(timeline);

        paging.IsSplit(new PartialDate(2017)).ShouldBeTrue();
        paging.IsSplit(new PartialDate(2017, 3)).ShouldBeTrue();
        paging.IsSplit(new PartialDate(2017, 6)).ShouldBeFalse();
        var pages = paging.Pages(timeline);
        pages.Where(p => p.Place.Period == new PartialDate(2017)).Select(p => (p.Place.Page, p.Timeline.Entries.Count)).ShouldBe([(1, 100), (2, 50)]);
        pages.Single(p => p.Place.Period == new PartialDate(2017, 3)).Timeline.Entries.Count.ShouldBe(5);
        pages.Single(p => p.Place.Period == new PartialDate(2017, 6)).Timeline.Entries.Count.ShouldBe(30);
        pages.Count(p => p.Place.Period.Precision == DatePrecision.Day).ShouldBe(28);
        paging.PlaceOf(new PartialDate(2017, 3, 5), "any").ShouldBe(new TimelinePlace(new PartialDate(2017, 3, 5), 1));
        paging.PlaceOf(new PartialDate(2017, 6, 5), "any").ShouldBe(new TimelinePlace(new PartialDate(2017, 6), 1));
    }

    [Fact]
    public void Every_entry_is_on_exactly_the_page_its_place_names_and_no_page_holds_more_than_the_bound()
    {
        var date = Gen.Select(Gen.Int[2015, 2017], Gen.Int[0, 12], Gen.Int[0, 28]).Select((y, m, d) => m == 0 ? new PartialDate(y) : new PartialDate(y, m, d == 0 ? 0 : d));
        Gen.Select(Gen.Int[0, 3], date.List[0, 700]).Sample((skew, dates) =>
        {
            // Skewed samples put most entries on a few dates, so that months and days are split too.
            var timeline = Of(skew == 0 ? dates : dates.Select(d => d.Day > 0 ? new PartialDate(d.Year, 3, d.Day % (skew * 3) + 1) : d));
            var paging = TimelinePaging.Of(timeline);
            var pages = paging.Pages(timeline);
            pages.Sum(p => p.Timeline.Entries.Count).ShouldBe(timeline.Entries.Count);
            pages.ShouldAllBe(p => p.Timeline.Entries.Count <= TimelinePaging.SplitAbove);
            pages.Select(p => p.Place).Distinct().Count().ShouldBe(pages.Count);
            foreach (var page in pages)
            foreach (var entry in page.Timeline.Entries)
                paging.PlaceOf(entry.Date, entry.Key).ShouldBe(page.Place);
        }, iter: 200);
    }
}
