using Microsoft.CodeAnalysis;

namespace SiteGen.Generators.Tests;

public class ContentDiagnosticsTests
{
    private static string[] Diagnose(params InMemoryFile[] files)
    {
        var (_, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.ContentSchemaSources(), files);
        return diagnostics.Select(GeneratorHarness.Format).Order(StringComparer.Ordinal).ToArray();
    }

    private static InMemoryFile[] With(params InMemoryFile[] changed) =>
        Sample.Files().Where(f => changed.All(c => c.Path != f.Path)).Concat(changed).ToArray();

    [Fact]
    public void A_valid_site_has_no_diagnostic() => Diagnose(Sample.Files().ToArray()).ShouldBeEmpty();

    [Fact]
    public void An_impossible_date_is_an_error_at_the_value()
    {
        Diagnose(With(new InMemoryFile("/site/input/fr/articles/a1.md", Sample.Article(date: "2024-02-30")))).ShouldBe(
        [
            "/site/input/fr/articles/a1.md(3,7): error SG0103: 'date': '2024-02-30' is impossible: 2024-02 has 29 days.",
        ]);
    }

    [Fact]
    public void A_misspelt_topic_is_an_error_at_the_id()
    {
        Diagnose(With(new InMemoryFile("/site/input/fr/articles/a1.md", Sample.Article(topics: "[tiktok, social-comerce]")))).ShouldBe(
        [
            "/site/input/fr/articles/a1.md(4,18): error SG0105: 'social-comerce' is not a topic of topics.yml; did you mean 'social-commerce'?",
        ]);
    }

    [Fact]
    public void Every_rule_reports_the_same_message_as_the_build()
    {
        var diagnostics = Diagnose(With(
            new InMemoryFile("/site/input/fr/articles/a0.md", Sample.Article(extra: "slug: double\ntranslationKey: k\ntopic: [x]\n")),
            new InMemoryFile("/site/input/fr/articles/a1.md", Sample.Article(extra: "slug: double\ntranslationKey: k\nevents:\n  - date: 2023-05\n    end: 2023-04\n    title: E\n")),
            new InMemoryFile("/site/input/fr/articles/a2.md", Sample.Article(extra: "slug: ../etc\n")),
            new InMemoryFile("/site/input/de/articles/x.md", Sample.Article())));

        diagnostics.ShouldBe(
        [
            "/site/input/de/articles/x.md(1,1): error SG0202: 'de' is not a language of site.yml; move the article under one of input/fr/articles/, input/en/articles/, or add 'de' to site.yml.",
            "/site/input/fr/articles/a0.md(7,1): warning SG0104: 'topic' is not a known key of the front matter; did you mean 'topics'?",
            "/site/input/fr/articles/a1.md(5,7): error SG0106: The slug 'double' is already used by /site/input/fr/articles/a0.md in 'fr'; give this article a slug of its own with slug: …",
            "/site/input/fr/articles/a1.md(6,17): error SG0107: translationKey 'k' is already used by /site/input/fr/articles/a0.md in 'fr'; one article per language may carry a key, so change or remove this one.",
            "/site/input/fr/articles/a1.md(9,10): error SG0109: The event ends (2023-04) before it starts (2023-05); write an 'end' on or after the 'date'.",
            "/site/input/fr/articles/a2.md(5,7): error SG0108: The slug '../etc' is not a plain URL segment: it starts with a dot; write slug: etc.",
        ]);
    }

    [Fact]
    public void Site_settings_are_checked()
    {
        Diagnose(With(new InMemoryFile("/site/input/site.yml", Sample.SiteYaml.Replace("defaultLanguage: fr", "defaultLanguage: de\npageSise: 3")))).ShouldBe(
        [
            "/site/input/site.yml(2,18): error SG0202: 'defaultLanguage' is 'de', which is not under 'languages'; write one of fr, en.",
            "/site/input/site.yml(3,1): warning SG0104: 'pageSise' is not a known key of site.yml; did you mean 'pageSize'?",
        ]);
    }

    [Fact]
    public void Topics_are_checked_against_the_site_languages()
    {
        Diagnose(With(new InMemoryFile("/site/input/topics.yml", Sample.TopicsYaml + "\nregulation:\n  fr: { name: Régulation }\n"))).ShouldBe(
        [
            "/site/input/topics.yml(7,1): error SG0203: Topic 'regulation' has no 'en' name; add en: { name: …, slug: … } under it.",
            "/site/input/topics.yml(8,7): error SG0101: The topic name has no 'slug'; add a line slug: commerce-social.",
        ]);
    }

