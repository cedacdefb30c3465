using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests;

/// <summary>Feeds, sitemap, robots, 404 and the metadata of pages, as readers and search engines get them.</summary>
public class DiscoveryTests : IClassFixture<DiscoveryTests.BuiltSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly string _output;

    public DiscoveryTests(BuiltSite site) => _output = site.Output;

    public sealed class BuiltSite : IAsyncLifetime
    {
        private readonly TemporaryFolder _folder = new();
        public string Output => _folder.Combine("output");
        public async Task InitializeAsync() => (await TestSite.BuildAsync(TestSite.SampleInput, Output)).Succeeded.ShouldBeTrue();
        public Task DisposeAsync() { _folder.Dispose(); return Task.CompletedTask; }
    }

    [Fact]
    public void Every_page_carries_the_security_policy_and_the_icons_and_the_host_gets_its_headers()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(_output, "*.html", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(30);
        foreach (var file in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var policy = document.Head!.Children.Skip(1).First();
            policy.GetAttribute("http-equiv").ShouldBe("Content-Security-Policy", $"{file}: the policy comes right after the charset, before any resource");
            policy.GetAttribute("content").ShouldBe(SiteGen.Theme.Rendering.SecurityPolicy.ForMeta, file);
            if (document.QuerySelector("meta[http-equiv=refresh]") is not null) continue; // an old address, left at once
            document.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")).ShouldBe(["/news/assets/favicon.ico", "/news/assets/favicon.svg"], file);
            document.QuerySelector("link[rel=manifest]")!.GetAttribute("href").ShouldBe("/news/manifest.webmanifest", file);
            document.QuerySelector("link[rel=apple-touch-icon]")!.GetAttribute("href").ShouldBe("/news/assets/apple-touch-icon.png", file);
        }
        foreach (var icon in new[] { "favicon.svg", "favicon.ico", "apple-touch-icon.png" })
            File.Exists(Path.Combine(_output, "assets", icon)).ShouldBeTrue(icon);
        File.ReadAllText(Path.Combine(_output, "_headers")).ShouldBe(
            "/*\n" +
            $"  Content-Security-Policy: {SiteGen.Theme.Rendering.SecurityPolicy.ContentSecurityPolicy}\n" +
            "  X-Content-Type-Options: nosniff\n" +
            "  Referrer-Policy: strict-origin-when-cross-origin\n" +
            "  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n" +
            "/news/404.html\n  X-Robots-Tag: noindex\n");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, "manifest.webmanifest")));
        manifest.RootElement.GetProperty("start_url").GetString().ShouldBe("/news/fr/");
        manifest.RootElement.GetProperty("icons").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void The_language_chooser_names_itself_as_x_default_with_every_home_and_open_graph()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, "index.html")));
        document.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ShouldBe(
            [("fr", "https://example.org/news/fr/"), ("en", "https://example.org/news/en/"), ("x-default", "https://example.org/news/")]);
        document.QuerySelector("meta[property='og:url']")!.GetAttribute("content").ShouldBe("https://example.org/news/");
    }

    [Theory]
    [InlineData("fr/feed.xml", "https://example.org/news/fr/feed.xml", 6)]
    [InlineData("en/feed.xml", "https://example.org/news/en/feed.xml", 6)]
    [InlineData("fr/sujets/regulation/feed.xml", "https://example.org/news/fr/sujets/regulation/feed.xml", 1)]
    [InlineData("fr/sujets/createurs/feed.xml", "https://example.org/news/fr/sujets/createurs/feed.xml", 1)]
    public void Feeds_are_atom_with_ids_updated_links_and_full_content(string file, string self, int entries)
    {
        var feed = XDocument.Load(Path.Combine(_output, file)).Root!;

        feed.Name.ShouldBe(Atom + "feed");
        feed.Element(Atom + "id")!.Value.ShouldBe(self);
        DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _).ShouldBeTrue();
        feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value.ShouldBe(self);
        feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value.ShouldStartWith("https://example.org/news/");
        feed.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldNotBeNullOrWhiteSpace();
        var items = feed.Elements(Atom + "entry").ToList();
        items.Count.ShouldBe(entries);
        foreach (var entry in items)
        {
            entry.Element(Atom + "id")!.Value.ShouldStartWith("https://example.org/news/");
            entry.Element(Atom + "content")!.Attribute("type")!.Value.ShouldBe("html");
            entry.Element(Atom + "content")!.Value.ShouldContain("<p>");
            entry.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldNotBeNullOrWhiteSpace();
        }
        items.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value)).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_its_alternates()
    {
        var urls = XDocument.Load(Path.Combine(_output, "sitemap.xml")).Root!.Elements(SitemapNs + "url").ToList();
        var pages = Directory.GetFiles(_output, "index.html", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("<meta name=\"robots\" content=\"noindex\">", StringComparison.Ordinal)) // redirects from old addresses
            .Select(f => "https://example.org/news/" + Path.GetRelativePath(_output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(u => u.Replace("/news/./", "/news/"))
            .Order(StringComparer.Ordinal).ToList();

        urls.Select(u => u.Element(SitemapNs + "loc")!.Value).Order(StringComparer.Ordinal).ShouldBe(pages);
        // The language chooser is the x-default of the homes' cluster, and lists the same alternates they do.
        var alternatesOf = (string loc) => urls.Single(u => u.Element(SitemapNs + "loc")!.Value == loc).Elements(Xhtml + "link")
            .Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}").ToList();
        alternatesOf("https://example.org/news/").ShouldBe(["fr https://example.org/news/fr/", "en https://example.org/news/en/", "x-default https://example.org/news/"]);
        alternatesOf("https://example.org/news/").ShouldBe(alternatesOf("https://example.org/news/fr/"));
        var article = urls.Single(u => u.Element(SitemapNs + "loc")!.Value.EndsWith("/fr/articles/loi-americaine-tiktok/"));
        article.Elements(Xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}").ShouldBe(
        [
            "fr https://example.org/news/fr/articles/loi-americaine-tiktok/",
            "en https://example.org/news/en/articles/us-law-tiktok-deadline/",
            "x-default https://example.org/news/fr/articles/loi-americaine-tiktok/",
        ]);
        article.Element(SitemapNs + "lastmod")!.Value.ShouldBe("2024-04-26T00:00:00+02:00");
    }

    [Fact]
    public void Robots_points_at_the_sitemap_and_the_404_page_is_bilingual()
    {
        File.ReadAllText(Path.Combine(_output, "robots.txt")).ShouldContain("Sitemap: https://example.org/news/sitemap.xml");
        var notFound = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, "404.html")));
        notFound.QuerySelectorAll("section[lang]").Select(s => s.GetAttribute("lang")).ShouldBe(["fr", "en"]);
        notFound.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["/news/fr/", "/news/en/"]);
    }

    [Fact]
    public void Articles_carry_canonical_open_graph_feeds_and_news_article_data()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, "en/articles/could-amazon-buy-tiktok/index.html")));

        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.org/news/en/articles/could-amazon-buy-tiktok/");
        page.QuerySelector("meta[property='og:type']")!.GetAttribute("content").ShouldBe("article");
        page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content").ShouldBe("en_US");
        page.QuerySelector("meta[property='og:locale:alternate']")!.GetAttribute("content").ShouldBe("fr_FR");
        page.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href").ShouldBe("/news/en/feed.xml");
        using var data = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        data.RootElement.GetProperty("@type").GetString().ShouldBe("NewsArticle");
        data.RootElement.GetProperty("headline").GetString().ShouldBe("Could Amazon buy TikTok?");
        data.RootElement.GetProperty("datePublished").GetString().ShouldBe("2024-09-10T00:00:00+02:00");
        data.RootElement.GetProperty("inLanguage").GetString().ShouldBe("en-US");
    }

    [Fact]
    public async Task A_site_icon_in_site_yml_replaces_the_themes_and_must_be_a_square_png_of_180_pixels_or_more()
    {
        using var site = TestSite.CopyOfSample();
        var settings = site.Combine("input", "site.yml");
        var original = File.ReadAllText(settings);
        File.WriteAllText(settings, original.Replace("logo: /assets/images/logo.png", "logo: /assets/images/logo.png\nicon: /assets/images/logo.png"));
        (await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"))).Succeeded.ShouldBeTrue();
        var home = new HtmlParser().ParseDocument(File.ReadAllText(site.Combine("out", "fr", "index.html")));
        home.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")).ShouldHaveSingleItem().ShouldStartWith("/news/assets/images/logo.");
        home.QuerySelector("link[rel=apple-touch-icon]")!.GetAttribute("href").ShouldStartWith("/news/assets/images/logo.");
        using var manifest = JsonDocument.Parse(File.ReadAllText(site.Combine("out", "manifest.webmanifest")));
        manifest.RootElement.GetProperty("icons").EnumerateArray().ShouldAllBe(i => i.GetProperty("type").GetString() == "image/png");

        File.WriteAllText(settings, original.Replace("logo: /assets/images/logo.png", "logo: /assets/images/logo.png\nicon: /assets/images/us-law.jpg"));
        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("out2"));
        report.Diagnostics.Single(d => d.IsError).ToString().ShouldStartWith($"{settings}(5,7): error SG0201: The icon '/assets/images/us-law.jpg' is a ");
    }
}
