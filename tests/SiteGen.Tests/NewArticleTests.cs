using SiteGen.Cli;
using SiteGen.Content.Loading;

namespace SiteGen.Tests;

public class NewArticleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static async Task<(int Exit, string Out, string Err)> New(string input, string language, string title, string[]? topics = null, string? translationOf = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await NewArticleCommand.RunAsync(new NewArticleCommand.Options(input, language, title, topics ?? [], translationOf, Today), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Writes_a_valid_draft_whose_slug_folds_the_accents_of_its_title()
    {
        using var site = TestSite.CopyOfSample();

        var (exit, stdout, stderr) = await New(site.Combine("input"), "fr", "Où va l’été : « TikTok » ?", ["tiktok", "amazon"]);

        exit.ShouldBe(0, stderr);
        var path = site.Combine("input", "fr", "articles", "ou-va-l-ete-tiktok.md");
        stdout.ShouldContain(path);
        File.ReadAllText(path).ShouldBe("""
            ---
            title: "Où va l’été : « TikTok » ?"
            date: 2026-11-26
            draft: true
            topics: [tiktok, amazon]
            translationKey: ou-va-l-ete-tiktok
            ---
            Écrivez l’article ici, en Markdown.

            """);
        var report = await SiteGen.Building.SiteBuilder.BuildAsync(new SiteGen.Building.BuildRequest(site.Combine("input"), site.Combine("output"), null,
            new BuildOptions(TestSite.BuildDate, IncludeDrafts: true)) { Search = false });
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        report.Diagnostics.ShouldBeEmpty();
        File.Exists(site.Combine("output", "fr", "articles", "ou-va-l-ete-tiktok", "index.html")).ShouldBeTrue();
    }

    [Fact]
    public async Task Never_overwrites_an_article()
    {
        using var site = TestSite.CopyOfSample();
        var existing = site.Combine("input", "fr", "articles", "amazon-pourrait-il-racheter-tiktok.md");
        var before = File.ReadAllText(existing);

        var (exit, _, stderr) = await New(site.Combine("input"), "fr", "Amazon pourrait-il racheter TikTok ?", ["tiktok"]);

        exit.ShouldBe(2);
        stderr.ShouldContain("already exists; SiteGen never overwrites an article.");
        File.ReadAllText(existing).ShouldBe(before);
    }

    [Fact]
    public async Task A_translation_takes_the_topics_and_translation_key_of_its_source()
    {
        using var site = TestSite.CopyOfSample();
        (await New(site.Combine("input"), "fr", "Un nouvel article", ["regulation", "tiktok"])).Exit.ShouldBe(0);

        var (exit, _, stderr) = await New(site.Combine("input"), "en", "A new article", translationOf: "un-nouvel-article");

        exit.ShouldBe(0, stderr);
        var text = File.ReadAllText(site.Combine("input", "en", "articles", "a-new-article.md"));
        text.ShouldContain("topics: [regulation, tiktok]\n");
        text.ShouldContain("translationKey: un-nouvel-article\n");
        (await New(site.Combine("input"), "en", "Again", translationOf: "un-nouvel-article")).Err.ShouldContain("already has a en article");
    }

    [Fact]
    public async Task Unknown_topics_and_languages_are_refused_with_a_suggestion()
    {
        using var site = TestSite.CopyOfSample();

        (await New(site.Combine("input"), "fr", "Titre", ["tikotk"])).Err.ShouldContain("'tikotk' is not a topic of topics.yml; did you mean 'tiktok'?");
        (await New(site.Combine("input"), "de", "Titel", ["tiktok"])).Err.ShouldContain("--lang de is not a language of site.yml; use one of fr, en.");
        (await New(site.Combine("input"), "fr", "Titre", translationOf: "nope")).Err.ShouldContain("No article has translationKey 'nope'");
        Directory.GetFiles(site.Combine("input", "fr", "articles")).Length.ShouldBe(6);
    }
}
