using System.Text;
using SiteGen.Content.Loading;
using SiteGen.Content.Markdown;
using SiteGen.Rules;

namespace SiteGen.Content.Tests;

public class ArticleReaderTests
{
    private const string Path = "input/fr/articles/amazon-tiktok.md";
    private static readonly ArticleReader Reader = new(new MarkdownRenderer());

    internal static (ReadArticle Read, List<Diagnostic> Diagnostics) Read(string text, string language = "fr", string path = Path)
    {
        var diagnostics = new List<Diagnostic>();
        return (Reader.Read(path, Encoding.UTF8.GetBytes(text), language, diagnostics), diagnostics);
    }

    [Fact]
    public void Reads_a_complete_article()
    {
        var (read, diagnostics) = Read("""
            ---
            title: Amazon pourrait-il racheter TikTok ?
            date: 2024-09-10
            lastmod: 2024-09-12T08:30:00+02:00
            author: La rédaction
            topics: [tiktok, amazon]
            translationKey: amazon-tiktok
            slug: amazon-racheter-tiktok
            events:
              - date: 2022-12
                end: 2023-01
                title: Amazon lance « Inspire »
                id: amazon-inspire-launch
                text: Un fil **à acheter**.
            ---
            Premier paragraphe : le résumé.

            Second.
            """);

        diagnostics.ShouldBeEmpty();
        var article = read.Article.ShouldNotBeNull();
        article.Title.ShouldBe("Amazon pourrait-il racheter TikTok\u00A0?");
        article.Slug.ShouldBe("amazon-racheter-tiktok");
        article.Date.ShouldBe(new DateTimeOffset(2024, 9, 10, 0, 0, 0, TimeSpan.Zero));
        article.LastModified.ShouldBe(new DateTimeOffset(2024, 9, 12, 8, 30, 0, TimeSpan.FromHours(2)));
        article.Summary.ShouldBe("Premier paragraphe\u00A0: le résumé.");
        article.Topics.ShouldBe(["tiktok", "amazon"]);
        var e = article.Events.ShouldHaveSingleItem();
        e.Date.ToIsoString().ShouldBe("2022-12");
        e.End!.Value.ToIsoString().ShouldBe("2023-01");
        e.Topics.ShouldBe(["tiktok", "amazon"]);
        e.TextHtml.ShouldBe("Un fil <strong>à acheter</strong>.");
        e.Location.Line.ShouldBe(10);
        read.Facts.ShouldNotBeNull().Topics.Select(t => (t.Value, t.Line, t.Column)).ShouldBe([("tiktok", 6, 10), ("amazon", 6, 18)]);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_located_at_the_value()
    {
        var (read, diagnostics) = Read("---\ntitle: Titre\ndate: hier\ntopics: [tiktok]\n---\nCorps\n");

        read.Article.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "input/fr/articles/amazon-tiktok.md(3,7): error SG0103: 'date': 'hier' is not a date; write YYYY-MM-DD (2024-09-10) or a date and time (2024-09-10 08:30, or with its offset: 2024-09-10T08:30:00+02:00).");
    }

    [Fact]
    public void An_impossible_date_says_why()
    {
        var (_, diagnostics) = Read("---\ntitle: Titre\ndate: 2024-02-30\ntopics: [tiktok]\n---\n");

        diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "input/fr/articles/amazon-tiktok.md(3,7): error SG0103: 'date': '2024-02-30' is impossible: 2024-02 has 29 days.");
    }

    [Fact]
    public void Missing_required_keys_are_reported_together()
    {
        var (_, diagnostics) = Read("---\nauthor: X\n---\n");

        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "input/fr/articles/amazon-tiktok.md(2,1): error SG0101: The front matter has no 'title'; add a line title: Amazon pourrait-il racheter TikTok ?.",
            "input/fr/articles/amazon-tiktok.md(2,1): error SG0101: The front matter has no 'date'; add a line date: 2024-09-10.",
            "input/fr/articles/amazon-tiktok.md(2,1): error SG0101: The front matter has no 'topics'; add a line topics: [tiktok, amazon].",
        ]);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_naming_the_nearest_key()
    {
        var (read, diagnostics) = Read("---\ntitle: T\ndate: 2024-01-01\ntopic: [tiktok]\ntopics: [tiktok]\n---\n");

        read.Article.ShouldNotBeNull();
        diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "input/fr/articles/amazon-tiktok.md(4,1): warning SG0104: 'topic' is not a known key of the front matter; did you mean 'topics'?");
    }

    [Fact]
    public void Wrong_types_are_located()
    {
        var (_, diagnostics) = Read("---\ntitle: [a, b]\ndate: 2024-01-01\ndraft: yes\ntopics: { a: b }\n---\n");

        diagnostics.Select(d => (d.Id, d.Line, d.Column)).ShouldBe([("SG0102", 2, 8), ("SG0102", 4, 8), ("SG0102", 5, 9)]);
        diagnostics[1].Message.ShouldBe("'draft': 'yes' is not true or false; write true or false.");
    }

    [Fact]
    public void An_event_that_ends_before_it_starts_is_located_at_its_end()
    {
        var (_, diagnostics) = Read("---\ntitle: T\ndate: 2024-01-01\ntopics: [a]\nevents:\n  - date: 2023-05\n    end: 2023-04-30\n    title: E\n---\n");

        diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "input/fr/articles/amazon-tiktok.md(7,10): error SG0109: The event ends (2023-04-30) before it starts (2023-05); write an 'end' on or after the 'date'.");
    }

    [Theory]
    [InlineData("../../etc/passwd", "it starts with a dot")]
    [InlineData("a/b", "it contains '/'")]
    [InlineData("100%", "it contains '%'")]
    public void A_slug_that_is_not_a_plain_segment_is_refused(string slug, string problem)
    {
        var (_, diagnostics) = Read($"---\ntitle: T\ndate: 2024-01-01\ntopics: [a]\nslug: \"{slug}\"\n---\n");

        var error = diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("SG0108");
        (error.Line, error.Column).ShouldBe((5, 7));
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void A_script_in_a_link_is_an_error_and_a_raw_script_is_removed_with_a_warning()
    {
        var (_, diagnostics) = Read("---\ntitle: T\ndate: 2024-01-01\ntopics: [a]\n---\nTexte\n\n[clic](javascript:alert(1))\n");
        diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "input/fr/articles/amazon-tiktok.md(8,1): error SG0111: Links to 'javascript:' addresses are not allowed; link to a page (https://…) or to a file under assets/.");

        var (read, removed) = Read("---\ntitle: <script>alert(1)</script>\ndate: 2024-01-01\ntopics: [a]\n---\n<script>alert(1)</script>\n");
        read.Article.ShouldNotBeNull().BodyHtml.ShouldNotContain("script");
        read.Article.BodyHtml.ShouldNotContain("alert");
        removed.ShouldHaveSingleItem().ToString().ShouldStartWith("input/fr/articles/amazon-tiktok.md(6,1): warning SG0114: <script>");
        read.Article.Title.ShouldBe("<script>alert(1)</script>"); // text: the theme escapes it
    }

    [Fact]
    public void Non_utf8_bytes_never_throw()
    {
        var diagnostics = new List<Diagnostic>();
        Reader.Read(Path, [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE], "fr", diagnostics).Article.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("SG0007");
    }
}
