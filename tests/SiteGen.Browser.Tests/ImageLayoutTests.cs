using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>Lead images and thumbnails as readers see them: shown, at the right width, and the page does not move while they load.</summary>
[Collection(BrowserCollection.Name)]
public class ImageLayoutTests(BrowserFixture site)
{
    /// <summary>Sums every layout shift from the start of the page's life (buffered), the way Core Web Vitals count CLS.</summary>
    private const string LayoutShiftSum = """
        () => new Promise(resolve => {
            let sum = 0;
            new PerformanceObserver(list => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) sum += entry.value; })
                .observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(sum), 500);
        })
        """;

    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desktop", 1280, 900)]
    public async Task The_lead_image_shows_in_the_column_and_nothing_shifts_while_images_load(string name, int width, int height)
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(new Uri(site.Server.Address, "fr/articles/tiktok-shop-etats-unis/").ToString(), new() { WaitUntil = WaitUntilState.Load });

        var lead = page.Locator("figure.lead-image img");
        await lead.ScrollIntoViewIfNeededAsync();
        (await lead.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0")).ShouldBeTrue("the lead image loaded");
        var box = (await lead.BoundingBoxAsync())!;
        box.Width.ShouldBeGreaterThan(width < 700 ? width - 40 : 600, "the lead image fills the column");
        box.Height.ShouldBe(box.Width * 9 / 16, 2, "its box keeps the image's proportions");
        var chosen = await lead.EvaluateAsync<string>("img => img.currentSrc");
        chosen.ShouldEndWith(".webp", Case.Sensitive, "Chromium takes the WebP source");
        (await page.Locator("figcaption .credit").InnerTextAsync()).ShouldBe("Illustration La rédaction");
        (await page.EvaluateAsync<double>(LayoutShiftSum)).ShouldBe(0, "cumulative layout shift");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, "the page scrolls sideways");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artefacts, $"article-image-{name}.png"), FullPage = true });
    }

    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desktop", 1280, 900)]
    public async Task Lists_show_thumbnails_beside_their_headlines_without_shifting(string name, int width, int height)
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(new Uri(site.Server.Address, "fr/").ToString(), new() { WaitUntil = WaitUntilState.Load });

        var thumbnails = page.Locator(".summary .thumbnail img");
        (await thumbnails.CountAsync()).ShouldBeGreaterThan(0);
        var first = (await thumbnails.First.BoundingBoxAsync())!;
        first.Width.ShouldBeLessThan(140, "a thumbnail, not a full-width picture");
        (await page.EvaluateAsync<double>(LayoutShiftSum)).ShouldBe(0, "cumulative layout shift");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artefacts, $"home-thumbnails-{name}.png"), FullPage = true });
    }
}
