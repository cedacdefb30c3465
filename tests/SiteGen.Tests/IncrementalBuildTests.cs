using SiteGen.Building;
using SiteGen.Content.Loading;

namespace SiteGen.Tests;

/// <summary>After every kind of edit, the incremental rebuild of serve mode equals a full build, byte for byte.</summary>
public class IncrementalBuildTests
{
    private const string Article = "fr/articles/tiktok-shop-etats-unis.md";

    public static TheoryData<string> Edits => ["body", "title", "topics", "events", "delete", "new", "rename", "translation", "nothing"];

    private static void Edit(string input, string kind)
    {
        var path = Path.Combine(input, Article);
        var text = File.ReadAllText(path);
        switch (kind)
        {
            case "body": File.WriteAllText(path, text.Replace("Les utilisateurs peuvent désormais", "Les utilisateurs américains peuvent désormais")); break;
            case "title": File.WriteAllText(path, text.Replace("title: TikTok Shop arrive aux États-Unis", "title: TikTok Shop s’installe aux États-Unis")); break;
            case "topics": File.WriteAllText(path, text.Replace("topics: [tiktok, social-commerce]", "topics: [tiktok, creators]")); break;
            case "events": File.WriteAllText(path, text.Replace("  - date: 2023-09\n", "  - date: 2023-09-12\n")); break;
            case "delete": File.Delete(path); break;
            case "new":
                File.WriteAllText(Path.Combine(input, "en/articles/new-one.md"),
                    "---\ntitle: A new one\ndate: 2024-12-01\ntopics: [amazon]\nevents:\n  - date: 2024-11\n    title: Something\n    id: tiktok-amazon-partnership\n---\nText.\n");
                break;
            case "rename": File.Move(path, Path.Combine(input, "fr/articles/tiktok-shop-aux-etats-unis.md")); break;
            case "translation": File.WriteAllText(path, text.Replace("translationKey: tiktok-shop", "translationKey: tiktok-boutique")); break;
            case "nothing": File.SetLastWriteTimeUtc(path, DateTime.UtcNow); break;
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task An_incremental_rebuild_equals_a_full_build(string kind)
    {
        using var site = TestSite.CopyOfSample();
        var input = site.Combine("input");
        var state = new IncrementalState();
        BuildRequest Incremental() => new(input, site.Combine("preview"), null, new BuildOptions(TestSite.BuildDate)) { Search = false, Incremental = state };
        (await SiteBuilder.BuildAsync(Incremental())).Succeeded.ShouldBeTrue();
        state.ArticlesParsed.ShouldBe(12);

        Edit(input, kind);
        var report = await SiteBuilder.BuildAsync(Incremental());
        var full = await TestSite.BuildAsync(input, site.Combine("full"));

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        full.Succeeded.ShouldBeTrue();
        state.ArticlesParsed.ShouldBe(kind is "body" or "title" or "topics" or "events" or "new" or "rename" or "translation" or "nothing" ? 1 : 0);
        TestSite.Tree(site.Combine("preview")).ShouldBe(TestSite.Tree(site.Combine("full")));
        if (kind == "nothing") state.FilesWritten.ShouldBe(0);
        else state.FilesWritten.ShouldBeGreaterThan(0);
    }
}
