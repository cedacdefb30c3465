using System.Text.Json;
using System.Xml.Linq;

namespace SiteGen.Tests;

/// <summary>Corrections: dated notices at the end of an article, in its structured data and feed, and on a page per language.</summary>
public class CorrectionsTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static JsonElement NewsArticle(string page)
    {
        var json = System.Text.RegularExpressions.Regex.Match(page, "<script type=\"application/ld&#x2B;json\">(.*?)</script>").Groups[1].Value;
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public async Task A_correction_is_shown_at_the_end_of_the_article_in_both_languages_and_in_its_structured_data()
    {
        using var site = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, site.Path)).Succeeded.ShouldBeTrue();

        var french = File.ReadAllText(Path.Combine(site.Path, "fr", "articles", "partenariat-tiktok-amazon", "index.html"));
        french.ShouldContain("<strong>Correction du <time datetime=\"2024-08-22\">22 août 2024</time>&#xA0;:</strong> Une version précédente");
        french.ShouldContain("Mis à jour le <time datetime=\"2024-08-22\">22 août 2024</time>");
        var english = File.ReadAllText(Path.Combine(site.Path, "en", "articles", "tiktok-amazon-partnership", "index.html"));
        english.ShouldContain("<strong>Correction of <time datetime=\"2024-08-22\">August 22, 2024</time>:</strong> An earlier version");

        var data = NewsArticle(english);
        data.GetProperty("dateModified").GetString().ShouldBe("2024-08-22T00:00:00+02:00");
        var correction = data.GetProperty("correction").EnumerateArray().Single();
        correction.GetProperty("@type").GetString().ShouldBe("CorrectionComment");
        correction.GetProperty("datePublished").GetString().ShouldBe("2024-08-22T00:00:00+02:00");
        correction.GetProperty("text").GetString().ShouldStartWith("An earlier version of this article placed");
    }

    [Fact]
    public async Task A_correction_later_than_lastmod_moves_the_feed_entry_and_the_corrections_page_lists_every_one_newest_first()
    {
        using var site = TestSite.CopyOfSample();
        var article = site.Combine("input", "fr", "articles", "tiktok-shop-etats-unis.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("translationKey: tiktok-shop",
            "translationKey: tiktok-shop\ncorrections:\n  - date: 2024-10-01\n    text: Le lancement date de **septembre** 2023.\n  - date: 2023-09-20\n    text: Une faute de frappe corrigée."));
        var output = site.Combine("out");
        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();

        var entry = XDocument.Load(Path.Combine(output, "fr", "feed.xml")).Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value.Contains("tiktok-shop-etats-unis"));
        entry.Element(Atom + "updated")!.Value.ShouldBe("2024-10-01T00:00:00+02:00");
        var page = File.ReadAllText(Path.Combine(output, "fr", "articles", "tiktok-shop-etats-unis", "index.html"));
        NewsArticle(page).GetProperty("dateModified").GetString().ShouldBe("2024-10-01T00:00:00+02:00");
        page.IndexOf("Une faute de frappe", StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf("septembre</strong> 2023", StringComparison.Ordinal), "oldest first in the article");

        var corrections = File.ReadAllText(Path.Combine(output, "fr", "corrections", "index.html"));
        var order = new[] { "Le lancement date de", "Une version précédente de cet article", "Une faute de frappe" }
            .Select(text => corrections.IndexOf(text, StringComparison.Ordinal)).ToList();
        order.ShouldAllBe(i => i > 0);
        order.ShouldBeInOrder(SortDirection.Ascending, "newest first on the corrections page");
        corrections.ShouldContain("<a href=\"/news/fr/articles/tiktok-shop-etats-unis/#corrections\">TikTok Shop arrive aux États-Unis</a>");
        File.ReadAllText(Path.Combine(output, "en", "corrections", "index.html")).ShouldContain("An earlier version of this article");
        File.ReadAllText(Path.Combine(output, "fr", "index.html")).ShouldContain("<a href=\"/news/fr/corrections/\">Corrections</a>", Case.Sensitive, "the footer links it");
    }

    [Fact]
    public async Task A_correction_without_its_text_is_a_located_error()
    {
        using var site = TestSite.CopyOfSample();
        var article = site.Combine("input", "fr", "articles", "tiktok-shop-etats-unis.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("translationKey: tiktok-shop", "translationKey: tiktok-shop\ncorrections:\n  - date: 2024-10-01"));

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"));

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.Single(d => d.IsError).ToString().ShouldBe(
            $"{article}(8,5): error SG0101: A correction has no 'text'; add a line text: Une version précédente donnait une mauvaise date.");
    }

    [Fact]
    public async Task A_problem_in_a_corrections_text_is_reported_at_that_correction()
    {
        using var site = TestSite.CopyOfSample();
        var article = site.Combine("input", "fr", "articles", "tiktok-shop-etats-unis.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("translationKey: tiktok-shop",
            "translationKey: tiktok-shop\ncorrections:\n  - date: 2024-10-01\n    text: Rien.\n  - date: 2024-10-02\n    text: \"[ici](javascript:alert(1))\""));

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("out"));

        report.Succeeded.ShouldBeFalse();
        var error = report.Diagnostics.Single(d => d.IsError);
        error.Id.ShouldBe("SG0111");
        error.Location.Line.ShouldBe(11, "the second correction's text");
    }
}
