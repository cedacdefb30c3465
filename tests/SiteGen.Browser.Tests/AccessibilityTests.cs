using Deque.AxeCore.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>axe-core on every kind of page, in both languages and both colour schemes.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture site)
{
    public static TheoryData<string> Pages =>
    [
        "", "fr/", "en/", "fr/articles/loi-americaine-tiktok/", "en/articles/could-amazon-buy-tiktok/",
        "fr/articles/createurs-et-marques/", "fr/articles/tiktok-shop-etats-unis/", "fr/sujets/", "en/topics/social-commerce/", "fr/sujets/createurs/",
        "fr/chronologie/", "en/timeline/", "fr/chronologie/2024/", "fr/archives/", "en/archives/2024/09/", "fr/recherche/", "en/about/", "404.html",
        "fr/auteurs/", "en/authors/sokafor/", "fr/corrections/",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_kind_has_no_axe_violation(string path)
    {
        foreach (var scheme in new[] { Microsoft.Playwright.ColorScheme.Light, Microsoft.Playwright.ColorScheme.Dark })
        {
            var page = await site.Browser.NewPageAsync(new() { ColorScheme = scheme });
            await page.GotoAsync(new Uri(site.Server.Address, path).ToString());

            var results = await page.RunAxe();

            results.Violations.Select(v => $"{scheme} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")
                .ShouldBeEmpty(path);
            await page.CloseAsync();
        }
    }
}
