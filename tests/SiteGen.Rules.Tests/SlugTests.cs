using SiteGen.Rules;

namespace SiteGen.Rules.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("Amazon pourrait-il racheter TikTok ?", "amazon-pourrait-il-racheter-tiktok")]
    [InlineData("Où va l’été ?", "ou-va-l-ete")]
    [InlineData("Œuvres et « cœurs »", "oeuvres-et-coeurs")]
    [InlineData("  ---  ", "article")]
    public void Folds_accents_and_joins_words_with_hyphens(string title, string slug) =>
        Slugs.FromTitle(title).ShouldBe(slug);

    [Theory]
    [InlineData("../etc", "it starts with a dot")]
    [InlineData("..", "it starts with a dot")]
    [InlineData("a/b", "it contains '/'")]
    [InlineData("a\\b", "it contains '\\'")]
    [InlineData("a b", "it contains a space")]
    [InlineData("100%", "it contains '%'")]
    [InlineData("a\u0007", "it contains a control character")]
    [InlineData("", "it is empty")]
    public void Refuses_what_is_not_a_plain_url_segment(string slug, string problem) =>
        Slugs.Problem(slug).ShouldBe(problem);

    [Theory]
    [InlineData("amazon-racheter-tiktok")]
    [InlineData("régulation")]
    [InlineData("v1.2_final~")]
    public void Accepts_plain_segments(string slug) => Slugs.Problem(slug).ShouldBeNull();

    [Theory]
    [InlineData("topic", "topics")]
    [InlineData("tittle", "title")]
    [InlineData("translationkey", "translationKey")]
    [InlineData("titel", "title")]
    [InlineData("zzzzzz", null)]
    public void Suggests_the_nearest_known_key(string written, string? expected) =>
        KeySuggestion.Nearest(written, ["title", "topics", "translationKey", "date"]).ShouldBe(expected);
}
