using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class ReaderJourneyTests(BrowserFixture site)
{
    [Fact]
    public async Task A_reader_goes_from_the_french_home_through_a_topic_and_its_timeline_to_an_article_and_its_english_translation()
    {
        var page = await site.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(site.Server.Address, "fr/").ToString());
        (await Lang(page)).ShouldBe("fr");
        (await page.TitleAsync()).ShouldBe("Le Fil");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Sujets" }).ClickAsync();
        (await page.TitleAsync()).ShouldBe("Sujets – Le Fil");

        await page.GetByRole(AriaRole.Link, new() { Name = "Régulation", Exact = true }).First.ClickAsync();
        (await page.TitleAsync()).ShouldBe("Régulation – Le Fil");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Régulation");

        // The topic page shows its latest events, newest first, and leads to the topic's own timeline.
        var latest = page.Locator("section.topic-timeline");
        (await latest.Locator("time").First.GetAttributeAsync("datetime")).ShouldBe("2025-01-19");
        await latest.GetByRole(AriaRole.Link, new() { Name = "Toute la chronologie du sujet" }).ClickAsync();
        (await page.TitleAsync()).ShouldBe("Régulation – Chronologie – Le Fil");
        await page.GetByRole(AriaRole.Link, new() { Name = "2024", Exact = true }).ClickAsync();
        (await page.TitleAsync()).ShouldBe("Régulation – Chronologie 2024 – Le Fil");
        var timeline = page.Locator("ol.timeline");
        (await timeline.Locator("time").First.GetAttributeAsync("datetime")).ShouldBe("2024-04-24");
        (await timeline.Locator("time").First.InnerTextAsync()).ShouldBe("24 avril", "the month heading above gives the month and year");
        await timeline.GetByRole(AriaRole.Link, new() { Name = "Vendre ou disparaître : la loi américaine qui menace TikTok" }).First.ClickAsync();

        (await Lang(page)).ShouldBe("fr");
        (await page.TitleAsync()).ShouldBe("Vendre ou disparaître\u00A0: la loi américaine qui menace TikTok – Le Fil");
        var french = page.Url;

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Langue" }).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        (await Lang(page)).ShouldBe("en");
        (await page.TitleAsync()).ShouldBe("Sell or be banned: the US law aimed at TikTok – The Thread");
        // The server serves the site under its base path (/news/), so the page's path is the published one.
        (await page.Locator("link[rel=alternate][hreflang=fr]").GetAttributeAsync("href")).ShouldBe("https://example.org" + new Uri(french).AbsolutePath);
    }

    [Fact]
    public async Task An_untranslated_article_leads_to_the_other_home_saying_so()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(site.Server.Address, "fr/articles/createurs-et-marques/").ToString());

        var english = page.GetByRole(AriaRole.Navigation, new() { Name = "Langue" });
        (await english.InnerTextAsync()).ShouldContain("not available in English");
        await english.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        (await Lang(page)).ShouldBe("en");
        (await page.TitleAsync()).ShouldBe("The Thread");
    }

    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desktop", 1280, 900)]
    public async Task The_timeline_page_reads_well_at_phone_and_desktop_widths(string name, int width, int height)
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(new Uri(site.Server.Address, "fr/chronologie/2024/").ToString());

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(width, "the page scrolls sideways");
        // 2024 has two of the five French events; its neighbours are a click away.
        (await page.Locator("ol.timeline > li").CountAsync()).ShouldBe(2);
        (await page.Locator("a[rel=prev]").GetAttributeAsync("href")).ShouldBe("/news/fr/chronologie/2023/");
        (await page.Locator("a[rel=next]").GetAttributeAsync("href")).ShouldBe("/news/fr/chronologie/2025/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artefacts, $"timeline-{name}.png"), FullPage = true });
    }

    private static Task<string?> Lang(IPage page) => page.Locator("html").GetAttributeAsync("lang");
}
