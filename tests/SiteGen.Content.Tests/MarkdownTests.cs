using SiteGen.Content.Markdown;

namespace SiteGen.Content.Tests;

public class MarkdownTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static string Render(string markdown, string language) => Renderer.Render(markdown, language, "a.md", 1, []).Html;

    [Fact]
    public void French_pages_get_no_break_spaces_and_guillemets()
    {
        Render("Il a dit : \"bonjour\" ! Vraiment ? Oui ; « non ».", "fr")
            .ShouldBe("<p>Il a dit\u00A0: «\u00A0bonjour\u00A0»\u00A0! Vraiment\u00A0? Oui\u00A0; «\u00A0non\u00A0».</p>\n");
    }

    [Fact]
    public void French_typography_leaves_times_addresses_and_code_alone()
    {
        Render("À 10:30, voir https://example.org/a et `a ? b`.", "fr")
            .ShouldBe("<p>À 10:30, voir https://example.org/a et <code>a ? b</code>.</p>\n");
    }

    [Fact]
    public void French_typography_crosses_inline_boundaries()
    {
        Render("Est-ce **TikTok** ?", "fr").ShouldBe("<p>Est-ce <strong>TikTok</strong>\u00A0?</p>\n");
    }

    [Fact]
    public void English_pages_get_curly_quotes_and_no_french_spacing()
    {
        Render("He said \"hello\" - it's fine: yes?", "en").ShouldBe("<p>He said “hello” - it’s fine: yes?</p>\n");
    }

    [Fact]
    public void Tables_footnotes_and_heading_ids_are_rendered()
    {
        var html = Render("## Un titre\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTexte[^1].\n\n[^1]: Note.\n", "en");

        html.ShouldContain("<h2 id=\"un-titre\">Un titre</h2>");
        html.ShouldContain("<table>");
        html.ShouldContain("class=\"footnote-ref\"");
    }

    [Theory]
    [InlineData("Amazon pourrait-il racheter TikTok ?", "Amazon pourrait-il racheter TikTok\u00A0?")]
    [InlineData("Vendre ou disparaître : la loi", "Vendre ou disparaître\u00A0: la loi")]
    [InlineData("Avec \"Inspire\", l'idée", "Avec «\u00A0Inspire\u00A0», l’idée")]
    [InlineData("Déjà bien espacé\u00A0?", "Déjà bien espacé\u00A0?")]
    [InlineData("2 000 milliards de dollars", "2\u202F000 milliards de dollars")]
    [InlineData("12 000 000 de vues, 1 500 €", "12\u202F000\u202F000 de vues, 1\u202F500 €")]
    [InlineData("En 2024 150 créateurs", "En 2024 150 créateurs")]
    [InlineData("Le 24 avril 2024", "Le 24 avril 2024")]
    public void Titles_follow_french_typography(string title, string expected) =>
        Typography.French(title).ShouldBe(expected);

    [Theory]
    [InlineData("With \"Inspire\", Amazon takes a page from TikTok", "With “Inspire”, Amazon takes a page from TikTok")]
    [InlineData("The 'shoppable' feed isn't new", "The ‘shoppable’ feed isn’t new")]
    [InlineData("\"Sell or be banned: the US law\"", "“Sell or be banned: the US law”")]
    [InlineData("No quotes at all", "No quotes at all")]
    public void English_titles_get_curly_quotes_like_their_bodies(string title, string expected) =>
        Typography.Apply(title, "en").ShouldBe(expected);

    [Fact]
    public void French_bodies_keep_digit_groups_together()
    {
        Render("Un marché de 2 000 milliards.", "fr").ShouldContain("2\u202F000 milliards");
    }
}

public class SummaryTests
{
    [Fact]
    public void A_long_first_paragraph_is_cut_at_a_word()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("commerce", 40));

        var summary = SiteGen.Content.Loading.Summaries.Shorten(paragraph);

        summary.Length.ShouldBeLessThanOrEqualTo(SiteGen.Content.Loading.Summaries.MaxLength + 1);
        summary.ShouldEndWith("commerce…");
        SiteGen.Content.Loading.Summaries.Shorten("Court.").ShouldBe("Court.");
    }
}
