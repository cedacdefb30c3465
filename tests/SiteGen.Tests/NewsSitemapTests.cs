using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SiteGen.Building;
using SiteGen.Content.Loading;

namespace SiteGen.Tests;

/// <summary>The Google News sitemap: what the last 48 hours published, valid against the News schema, listed where crawlers look.</summary>
public class NewsSitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private static async Task<string> BuildAt(TemporaryFolder folder, DateTimeOffset now)
    {
        var output = folder.Combine("out");
        var report = await SiteBuilder.BuildAsync(new BuildRequest(TestSite.SampleInput, output, null, new BuildOptions(now)) { Search = false });
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        return output;
    }

    /// <summary>Validates a file against the Sitemaps core and Google's News extension; returns the problems.</summary>
    private static List<string> Validate(string file)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(TestSite.TestsFolder, "Schemas", "sitemap.xsd"));
        schemas.Add(null, Path.Combine(TestSite.TestsFolder, "Schemas", "sitemap-news.xsd"));
        var problems = new List<string>();
        // Errors only: the sitemap's xhtml:link alternates have no schema here, and are let through (lax).
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error) problems.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        };
        using var reader = XmlReader.Create(file, settings);
        while (reader.Read()) { }
        return problems;
    }

    [Fact]
    public async Task It_lists_the_articles_of_the_48_hours_before_the_build_with_their_publication()
    {
        using var folder = new TemporaryFolder();
        var output = await BuildAt(folder, new DateTimeOffset(2024, 9, 11, 12, 0, 0, TimeSpan.FromHours(2)));
        var file = Path.Combine(output, "news-sitemap.xml");

        Validate(file).ShouldBeEmpty();
        var urls = XDocument.Load(file).Root!.Elements(Sitemap + "url").ToList();
        urls.Select(u => u.Element(Sitemap + "loc")!.Value).ShouldBe([
            "https://example.org/news/en/articles/could-amazon-buy-tiktok/",
            "https://example.org/news/fr/articles/amazon-pourrait-il-racheter-tiktok/",
        ]);
        var french = urls[1].Element(News + "news")!;
        french.Element(News + "publication")!.Element(News + "name")!.Value.ShouldBe("Le Fil");
        french.Element(News + "publication")!.Element(News + "language")!.Value.ShouldBe("fr");
        french.Element(News + "publication_date")!.Value.ShouldBe("2024-09-10T00:00:00+02:00");
        french.Element(News + "title")!.Value.ShouldBe("Amazon pourrait-il racheter TikTok\u00A0?");
    }

    [Fact]
    public async Task With_nothing_recent_it_is_empty_and_still_valid_and_crawlers_find_it_and_the_index()
    {
        using var folder = new TemporaryFolder();
        var output = await BuildAt(folder, TestSite.BuildDate);

        var file = Path.Combine(output, "news-sitemap.xml");
        Validate(file).ShouldBeEmpty();
        XDocument.Load(file).Root!.Elements().ShouldBeEmpty();
        Validate(Path.Combine(output, "sitemap-index.xml")).ShouldBeEmpty();
        Validate(Path.Combine(output, "sitemap.xml")).ShouldBeEmpty();
        XDocument.Load(Path.Combine(output, "sitemap-index.xml")).Root!.Descendants(Sitemap + "loc").Select(l => l.Value)
            .ShouldBe(["https://example.org/news/sitemap.xml", "https://example.org/news/news-sitemap.xml"]);
        File.ReadAllText(Path.Combine(output, "robots.txt")).ShouldBe(
            "User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap-index.xml\nSitemap: https://example.org/news/sitemap.xml\nSitemap: https://example.org/news/news-sitemap.xml\n");
    }

    [Fact]
    public void The_schema_check_refuses_a_news_entry_without_its_publication()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("bad.xml");
        File.WriteAllText(file, """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://example.org/news/fr/articles/x/</loc><news:news><news:publication_date>2024-09-10</news:publication_date><news:title>T</news:title></news:news></url>
            </urlset>
            """);
        Validate(file).ShouldNotBeEmpty();
    }
}
