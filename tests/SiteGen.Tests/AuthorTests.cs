using System.Text.Json;
using System.Xml.Linq;

namespace SiteGen.Tests;

/// <summary>Authors: authors.yml, linked bylines, a page and a feed per author and language, JSON-LD Person, located errors.</summary>
public class AuthorTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static JsonElement StructuredData(string page)
    {
        var json = System.Text.RegularExpressions.Regex.Match(page, "<script type=\"application/ld&#x2B;json\">(.*?)</script>").Groups[1].Value;
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public async Task A_shared_byline_links_each_author_and_names_each_as_a_person_in_structured_data_and_the_feed()
    {
        using var site = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, site.Path)).Succeeded.ShouldBeTrue();

        var french = File.ReadAllText(Path.Combine(site.Path, "fr", "articles", "partenariat-tiktok-amazon", "index.html"));
        french.ShouldContain("Par <a class=\"author\" rel=\"author\" href=\"/news/fr/auteurs/claurent/\">Camille Laurent</a> et " +
                             "<a class=\"author\" rel=\"author\" href=\"/news/fr/auteurs/sokafor/\">Sam Okafor</a>");
        var english = File.ReadAllText(Path.Combine(site.Path, "en", "articles", "tiktok-amazon-partnership", "index.html"));
        english.ShouldContain("By <a class=\"author\" rel=\"author\" href=\"/news/en/authors/claurent/\">Camille Laurent</a> and ");

        var authors = StructuredData(english).GetProperty("author").EnumerateArray().ToList();
        authors.Select(a => (a.GetProperty("@type").GetString(), a.GetProperty("name").GetString(), a.GetProperty("url").GetString())).ShouldBe(
        [
            ("Person", "Camille Laurent", "https://example.org/news/en/authors/claurent/"),
            ("Person", "Sam Okafor", "https://example.org/news/en/authors/sokafor/"),
        ]);

        var entry = XDocument.Load(Path.Combine(site.Path, "en", "feed.xml")).Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value.Contains("tiktok-amazon-partnership"));
        entry.Elements(Atom + "author").Select(a => (a.Element(Atom + "name")!.Value, a.Element(Atom + "uri")!.Value)).ShouldBe(
            [("Camille Laurent", "https://example.org/news/en/authors/claurent/"), ("Sam Okafor", "https://example.org/news/en/authors/sokafor/")]);
    }

    [Fact]
    public async Task Each_author_has_a_page_and_a_feed_per_language_with_their_articles_and_the_newsroom_is_named_per_language()
    {
        using var site = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, site.Path)).Succeeded.ShouldBeTrue();

        var page = File.ReadAllText(Path.Combine(site.Path, "fr", "auteurs", "sokafor", "index.html"));
        page.ShouldContain("<h1>Sam Okafor</h1>");
        page.ShouldContain("<p class=\"role\">Journaliste, régulation</p>");
        page.ShouldContain("href=\"/news/fr/articles/loi-americaine-tiktok/\"");
        page.ShouldContain("href=\"/news/fr/articles/partenariat-tiktok-amazon/\"");
        page.ShouldNotContain("href=\"/news/fr/articles/tiktok-shop-etats-unis/\"");
        page.ShouldContain("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/news/en/authors/sokafor/\"");
        var profile = StructuredData(page);
        profile.GetProperty("@type").GetString().ShouldBe("ProfilePage");
        profile.GetProperty("mainEntity").GetProperty("name").GetString().ShouldBe("Sam Okafor");

        var feed = XDocument.Load(Path.Combine(site.Path, "fr", "auteurs", "sokafor", "feed.xml")).Root!;
        feed.Elements(Atom + "entry").Count().ShouldBe(2);

        File.ReadAllText(Path.Combine(site.Path, "en", "authors", "redaction", "index.html")).ShouldContain("<h1>The newsroom</h1>");
        File.ReadAllText(Path.Combine(site.Path, "fr", "auteurs", "redaction", "index.html")).ShouldContain("<h1>La rédaction</h1>");
        var index = File.ReadAllText(Path.Combine(site.Path, "en", "authors", "index.html"));
        index.ShouldContain("<a href=\"/news/en/authors/claurent/\">Camille Laurent</a>");
        File.ReadAllText(Path.Combine(site.Path, "en", "index.html")).ShouldContain("<a href=\"/news/en/authors/\">Authors</a>", Case.Sensitive, "the footer links the list");
        File.ReadAllText(Path.Combine(site.Path, "sitemap.xml")).ShouldContain("https://example.org/news/fr/auteurs/sokafor/");
    }

    [Fact]
    public async Task An_author_with_many_articles_has_paginated_pages_and_no_page_in_a_language_they_never_wrote_in()
    {
        using var site = TestSite.CopyOfSample();
        var settings = site.Combine("input", "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("pageSize: 20", "pageSize: 2"));
        File.AppendAllText(site.Combine("input", "authors.yml"), "ghost:\n  name: Nobody Yet\n");
        foreach (var file in Directory.GetFiles(site.Combine("input", "fr", "articles")))
            File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(file), "(?m)^author: .*$", "author: claurent"));
        var output = site.Combine("out");
        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();

        var first = File.ReadAllText(Path.Combine(output, "fr", "auteurs", "claurent", "index.html"));
        first.ShouldContain("<a href=\"/news/fr/auteurs/claurent/page/2/\" rel=\"next\">");
        File.Exists(Path.Combine(output, "fr", "auteurs", "claurent", "page", "3", "index.html")).ShouldBeTrue("6 articles, 2 per page");
        File.ReadAllText(Path.Combine(output, "fr", "auteurs", "claurent", "page", "2", "index.html"))
            .ShouldContain("<link rel=\"canonical\" href=\"https://example.org/news/fr/auteurs/claurent/page/2/\"");
        Directory.Exists(Path.Combine(output, "fr", "auteurs", "sokafor")).ShouldBeFalse("no French article of his is left");
        Directory.Exists(Path.Combine(output, "en", "authors", "sokafor")).ShouldBeTrue();
        Directory.Exists(Path.Combine(output, "en", "authors", "ghost")).ShouldBeFalse("an author who wrote nothing has no empty page");
        File.ReadAllText(Path.Combine(output, "en", "authors", "index.html")).ShouldNotContain("Nobody Yet");
    }

    [Fact]
    public async Task An_unknown_author_id_is_located_and_suggests_the_nearest_id()
    {
        using var site = TestSite.CopyOfSample();
        var article = site.Combine("input", "fr", "articles", "loi-americaine-tiktok.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("author: sokafor", "author: [redaction, sokafro]"));

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"));

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.Single(d => d.IsError).ToString().ShouldBe(
            $"{article}(4,21): error SG0205: 'sokafro' is not an author of authors.yml; did you mean 'sokafor'?");
        Directory.Exists(site.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_name_written_as_a_byline_is_matched_to_the_id_it_folds_to()
    {
        using var site = TestSite.CopyOfSample();
        var article = site.Combine("input", "fr", "articles", "loi-americaine-tiktok.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("author: sokafor", "author: Camille Laurent"));
        File.WriteAllText(site.Combine("input", "authors.yml"), File.ReadAllText(site.Combine("input", "authors.yml")).Replace("claurent:", "camille-laurent:"));
        foreach (var file in Directory.GetFiles(site.Combine("input"), "*.md", SearchOption.AllDirectories))
            File.WriteAllText(file, File.ReadAllText(file).Replace("[claurent, sokafor]", "[camille-laurent, sokafor]").Replace("author: claurent", "author: camille-laurent"));

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"));

        report.Diagnostics.Single(d => d.IsError).Message.ShouldBe("'Camille Laurent' is not an author of authors.yml; did you mean 'camille-laurent'?");
    }

    [Fact]
    public async Task Authors_yml_errors_are_located_a_portrait_is_published_and_a_bad_link_is_refused()
    {
        using var site = TestSite.CopyOfSample();
        var authors = site.Combine("input", "authors.yml");
        File.WriteAllText(authors, "redaction:\n  name: La rédaction\n  nmae: typo\n  links: [mastodon.example/@x]\n  de: { role: Redaktion }\n" +
                                   "Jean Dupont:\n  name: Jean\n");
        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"));
        var lines = report.Diagnostics.Select(d => d.ToString()).ToList();
        lines.ShouldContain($"{authors}(3,3): warning SG0104: 'nmae' is not a known key of the author 'redaction'; did you mean 'name'?");
        lines.ShouldContain($"{authors}(4,11): error SG0102: The link 'mastodon.example/@x' of author 'redaction' is not a web address; write it in full, for example https://mastodon.example/@redaction.");
        lines.ShouldContain($"{authors}(5,3): warning SG0104: 'de' is not a language of site.yml (fr, en); remove this profile or add the language to site.yml.");
        lines.ShouldContain($"{authors}(6,1): error SG0108: Author id 'Jean Dupont' is not a plain word (it is the author's address): it contains a space; write jean-dupont.");

        File.WriteAllText(authors, "redaction:\n  name: La rédaction\nclaurent:\n  name: Camille Laurent\n  image: { src: /assets/images/creators.jpg, alt: Portrait }\n" +
                                   "sokafor:\n  name: Sam Okafor\n  image: { src: /assets/images/missing.jpg, alt: Portrait }\n");
        report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"));
        report.Diagnostics.Single(d => d.IsError).ToString().ShouldStartWith($"{authors}(8,17): error SG0601:");

        File.WriteAllText(authors, File.ReadAllText(authors).Replace("missing.jpg", "us-law.jpg"));
        (await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"))).Succeeded.ShouldBeTrue();
        var page = File.ReadAllText(site.Combine("out", "fr", "auteurs", "claurent", "index.html"));
        page.ShouldContain("<div class=\"portrait\"><picture>");
        page.ShouldContain("<meta property=\"og:image\"");
    }
}
