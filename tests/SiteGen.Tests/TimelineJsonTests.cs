using System.Text.Json;

namespace SiteGen.Tests;

/// <summary>The timeline.json files against the rules of Knight Lab TimelineJS's format.</summary>
public class TimelineJsonTests
{
    [Fact]
    public async Task Every_timeline_json_follows_the_timelinejs_format()
    {
        using var folder = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, folder.Path + "/out")).Succeeded.ShouldBeTrue();
        var files = Directory.GetFiles(folder.Path + "/out", "timeline.json", SearchOption.AllDirectories);
        // Each language's, each year's of it, and each topic's with events in that language (none for a topic without article or event there).
        files.Select(f => Path.GetRelativePath(folder.Path + "/out", f)).Order(StringComparer.Ordinal).ShouldBe(
        [
            "en/timeline/2022/timeline.json", "en/timeline/2023/timeline.json", "en/timeline/2024/timeline.json", "en/timeline/2025/timeline.json",
            "en/timeline/timeline.json", "en/topics/amazon/timeline.json", "en/topics/regulation/timeline.json",
            "en/topics/social-commerce/timeline.json", "en/topics/tiktok/timeline.json",
            "fr/chronologie/2022/timeline.json", "fr/chronologie/2023/timeline.json", "fr/chronologie/2024/timeline.json", "fr/chronologie/2025/timeline.json",
            "fr/chronologie/timeline.json", "fr/sujets/amazon/timeline.json", "fr/sujets/commerce-social/timeline.json",
            "fr/sujets/regulation/timeline.json", "fr/sujets/tiktok/timeline.json",
        ]);

        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString().ShouldNotBeNullOrWhiteSpace(file);
            var ids = new HashSet<string>();
            foreach (var e in root.GetProperty("events").EnumerateArray())
            {
                var start = DateOf(e.GetProperty("start_date"), file);
                if (e.TryGetProperty("end_date", out var endElement)) DateOf(endElement, file).ShouldBeGreaterThanOrEqualTo(start, file);
                e.GetProperty("text").GetProperty("headline").GetString().ShouldNotBeNullOrWhiteSpace(file);
                var id = e.GetProperty("unique_id").GetString()!;
                ids.Add(id).ShouldBeTrue($"{file}: unique_id {id} twice");
                id.ShouldMatch("^[A-Za-z][A-Za-z0-9_-]*$");
                e.GetProperty("group").GetString().ShouldNotBeNullOrWhiteSpace(file);
            }
        }
    }

    [Fact]
    public async Task Dates_carry_only_their_known_parts()
    {
        using var folder = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, folder.Path + "/out")).Succeeded.ShouldBeTrue();
        using var json = JsonDocument.Parse(File.ReadAllText(folder.Path + "/out/en/timeline/timeline.json"));

        var events = json.RootElement.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("unique_id").GetString()!);
        var monthOnly = events["event-amazon-inspire-launch"].GetProperty("start_date");
        monthOnly.TryGetProperty("day", out _).ShouldBeFalse();
        monthOnly.GetProperty("month").GetString().ShouldBe("12");
        monthOnly.GetProperty("display_date").GetString().ShouldBe("December 2022");
        events["event-us-law-signed"].GetProperty("start_date").GetProperty("day").GetString().ShouldBe("24");
        events["event-tiktok-amazon-partnership"].GetProperty("text").GetProperty("text").GetString()!
            .ShouldContain("https://example.org/news/en/articles/tiktok-amazon-partnership/");
    }

    /// <summary>A date as TimelineJS reads it: year required, month 1–12 and day valid when present.</summary>
    private static DateTime DateOf(JsonElement date, string file)
    {
        var year = int.Parse(date.GetProperty("year").GetString()!);
        var month = date.TryGetProperty("month", out var m) ? int.Parse(m.GetString()!) : 1;
        month.ShouldBeInRange(1, 12, file);
        var day = date.TryGetProperty("day", out var d) ? int.Parse(d.GetString()!) : 1;
        if (!date.TryGetProperty("month", out _)) date.TryGetProperty("day", out _).ShouldBeFalse(file);
        day.ShouldBeInRange(1, DateTime.DaysInMonth(year, month), file);
        return new DateTime(year, month, day);
    }
}
