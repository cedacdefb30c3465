using SiteGen.Rules;

namespace SiteGen.Content.Tests;

public class CrossFileRulesTests
{
    private static ArticleFacts Facts(string path, string slug, string? key, params string[] topics)
    {
        var (read, diagnostics) = ArticleReaderTests.Read(
            $"---\ntitle: T\ndate: 2024-01-01\ntopics: [{string.Join(", ", topics)}]\nslug: {slug}\n" + (key is null ? "" : $"translationKey: {key}\n") + "---\n",
            "fr", path);
        diagnostics.ShouldBeEmpty();
        return read.Facts.ShouldNotBeNull();
    }

    [Fact]
    public void Unknown_topics_duplicate_slugs_and_duplicate_translation_keys_are_located()
    {
        var articles = new[]
        {
            Facts("input/fr/articles/b.md", "same", "k", "tiktok"),
            Facts("input/fr/articles/a.md", "same", "k", "tikotk"),
        };
        var diagnostics = new List<Diagnostic>();

        CrossFileRules.Check(articles, ["tiktok", "amazon"], diagnostics);

        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "input/fr/articles/a.md(4,10): error SG0105: 'tikotk' is not a topic of topics.yml; did you mean 'tiktok'?",
            "input/fr/articles/b.md(5,7): error SG0106: The slug 'same' is already used by input/fr/articles/a.md in 'fr'; give this article a slug of its own with slug: …",
            "input/fr/articles/b.md(6,17): error SG0107: translationKey 'k' is already used by input/fr/articles/a.md in 'fr'; one article per language may carry a key, so change or remove this one.",
        ]);
    }
}