    [Fact]
    public void Blank_required_texts_are_empty_values_everywhere()
    {
        var diagnostics = Diagnose(With(
            new InMemoryFile("/site/input/fr/articles/a0.md", Sample.Article(title: "''")),
            new InMemoryFile("/site/input/fr/articles/a1.md", Sample.Article(title: "'   '", extra: "events:\n  - date: 2023-05\n    title: \"\\t\"\n")),
            new InMemoryFile("/site/input/fr/articles/a2.md", Sample.Article(topics: "' '")),
            new InMemoryFile("/site/input/topics.yml", Sample.TopicsYaml.Replace("{ name: Commerce social,", "{ name: ' ',")),
            new InMemoryFile("/site/input/site.yml", Sample.SiteYaml.Replace("title: The Thread", "title: \"\""))));

        diagnostics.ShouldBe(
        [
            "/site/input/fr/articles/a0.md(2,8): error SG0110: 'title' is blank; write a text, for example title: Amazon pourrait-il racheter TikTok ?.",
            "/site/input/fr/articles/a1.md(2,8): error SG0110: 'title' is blank; write a text, for example title: Amazon pourrait-il racheter TikTok ?.",
            "/site/input/fr/articles/a1.md(7,12): error SG0110: 'title' is blank; write a text, for example title: Amazon lance « Inspire ».",
            "/site/input/fr/articles/a2.md(4,9): error SG0110: 'topics' is blank; write at least one, for example topics: [social-commerce, tiktok].", // the site's own topics
            "/site/input/site.yml(10,12): error SG0110: 'title' is blank; write a text, for example title: Le Fil.",
            "/site/input/topics.yml(5,15): error SG0110: 'name' is blank; write a text, for example name: Commerce social.",
        ]);
    }

    [Fact]
    public void An_image_without_a_text_alternative_fails_the_compilation_at_its_place()
    {
        Diagnose(With(
            new InMemoryFile("/site/input/fr/articles/a0.md", Sample.Article(extra: "image:\n  src: /assets/images/a.jpg\n")),
            new InMemoryFile("/site/input/fr/articles/a1.md", Sample.Article(extra: "image:\n  src: /assets/images/a.jpg\n  decorative: true\n")),
            new InMemoryFile("/site/input/fr/articles/a2.md", Sample.Article(extra: "events:\n  - date: 2024\n    title: Un fait\n    image: { src: /assets/images/b.jpg, alt: '' }\n")))).ShouldBe(
        [
            "/site/input/fr/articles/a0.md(6,3): error SG0113: This image has no text alternative; describe what it shows for readers who cannot see it with alt: …, or write decorative: true if it only decorates.",
            "/site/input/fr/articles/a2.md(8,46): error SG0113: This image has no text alternative; describe what it shows for readers who cannot see it with alt: …, or write decorative: true if it only decorates.",
        ]);
    }

    [Fact]
    public void A_control_character_is_reported_as_the_build_reports_it()
    {
        Diagnose(With(new InMemoryFile("/site/input/fr/articles/a1.md", Sample.Article(title: "Un\u001btitre")))).ShouldBe(
        [
            "/site/input/fr/articles/a1.md(2,10): error SG0011: U+001B, an invisible control character, cannot be published; delete it, or write the character you meant.",
        ]);
    }

    [Fact]
    public void Hostile_yaml_is_a_located_error_not_a_crash()
    {
        var bomb = "---\ntitle: &a [x, x]\ndate: 2024-01-01\ntopics: *a\n---\n";
        Diagnose(With(new InMemoryFile("/site/input/fr/articles/a1.md", bomb))).ShouldBe(
        [
            "/site/input/fr/articles/a1.md(2,8): error SG0004: Anchors (&a) are not allowed in front matter; write each value out in full.",
            "/site/input/fr/articles/a1.md(4,9): error SG0004: Aliases (*a) are not allowed in front matter; write the value out in full.",
        ]);
    }
}

public class StaticPageDiagnosticsTests
{
    [Fact]
    public void Static_pages_are_checked_against_their_own_schema()
    {
        var files = Sample.Files().Append(new InMemoryFile("/site/input/fr/pages/a-propos.md", "---\ntitel: À propos\n---\nTexte.\n")).ToArray();

        var (_, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.ContentSchemaSources(), files);

        diagnostics.Select(GeneratorHarness.Format).Order(StringComparer.Ordinal).ShouldBe(
        [
            "/site/input/fr/pages/a-propos.md(2,1): error SG0101: The front matter has no 'title'; add a line title: À propos.",
            "/site/input/fr/pages/a-propos.md(2,1): warning SG0104: 'titel' is not a known key of the front matter; did you mean 'title'?",
        ]);
    }
}
