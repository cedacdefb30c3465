using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class SearchTests(BrowserFixture site)
{
    [Fact]
    public async Task Searching_reglementation_without_accents_on_the_french_site_finds_the_article_about_the_us_law()
    {
        var page = await site.Browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text); };

        await page.GotoAsync(new Uri(site.Server.Address, "fr/recherche/").ToString());
        await page.Locator(".pagefind-ui__search-input").FillAsync("reglementation");

        var result = page.Locator(".pagefind-ui__result-link").First;
        await result.WaitForAsync(new() { Timeout = 15_000 });
        (await result.GetAttributeAsync("href")).ShouldBe("/news/fr/articles/loi-americaine-tiktok/");
        (await page.Locator(".pagefind-ui__result-link").AllInnerTextsAsync()).ShouldAllBe(t => !t.Contains("Sell or be banned"));
        // The result says when it was published and on which topics, in the page's language.
        (await page.Locator(".pagefind-ui__result .result-meta").First.InnerTextAsync()).ShouldBe("26 avril 2024 · TikTok, Régulation");
        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_index_holds_the_article_not_its_byline_or_chips_and_its_topics_as_filters()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(site.Server.Address, "fr/recherche/").ToString());
        // Pagefind's own API, as its interface reads the index: the record of the article on the US law.
        var record = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            async () => {
                const pagefind = await import('/news/pagefind/pagefind.js');
                const search = await pagefind.search('loi');
                for (const result of search.results) {
                    const data = await result.data();
                    if (data.url.endsWith('/fr/articles/loi-americaine-tiktok/')) return { content: data.content, topics: data.filters.topic, date: data.meta.date };
                }
                return null;
            }
            """);
        record.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Object, "the article is found");
        var content = record.GetProperty("content").GetString()!;
        content.ShouldContain("ByteDance");
        content.ShouldNotContain("Publié le");
        content.ShouldNotContain("Par La rédaction");
        record.GetProperty("topics").EnumerateArray().Select(t => t.GetString()).ShouldBe(["TikTok", "Régulation"], ignoreOrder: true);
        record.GetProperty("date").GetString().ShouldBe("2024-04-26");
    }

    [Fact]
    public async Task Every_page_kind_holds_under_the_strict_content_security_policy()
    {
        var page = await site.Browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add($"{page.Url}: {message.Text}"); };

        foreach (var path in new[] { "", "fr/", "en/articles/could-amazon-buy-tiktok/", "fr/sujets/", "fr/sujets/tiktok/", "en/timeline/", "en/search/", "404.html" })
        {
            var response = await page.GotoAsync(new Uri(site.Server.Address, path).ToString());
            response.ShouldNotBeNull().Headers["content-security-policy"].ShouldContain("script-src 'self'");
        }

        violations.ShouldBeEmpty();
    }
}
