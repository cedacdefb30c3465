using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>A translation names its original, and says when the original changed after it; sitegen translations uses the same rule.</summary>
public class TranslationNoticeTests
{
    private static string Page(string output, string language, string slug) =>
        File.ReadAllText(Path.Combine(output, language, "articles", slug, "index.html"));

    [Fact]
    public async Task The_sample_translation_names_its_french_original_and_that_it_changed_after_it()
    {
        using var site = new TemporaryFolder();
        (await TestSite.BuildAsync(TestSite.SampleInput, site.Path)).Succeeded.ShouldBeTrue();

        var english = Page(site.Path, "en", "could-amazon-buy-tiktok");
        english.ShouldContain("<p class=\"translation-note\" data-pagefind-ignore><a href=\"/news/fr/articles/amazon-pourrait-il-racheter-tiktok/\" hreflang=\"fr\">Translated from French</a>"
            + "<span class=\"original-updated\"> The French original was updated on <time datetime=\"2024-09-12\">September 12, 2024</time>, after this translation.</span></p>");
        Page(site.Path, "fr", "amazon-pourrait-il-racheter-tiktok").ShouldNotContain("translation-note");
        var partnership = Page(site.Path, "en", "tiktok-amazon-partnership");
        partnership.ShouldContain(">Translated from French</a>");
        partnership.ShouldNotContain("original-updated", Case.Sensitive, "both were corrected the same day");
    }

    [Fact]
    public async Task The_original_is_the_version_published_first_and_versions_saved_the_same_day_are_not_stale()
    {
        using var site = TestSite.CopyOfSample();
        File.WriteAllText(site.Combine("input", "en", "articles", "first-in-english.md"),
            "---\ntitle: First in English\ndate: 2023-03-19\nlastmod: 2023-03-20T10:00:29+01:00\ntopics: [tiktok]\ntranslationKey: english-first\n---\nText.\n");
        File.WriteAllText(site.Combine("input", "fr", "articles", "d-abord-en-anglais.md"),
            "---\ntitle: D’abord en anglais\ndate: 2023-03-20\nlastmod: 2023-03-20T10:00:00+01:00\ntopics: [tiktok]\ntranslationKey: english-first\n---\nTexte.\n");
        var output = site.Combine("out");
        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();

        var french = Page(output, "fr", "d-abord-en-anglais");
        french.ShouldContain("<a href=\"/news/en/articles/first-in-english/\" hreflang=\"en\">Traduit de l’anglais</a></p>");
        french.ShouldNotContain("original-updated");
        Page(output, "en", "first-in-english").ShouldNotContain("translation-note");

        var stdout = new StringWriter();
        (await SiteGenCli.RunAsync(["translations", "--input", site.Combine("input")], stdout, new StringWriter())).ShouldBe(0);
        stdout.ToString().ShouldNotContain("d-abord-en-anglais.md: its original", Case.Sensitive, "saved 29 seconds apart, the same day");
    }

    [Fact]
    public async Task A_translation_key_one_slip_from_another_languages_key_is_suggested()
    {
        using var site = TestSite.CopyOfSample();
        File.WriteAllText(site.Combine("input", "en", "articles", "in-this-together.md"),
            "---\ntitle: In this together\ndate: 2024-10-01\ntopics: [tiktok]\ntranslationKey: in-this-together\n---\nText.\n");
        File.WriteAllText(site.Combine("input", "fr", "articles", "tous-ensemble.md"),
            "---\ntitle: Tous ensemble\ndate: 2024-10-01\ntopics: [tiktok]\ntranslationKey: in-this-togther\n---\nTexte.\n");

        var stdout = new StringWriter();
        (await SiteGenCli.RunAsync(["translations", "--input", site.Combine("input")], stdout, new StringWriter())).ShouldBe(0);

        stdout.ToString().ShouldContain("tous-ensemble.md: no en version (translationKey 'in-this-togther': did you mean `in-this-together`, the key of an article in en?)");
    }
}
