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
}
