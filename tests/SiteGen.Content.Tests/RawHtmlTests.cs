using SiteGen.Content.Schema;
using AngleSharp.Html.Parser;
using CsCheck;
using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Tests;

/// <summary>HTML written in Markdown: kept when it is article markup, cleaned of anything else, each removal located.</summary>
public class RawHtmlTests
{
    private const string Path = "input/fr/articles/a.md";
    private static readonly MarkdownRenderer Markdown = new();

    private static (RenderedMarkdown Body, List<Diagnostic> Diagnostics) Render(string markdown, ContentContext? context = null, string language = "fr")
    {
        var diagnostics = new List<Diagnostic>();
        return (Markdown.Render(markdown, language, Path, 10, diagnostics, context), diagnostics);
    }

    [Fact]
    public void Article_markup_is_kept_as_written_and_typography_leaves_its_attributes_alone()
    {
        var (body, diagnostics) = Render("""
            Un "texte" avec <abbr title="Organisation du traité de l'Atlantique nord">OTAN</abbr>.

            <figure><blockquote cite="https://example.org/">Une "citation"</blockquote><figcaption>Source</figcaption></figure>

            <table><caption>Chiffres</caption><thead><tr><th scope="col">An</th></tr></thead><tbody><tr><td colspan="2">2024</td></tr></tbody></table>

            <details><summary>Plus</summary><p>Détail<sup>1</sup> et H<sub>2</sub>O</p></details>
            """);

        diagnostics.ShouldBeEmpty();
        body.Html.ShouldContain("«\u00A0texte\u00A0»");
        body.Html.ShouldContain("<abbr title=\"Organisation du traité de l'Atlantique nord\">OTAN</abbr>");
        body.Html.ShouldContain("<figure><blockquote cite=\"https://example.org/\">Une \"citation\"</blockquote><figcaption>Source</figcaption></figure>");
        body.Html.ShouldContain("<th scope=\"col\">An</th>");
        body.Html.ShouldContain("<td colspan=\"2\">2024</td>");
        body.Html.ShouldContain("<details><summary>Plus</summary><p>Détail<sup>1</sup> et H<sub>2</sub>O</p></details>");
        body.FirstParagraph.ShouldBe("Un «\u00A0texte\u00A0» avec OTAN.");
    }

    [Fact]
    public void Scripts_handlers_styles_and_script_addresses_are_removed_each_with_a_warning_where_it_was_written()
    {
        var (body, diagnostics) = Render("""
            Début.

            <table border="1" style="color: red">
            <tr><td onclick="alert(1)">2</td></tr>
            </table>

            <script>alert('x')</script>

            <p>Un <a href="javascript:alert(1)">lien</a> et <img src="data:image/png;base64,AAAA" alt="x"></p>

            <iframe src="https://tracker.example/"></iframe>
            """);

        body.Html.ShouldNotContain("script", Case.Insensitive);
        body.Html.ShouldNotContain("alert");
        body.Html.ShouldNotContain("style=");
        body.Html.ShouldNotContain("border=");
        body.Html.ShouldNotContain("iframe");
        body.Html.ShouldNotContain("data:");
        body.Html.ShouldContain("<td>2</td>");
        body.Html.ShouldContain("<a>lien</a>");
        diagnostics.ShouldAllBe(d => d.Id == "SG0114" && !d.IsError);
        diagnostics.Select(d => (d.Location.Line, d.Location.Column)).ShouldBe(
            [(12, 1), (12, 1), (13, 5), (16, 1), (18, 7), (18, 49), (20, 1)]);
        diagnostics[0].Message.ShouldContain("border=\"1\"");
        diagnostics[2].Message.ShouldContain("onclick");
        diagnostics[3].Message.ShouldContain("<script>");
        diagnostics[4].Message.ShouldContain("javascript:");
        diagnostics[6].Message.ShouldContain("YouTube");
    }

    [Fact]
    public void Markdown_inside_raw_blocks_keeps_its_own_markup()
    {
        var (body, diagnostics) = Render("""
            <div class="encadre">

            Un texte[^1] en **Markdown**.

            </div>

            [^1]: Une note.
            """);

        diagnostics.Single().Message.ShouldContain("class=\"encadre\"");
        body.Html.ShouldContain("<div>");
        body.Html.ShouldContain("<strong>Markdown</strong>");
        body.Html.ShouldContain("class=\"footnote-ref\"");
        body.Html.ShouldContain("class=\"footnotes\"");
    }

    [Fact]
    public void Links_in_raw_html_get_the_base_path_and_are_checked_like_markdown_links()
    {
        var context = new ContentContext(IImageCatalog.Empty, "/news/");
        var (body, diagnostics) = Render("""
            [Markdown](/fr/articles/loi/) et [déjà](/news/fr/articles/loi/) et [ailleurs](https://example.org/x).

            <p><a href="/fr/sujets/tiktok/">Sujet</a></p>
            """, context);

        diagnostics.ShouldBeEmpty();
        body.Html.ShouldContain("<a href=\"/news/fr/articles/loi/\">Markdown</a>");
        body.Html.ShouldContain("<a href=\"/news/fr/articles/loi/\">déjà</a>");
        body.Html.ShouldContain("<a href=\"https://example.org/x\">ailleurs</a>");
        body.Html.ShouldContain("<a href=\"/news/fr/sujets/tiktok/\">Sujet</a>");
        body.Links.Select(l => (l.Url, l.Location.Line, l.Location.Column)).ShouldBe(
            [("/news/fr/articles/loi/", 10, 1), ("/news/fr/articles/loi/", 10, 34), ("https://example.org/x", 10, 68), ("/news/fr/sujets/tiktok/", 12, 4)]);
    }

