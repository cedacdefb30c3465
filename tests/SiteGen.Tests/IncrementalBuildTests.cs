using SiteGen.Incremental;
using SiteGen.Building;
using SiteGen.Content.Loading;

namespace SiteGen.Tests;

/// <summary>After every kind of edit, the incremental rebuild of serve mode equals a full build, byte for byte.</summary>
public class IncrementalBuildTests
{
    internal const string Article = "fr/articles/tiktok-shop-etats-unis.md";

    private static readonly string[] Kinds = ["body", "title", "topics", "events", "delete", "new", "rename", "translation", "page-title", "page-body", "nothing", "image", "new-image", "linked-slug", "alias", "byline", "author-profile"];

    /// <summary>Makes an edit of a kind and gives the paths it touched, as a file watcher reports them.</summary>
    internal static string[] Edit(string input, string kind)
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
                return [Path.Combine(input, "en/articles/new-one.md")];
            case "rename":
                File.Move(path, Path.Combine(input, "fr/articles/tiktok-shop-aux-etats-unis.md"));
                return [path, Path.Combine(input, "fr/articles/tiktok-shop-aux-etats-unis.md")];
            case "translation": File.WriteAllText(path, text.Replace("translationKey: tiktok-shop", "translationKey: tiktok-boutique")); break;
            case "page-title":
                var page = Path.Combine(input, "fr/pages/a-propos.md");
                File.WriteAllText(page, File.ReadAllText(page).Replace("title: ", "title: Tout "));
                return [page];
            case "page-body":
                // A word for another of the same length: the page's body bytes change, not their count.
                var about = Path.Combine(input, "fr/pages/a-propos.md");
                File.WriteAllText(about, File.ReadAllText(about).Replace("suit une histoire", "suit une affaire"));
                return [about];
            case "nothing": File.SetLastWriteTimeUtc(path, DateTime.UtcNow); break;
            case "image":
                // The lead image of the French and English TikTok Shop articles gets other bytes.
                var lead = Path.Combine(input, "assets/images/tiktok-shop.jpg");
                File.Copy(Path.Combine(input, "assets/images/partnership.jpg"), lead, overwrite: true);
                return [lead];
            case "linked-slug":
                // Another article links to this one by its file, and an alias redirects to it: both follow the new slug.
                var linked = Path.Combine(input, "fr/articles/loi-americaine-tiktok.md");
                File.WriteAllText(linked, File.ReadAllText(linked).Replace("translationKey: us-law", "translationKey: us-law\nslug: loi-tiktok-vendre"));
                return [linked];
            case "alias":
                File.WriteAllText(path, text.Replace("translationKey: tiktok-shop", "translationKey: tiktok-shop\naliases: [/2023/09/12/tiktok-shop/]"));
                break;
            case "byline":
                // The article changes hands: the page of the one who signed it loses it, the other's gains it.
                File.WriteAllText(path, text.Replace("author: claurent", "author: [sokafor, redaction]"));
                break;
            case "author-profile":
                var authors = Path.Combine(input, "authors.yml");
                File.WriteAllText(authors, File.ReadAllText(authors).Replace("name: Sam Okafor", "name: Samuel Okafor"));
                return [authors];
            case "new-image":
                var added = Path.Combine(input, "assets/images/nouvelle.jpg");
                File.Copy(Path.Combine(input, "assets/images/creators.jpg"), added);
                return [added];
        }
        return [path];
    }

    /// <summary>Each kind of edit, with every file looked at again, and with only the files a watcher reported.</summary>
    public static TheoryData<string, bool> EditsWatchedOrNot
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var kind in Kinds)
            {
                data.Add(kind, false);
                data.Add(kind, true);
            }
            return data;
        }
    }

    [Fact]
    public async Task A_link_out_of_the_input_folder_that_the_watcher_reports_is_refused_too()
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        var outside = preview.Site.Combine("outside.md");
        File.WriteAllText(outside, "---\ntitle: Dehors\ndate: 2024-10-01\ntopics: [tiktok]\n---\nsecret\n");
        var link = Path.Combine(preview.Input, "fr", "articles", "dehors.md");
        File.CreateSymbolicLink(link, outside);
        preview.Changed(link);

        var report = await preview.BuildAsync();

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.Select(d => d.ToString()).ShouldHaveSingleItem().ShouldStartWith($"{link}(1,1): error SG0010: This symbolic link points to '{outside}', outside the input folder;");
    }

    /// <summary>
    /// Serve's page fingerprints read properties by reflection. The published sitegen is compiled ahead of time and keeps
    /// every member of SiteGen's model assemblies only (TrimmerRootAssembly in SiteGen.csproj): a property of any other
    /// type could be trimmed away, and a change to it would then leave a page stale.
    /// </summary>
    [Fact]
    public async Task Fingerprints_walk_only_the_types_of_the_assemblies_kept_whole()
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        foreach (var kind in new[] { "events", "byline", "image" })
        {
            preview.Changed(Edit(preview.Input, kind));
            (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        }

        var kept = System.Xml.Linq.XDocument.Load(Path.Combine(TestSite.RepositoryRoot, "src", "SiteGen", "SiteGen.csproj"))
            .Descendants("TrimmerRootAssembly").SelectMany(e => e.Attribute("Include")!.Value.Split(';')).ToHashSet();
        kept.ShouldContain("SiteGen.Theme");
        PageFingerprint.WalkedTypes.ShouldNotBeEmpty();
        PageFingerprint.WalkedTypes.Select(t => t.Assembly.GetName().Name).Distinct()
            .Where(name => !kept.Contains(name!)).ShouldBeEmpty(string.Join(", ", PageFingerprint.WalkedTypes.Where(t => !kept.Contains(t.Assembly.GetName().Name!))));
    }


    [Theory]
    [MemberData(nameof(EditsWatchedOrNot))]
    public async Task An_incremental_rebuild_equals_a_full_build(string kind, bool watched)
    {
        using var preview = new Preview(watched);
        var state = preview.State;
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        state.ArticlesParsed.ShouldBe(12);

        preview.Changed(Edit(preview.Input, kind));
        var report = await preview.BuildAsync();

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        state.ArticlesParsed.ShouldBe(kind switch
        {
            "body" or "title" or "topics" or "events" or "new" or "rename" or "translation" or "nothing" or "linked-slug" or "alias" or "byline" => 1,
            "image" => 2, // the two articles that show it, read again for its new files' names
            _ => 0,
        });
        if (kind == "page-title") state.PagesRendered.ShouldBeGreaterThan(24, "the footer of every page links to the static pages");
        await preview.ShouldEqualAFullBuildAsync();
        if (kind == "nothing") state.FilesWritten.ShouldBe(0);
        else state.FilesWritten.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_preview_stays_equal_to_a_full_build_through_a_sequence_of_edits(bool watched)
    {
        using var preview = new Preview(watched);
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();

        foreach (var kind in new[] { "title", "nothing", "events", "translation", "new", "topics", "page-title", "body", "rename", "delete" })
        {
            var renamed = Path.Combine(preview.Input, "fr/articles/tiktok-shop-aux-etats-unis.md");
            if (kind == "delete" && File.Exists(renamed))
            {
                File.Delete(renamed);
                preview.Changed(renamed);
            }
            else preview.Changed(Edit(preview.Input, kind));
            var report = await preview.BuildAsync();
            report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
            await preview.ShouldEqualAFullBuildAsync(kind);
        }
    }

    [Fact]
    public async Task A_preview_mends_itself_after_a_build_that_failed()
    {
        using var preview = new Preview(watched: false);
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        var path = Path.Combine(preview.Input, Article);
        var text = File.ReadAllText(path);

        File.WriteAllText(path, text.Replace("date: ", "date: 2024-13-45 #"));
        (await preview.BuildAsync()).Succeeded.ShouldBeFalse();
        File.Delete(path);
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();

        await preview.ShouldEqualAFullBuildAsync();
    }

    /// <summary>A watcher reports a folder, not each file in it: the rebuild then looks at every file.</summary>
    [Theory]
    [InlineData("folder-added")]
    [InlineData("folder-deleted")]
    public async Task A_folder_the_watcher_reports_makes_the_rebuild_look_at_every_file(string kind)
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();

        var folder = kind == "folder-added" ? Path.Combine(preview.Input, "assets", "images") : Path.Combine(preview.Input, "en", "pages");
        if (kind == "folder-added")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        }
        else Directory.Delete(folder, recursive: true);
        preview.Changed(folder);
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();

        await preview.ShouldEqualAFullBuildAsync();
        File.Exists(preview.Site.Combine("preview", "assets", "images", "logo.svg")).ShouldBe(kind == "folder-added");
    }

    [Fact]
    public async Task Hidden_files_the_watcher_reports_are_not_read()
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();

        var swap = Path.Combine(preview.Input, "fr", "articles", ".brouillon.md");
        File.WriteAllText(swap, "not front matter at all");
        preview.Changed(swap);
        var report = await preview.BuildAsync();

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        preview.State.ArticlesParsed.ShouldBe(0);
    }

    [Fact]
    public async Task A_preview_is_right_after_a_build_that_failed_once_its_pages_were_made()
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        preview.Changed(Edit(preview.Input, "title"));
        var failsInProcess = new SiteGen.Pipeline.Pipeline("Fails").DependsOn("Articles", "Topics")
            .WithProcess(SiteGen.Pipeline.Module.From((_, _) => throw new IOException("disk full")));

        (await preview.BuildAsync(failsInProcess)).Succeeded.ShouldBeFalse();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();

        await preview.ShouldEqualAFullBuildAsync();
    }
}
