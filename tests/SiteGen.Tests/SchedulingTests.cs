using SiteGen.Building;
using SiteGen.Content.Loading;

namespace SiteGen.Tests;

public class SchedulingTests
{
    [Theory]
    [InlineData(false, false, false, new string[0])]
    [InlineData(true, false, false, new[] { "brouillon" })]
    [InlineData(false, true, false, new[] { "futur" })]
    [InlineData(false, false, true, new[] { "expire" })]
    [InlineData(true, true, true, new[] { "brouillon", "expire", "futur" })]
    public async Task Drafts_future_and_expired_articles_are_left_out_unless_asked_for(bool drafts, bool future, bool expired, string[] shown)
    {
        using var site = TestSite.CopyOfSample();
        void Write(string slug, string extra) => File.WriteAllText(site.Combine("input", "fr", "articles", slug + ".md"),
            $"---\ntitle: {slug}\ndate: 2025-06-01\ntopics: [tiktok]\n{extra}---\nTexte.\n");
        Write("brouillon", "draft: true\n");
        Write("futur", "publishDate: 2026-06-01\n");
        Write("expire", "expiryDate: 2025-12-31\n");

        var report = await SiteBuilder.BuildAsync(new BuildRequest(site.Combine("input"), site.Combine("output"), null,
            new BuildOptions(TestSite.BuildDate, drafts, future, expired)) { Search = false });

        report.Succeeded.ShouldBeTrue();
        new[] { "brouillon", "futur", "expire" }.Where(slug => Directory.Exists(site.Combine("output", "fr", "articles", slug)))
            .Order(StringComparer.Ordinal).ShouldBe(shown);
    }

    [Fact]
    public async Task The_build_summary_names_the_next_scheduled_article_and_when_it_appears()
    {
        using var site = TestSite.CopyOfSample();
        void Write(string slug, string extra) => File.WriteAllText(site.Combine("input", "fr", "articles", slug + ".md"),
            $"---\ntitle: {slug}\ndate: 2025-06-01\ntopics: [tiktok]\n{extra}---\nTexte.\n");
        Write("plus-tard", "publishDate: 2026-01-03T08:00:00+01:00\n");
        Write("bientot", "publishDate: 2026-01-01T03:30:00+01:00\n");
        Write("brouillon-prevu", "publishDate: 2026-01-01T02:00:00+01:00\ndraft: true\n");

        var report = await SiteBuilder.BuildAsync(new BuildRequest(site.Combine("input"), site.Combine("output"), null,
            new BuildOptions(TestSite.BuildDate)) { Search = false });

        report.Succeeded.ShouldBeTrue();
        var content = report.Index!.Content;
        content.NextScheduled!.Slug.ShouldBe("bientot", "the nearest publishDate that is not a draft");
        SiteGen.Cli.BuildSummary.NextScheduled(content.NextScheduled, content).ShouldBe(
            "Next scheduled: \"bientot\" (/news/fr/articles/bientot/) appears at 2026-01-01 03:30 +01:00, in 2 h 30 min, "
            + "when a build runs after that time (the publishing workflow builds on a schedule).");
        var stdout = new StringWriter();
        await SiteGen.Cli.BuildSummary.WriteAsync(report, stdout);
        stdout.ToString().ShouldContain("Next scheduled: \"bientot\"");
    }
}