    [Fact]
    public void An_image_in_raw_html_under_assets_becomes_a_responsive_picture_and_needs_its_text_alternative()
    {
        var image = new ImageInfo("/assets/images/photo.jpg", "input/assets/images/photo.jpg", 2000, 1000, "abc", ImageFormat.Jpeg);
        var context = new ContentContext(new OneImage(image));
        var (body, diagnostics) = Render("""
            <figure><img src="/assets/images/photo.jpg" alt="Une photo"><figcaption>Légende</figcaption></figure>

            <p><img src="/assets/images/photo.jpg"></p>
            """, context);

        body.Html.ShouldContain("<figure><picture><source type=\"image/webp\"");
        body.Html.ShouldContain("alt=\"Une photo\"");
        body.Images.ShouldBe([image]);
        var missing = diagnostics.Single();
        missing.Id.ShouldBe("SG0113");
        (missing.Location.Line, missing.Location.Column).ShouldBe((12, 4));
    }

    [Fact]
    public void Escape_shows_raw_html_as_text_and_typography_does_not_touch_it()
    {
        var (body, diagnostics) = Render("""
            Un <b class="x">gras</b> "écrit".

            <p title="a">Bloc</p>
            """, ContentContext.Default with { RawHtml = RawHtmlMode.Escape });

        diagnostics.ShouldBeEmpty();
        body.Html.ShouldBe("<p>Un &lt;b class=&quot;x&quot;&gt;gras&lt;/b&gt; «\u00A0écrit\u00A0».</p>\n<p>&lt;p title=&quot;a&quot;&gt;Bloc&lt;/p&gt;</p>\n");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void More_ends_the_summary_and_is_never_shown(string language)
    {
        var (body, _) = Render("""
            Premier paragraphe.

            Second paragraphe.

            <!--more-->

            La suite.
            """, language: language);
        body.Summary.ShouldBe("Premier paragraphe. Second paragraphe.");
        body.Html.ShouldNotContain("more");
        body.Html.ShouldNotContain("&lt;");
        body.Html.ShouldNotContain("‹");

        var (inline, _) = Render("Le début. <!-- more --> La suite du même paragraphe.", language: language);
        inline.Summary.ShouldBe("Le début.");
        inline.Html.ShouldNotContain("more");
    }

    [Fact]
    public void A_summary_break_becomes_the_articles_summary()
    {
        var (read, _) = ArticleReaderTests.Read("""
            ---
            title: T
            date: 2024-09-10
            topics: [tiktok]
            translationKey: t
            ---
            Le chapeau.

            <!--more-->

            Le corps.
            """);
        read.Article!.Summary.ShouldBe("Le chapeau.");
    }

    [Fact]
    public void A_hugo_shortcode_left_in_a_body_is_a_warning_but_not_in_code()
    {
        var (body, diagnostics) = Render("""
            Avant.

            {{< youtube dQw4w9WgXcQ >}}

            `{{< ref "x" >}}` en code.

            ```
            {{% note %}}
            ```
            """);
        var warning = diagnostics.Single();
        warning.Id.ShouldBe("SG0115");
        (warning.Location.Line, warning.Location.Column).ShouldBe((12, 1));
        warning.Message.ShouldContain("alone in a paragraph");
        body.Html.ShouldContain("{{&lt; youtube");
    }

    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>", "<svg onload=alert(1)><script>alert(1)</script></svg>", "<style>body{}</style>",
        "<p style=\"background:url(x)\">s</p>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "<math><mtext><script>alert(1)</script></mtext></math>",
        "<div", "</p>", "<!--", "-->", "<b>", "</b>", "<table><tr><td>", "<form action=/x><input name=a></form>", "<object data=x></object>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<base href=\"https://evil/\">", "<meta http-equiv=refresh content=0>",
        "<details open ontoggle=alert(1)>", "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>", "<img srcset=\"javascript:alert(1) 1x\" alt=a>",
        "text", "\n\n", "**gras**", "[l](/x)", "\"", "'", "<", ">", "&",
    ];

    [Fact]
    public void No_mix_of_hostile_html_gets_a_script_a_handler_a_style_or_a_script_address_through()
    {
        var parser = new HtmlParser();
        Gen.Int[0, Hostile.Length - 1].Array[1, 12].Sample(picks =>
        {
            var markdown = string.Concat(picks.Select(i => Hostile[i]));
            var (body, _) = Render(markdown);
            var document = parser.ParseDocument(body.Html);
            foreach (var element in document.All)
            {
                element.LocalName.ShouldNotBeOneOf("script", "style", "iframe", "svg", "math", "object", "form", "input", "base", "meta", "noscript");
                foreach (var attribute in element.Attributes)
                {
                    attribute.Name.ShouldNotStartWith("on");
                    attribute.Name.ShouldNotBe("style");
                    attribute.Name.ShouldNotBe("srcdoc");
                    attribute.Value.Trim().ShouldNotStartWith("javascript:", Case.Insensitive);
                    attribute.Value.Trim().ShouldNotStartWith("data:", Case.Insensitive);
                }
            }
        }, iter: 500);
    }

    private sealed class OneImage(ImageInfo image) : IImageCatalog
    {
        public ImageLookup? Find(string address) => address == image.Url ? new ImageLookup(image, null, null) : IImageCatalog.Empty.Find(address);
    }
}
