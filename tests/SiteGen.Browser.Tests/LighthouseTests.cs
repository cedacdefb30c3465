using System.Diagnostics;
using System.Text.Json;

namespace SiteGen.Browser.Tests;

/// <summary>
/// Lighthouse (pinned in package.json) on each kind of page, on the same Chromium: accessibility,
/// best practices and SEO at 100; performance at 90 or more, since its timings move with this
/// machine's load (it scores 99–100 when the machine is quiet). Scores are kept in TestResults/lighthouse/.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LighthouseTests(BrowserFixture site)
{
    public static TheoryData<string> Pages =>
    [
        "fr/", "en/articles/tiktok-amazon-partnership/", "fr/sujets/tiktok/", "en/timeline/2024/", "fr/archives/2024/09/",
        "fr/recherche/", "en/authors/claurent/", "404.html",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_kind_scores_100_in_accessibility_best_practices_and_seo(string path)
    {
        var lighthouse = Path.Combine(BrowserFixture.RepositoryRoot(), "node_modules", ".bin", "lighthouse");
        File.Exists(lighthouse).ShouldBeTrue("npm ci installs Lighthouse (tests/tools/install.sh)");
        var folder = Path.Combine(BrowserFixture.RepositoryRoot(), "TestResults", "lighthouse");
        Directory.CreateDirectory(folder);
        var report = Path.Combine(folder, (path.Trim('/').Replace('/', '-') is { Length: > 0 } name ? name : "root") + ".json");
        var start = new ProcessStartInfo(lighthouse)
        {
            ArgumentList =
            {
                new Uri(site.Server.Address, path).ToString(), "--quiet", "--output=json", $"--output-path={report}",
                "--only-categories=performance,accessibility,best-practices,seo",
                "--chrome-flags=--headless --no-sandbox --disable-gpu",
            },
            RedirectStandardError = true, RedirectStandardOutput = true,
        };
        start.Environment["CHROME_PATH"] = site.Chromium;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, await errors);

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var scores = json.RootElement.GetProperty("categories").EnumerateObject()
            .ToDictionary(c => c.Name, c => (int)Math.Round(c.Value.GetProperty("score").GetDouble() * 100));
        File.AppendAllText(Path.Combine(folder, "scores.txt"), $"{path}: {string.Join(", ", scores.Select(s => $"{s.Key} {s.Value}"))}\n");
        scores["accessibility"].ShouldBe(100, path);
        scores["best-practices"].ShouldBe(100, path);
        scores["seo"].ShouldBe(100, path);
        scores["performance"].ShouldBeGreaterThanOrEqualTo(90, path);
    }
}
