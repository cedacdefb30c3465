using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>
/// Every kind of page at a phone's width and a desktop's, saved as screenshots for review
/// (TestResults/screenshots/kind-*.png), with no console error and no failed request on any.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PageKindScreenshotTests(BrowserFixture site)
{
    [Theory]
    [MemberData(nameof(AccessibilityTests.Pages), MemberType = typeof(AccessibilityTests))]
    public async Task Every_page_kind_loads_cleanly_at_390_and_1280_pixels(string path)
    {
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var problems = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
            page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url} {request.Failure}");
            page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("404.html", StringComparison.Ordinal)) problems.Add($"{response.Status}: {response.Url}"); };

            await page.GotoAsync(new Uri(site.Server.Address, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
            var name = path.Length == 0 ? "root" : path.Trim('/').Replace('/', '-').Replace(".html", "");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artefacts, $"kind-{name}-{width}.png"), FullPage = true });

            problems.ShouldBeEmpty($"{path} at {width} px");
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, $"{path} scrolls sideways at {width} px");
            await page.CloseAsync();
        }
    }
}
