using SiteGen.Building;
using SiteGen.Content.Loading;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Tests;

/// <summary>Timeline entries rendered ahead and reused give the very markup of entries rendered in place.</summary>
public class TimelineMarkupTests
{
    [Fact]
    public async Task A_timeline_page_is_the_same_with_entries_rendered_ahead_or_in_place()
    {
        var report = await SiteBuilder.LoadAsync(TestSite.SampleInput, null, new BuildOptions(TestSite.BuildDate));
        var index = report.Index.ShouldNotBeNull();
        var timeline = index["fr"].Timeline;
        timeline.Entries.Count.ShouldBeGreaterThan(3);

        var inPlace = await RenderAsync(new ThemeContext(index.Content, new TimelineMarkup()), timeline);
        var prepared = new ThemeContext(index.Content, new TimelineMarkup());
        await prepared.Markup.PrepareAsync(prepared, timeline, "fr", CancellationToken.None);
        var ahead = await RenderAsync(prepared, timeline);

        ahead.ShouldBe(inPlace);
        ahead.ShouldContain("""<li class="timeline-entry" id="event-us-law-signed">""");
    }

    private static async Task<string> RenderAsync(ThemeContext theme, Content.Aggregates.Timeline timeline)
    {
        var sink = new StringSink();
        var year = new Rules.PartialDate(2024);
        var head = new Pages.PageHeads(theme.Content).TimelinePeriod("fr", new(year, 1), 1, null, _ => true);
        await PageRenderer.RenderAsync([PageRequest.For<TimelinePeriodPage, TimelinePeriodPageModel>("fr/index.html", theme,
                new(head, null, year, timeline.ForYear(2024), [], new Rules.PartialDate(2023), new Rules.PartialDate(2025)))],
            sink, CancellationToken.None);
        return sink.Html;
    }

    private sealed class StringSink : IPageSink
    {
        public string Html { get; private set; } = "";

        public TextWriter Open(string destination) => new StringWriter();

        public Task CloseAsync(string destination, TextWriter writer)
        {
            Html = writer.ToString()!;
            return Task.CompletedTask;
        }
    }
}
