using System.Diagnostics;

namespace SiteGen.Tests;

/// <summary>The site's time zone decides what a date without an offset means; the machine's never does.</summary>
public class TimeZoneTests
{
    [Fact]
    public async Task The_same_input_gives_the_same_bytes_under_any_machine_time_zone()
    {
        using var site = TestSite.CopyOfSample();
        File.WriteAllText(site.Combine("input", "fr", "articles", "tard-le-soir.md"), """
            ---
            title: Une dépêche tard le soir
            date: 2025-10-27T23:51:42
            lastmod: 2025-10-28 00:10
            topics: [tiktok]
            translationKey: tard-le-soir
            events:
              - date: 2025-10-27
                title: Une dépêche de nuit
            ---
            Écrite à Paris juste avant minuit, sans décalage horaire.
            """);

        var toronto = Build(site, "America/Toronto");
        var tokyo = Build(site, "Asia/Tokyo");

        var (first, second) = (TestSite.Tree(toronto), TestSite.Tree(tokyo));
        first.Count.ShouldBeGreaterThan(100);
        first.Keys.Order(StringComparer.Ordinal).ShouldBe(second.Keys.Order(StringComparer.Ordinal));
        first.Where(f => second[f.Key] != f.Value).Select(f => f.Key).ShouldBeEmpty();
        var page = File.ReadAllText(Path.Combine(toronto, "fr", "articles", "tard-le-soir", "index.html"));
        page.ShouldContain(">27 octobre 2025</time>");
        page.ShouldContain("\"datePublished\":\"2025-10-27T23:51:42\\u002B01:00\""); // Paris winter time; JSON escapes the +
    }

    private static string Build(TemporaryFolder site, string zone)
    {
        var output = site.Combine("out-" + zone.Replace('/', '-'));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), "build", "--input", site.Combine("input"), "--output", output, "--no-search"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = site.Path,
        };
        start.Environment["TZ"] = zone;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, stdout.Result + stderr);
        return output;
    }
}
