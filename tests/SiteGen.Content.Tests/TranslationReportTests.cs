using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;

namespace SiteGen.Content.Tests;

public class TranslationReportTests
{
    private static readonly SiteSettings Site = new(new Uri("https://example.org/"), "fr", 20,
    [
        new Language("fr", "Français", "fr-FR", "Le Fil", "", new LanguagePaths("articles", "sujets", "chronologie", "recherche")),
        new Language("en", "English", "en-US", "The Thread", "", new LanguagePaths("articles", "topics", "timeline", "search")),
    ]);

    private static Article A(string language, string slug, string? key, string date, string? lastmod = null) =>
        TimelineTests.A(slug, date) with
        {
            Language = language, TranslationKey = key, SourcePath = $"input/{language}/articles/{slug}.md",
            LastModified = lastmod is null ? null : DateTimeOffset.Parse(lastmod + "T00:00:00+00:00"),
        };

    [Fact]
    public void Lists_untranslated_articles_and_translations_older_than_their_source()
    {
        var content = new SiteContent(Site, [new Topic("tiktok", new Dictionary<string, TopicName>())],
        [
            A("fr", "loi", "law", "2024-04-26"), A("en", "law", "law", "2024-04-26"),
            A("fr", "achat", "buy", "2024-09-10", lastmod: "2024-09-12"), A("en", "buy", "buy", "2024-09-10"),
            A("fr", "seul", null, "2024-01-01"), A("en", "alone", "only-en", "2024-01-01"),
        ]);

        var report = TranslationReport.Of(content);

        report.Untranslated.Select(u => $"{u.Article.Slug}:{string.Join(",", u.MissingLanguages)}").ShouldBe(["seul:en", "alone:fr"]);
        report.Outdated.Select(o => $"{o.Source.Slug}>{o.Translation.Slug}").ShouldBe(["achat>buy"]);
        report.UntranslatedCounts(content).ShouldBe(new Dictionary<string, int> { ["fr"] = 1, ["en"] = 1 });
    }
}
