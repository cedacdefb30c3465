namespace SiteGen.Tests;

/// <summary>
/// Serve shows an edit to an article's text in its page before the rebuild: that page, written
/// early, is the very file the rebuild and a full build make; an edit that moves the article among
/// the others, or any other file's, shows nothing early.
/// </summary>
public class EditedPageTests
{
    private const string Page = "fr/articles/tiktok-shop-etats-unis/index.html";

    private static string PageText(string folder) => File.ReadAllText(Path.Combine(folder, Page));

    private static string Source(Preview preview) => Path.Combine(preview.Input, IncrementalBuildTests.Article);

    [Theory]
    [InlineData("body", "Les utilisateurs américains peuvent désormais")]
    [InlineData("title", "TikTok Shop s’installe aux États-Unis")]
    [InlineData("late-paragraph", "Un paragraphe ajouté à la fin.")]
    [InlineData("correction", "Une précision ajoutée.")]
    public async Task A_text_edit_writes_its_page_at_once_as_the_rebuild_and_a_full_build_make_it(string kind, string shows)
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        var before = TestSite.Tree(preview.Folder);

        var source = Source(preview);
        var text = File.ReadAllText(source);
        if (kind == "late-paragraph") File.AppendAllText(source, "\nUn paragraphe ajouté à la fin.\n");
        // At the end of the front matter: the fields above stay on their lines.
        else if (kind == "correction") File.WriteAllText(source, text.Replace("\n---\n", "\ncorrections:\n  - date: 2025-01-10\n    text: Une précision ajoutée.\n---\n"));
        else IncrementalBuildTests.Edit(preview.Input, kind);
        preview.Changed(source);
        var shown = await preview.ShowEditedPagesAsync();

        shown.ShouldBe([Page]);
        PageText(preview.Folder).ShouldContain(shows);
        var after = TestSite.Tree(preview.Folder);
        after.Keys.Where(file => after[file] != before[file]).ShouldBe([Page.Replace('/', Path.DirectorySeparatorChar)], "only the article's page is written early");
        using (var full = new TemporaryFolder())
        {
            (await TestSite.BuildAsync(preview.Input, full.Combine("site"))).Succeeded.ShouldBeTrue();
            PageText(preview.Folder).ShouldBe(PageText(full.Combine("site")));
        }

        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        preview.State.ArticlesParsed.ShouldBe(0, "the rebuild takes the early parse");
        preview.State.FilesChanged.ShouldNotContain(Page, "the page was right already");
        preview.State.FilesChanged.ShouldContain("fr/feed.xml", "the feed carries the article");
        await preview.ShouldEqualAFullBuildAsync();
    }

    [Theory]
    [InlineData("topics")]
    [InlineData("events")]
    [InlineData("delete")]
    [InlineData("new")]
    [InlineData("rename")]
    [InlineData("translation")]
    [InlineData("page-body")]
    [InlineData("nothing")]
    [InlineData("image")]
    [InlineData("alias")]
    [InlineData("byline")]
    [InlineData("author-profile")]
    [InlineData("linked-slug")]
    public async Task Other_edits_show_nothing_before_the_rebuild(string kind)
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        var before = TestSite.Tree(preview.Folder);

        preview.Changed(IncrementalBuildTests.Edit(preview.Input, kind));

        (await preview.ShowEditedPagesAsync()).ShouldBeEmpty();
        TestSite.Tree(preview.Folder).ShouldBe(before);
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        await preview.ShouldEqualAFullBuildAsync();
    }

    /// <summary>Text edits that move the article among the others: its date, its address, the images lists show.</summary>
    [Theory]
    [InlineData("date")]
    [InlineData("slug")]
    [InlineData("body-image")]
    public async Task A_text_edit_that_moves_the_article_waits_for_the_rebuild(string kind)
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        var source = Source(preview);
        var text = File.ReadAllText(source);
        File.WriteAllText(source, kind switch
        {
            "date" => System.Text.RegularExpressions.Regex.Replace(text, "(?m)^date: .*$", "date: 2023-09-13"),
            "slug" => text.Replace("translationKey: tiktok-shop", "translationKey: tiktok-shop\nslug: tiktok-shop-amerique"),
            _ => text + "\n![Des créateurs](/assets/images/creators.jpg)\n",
        });
        preview.Changed(source);

        (await preview.ShowEditedPagesAsync()).ShouldBeEmpty();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        await preview.ShouldEqualAFullBuildAsync();
    }

    /// <summary>Vim saves by writing a test file "4913" and deleting it, beside its hidden swap file: neither is an edit.</summary>
    [Fact]
    public async Task Files_an_editor_makes_and_drops_while_saving_do_not_hold_the_page_back()
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        var folder = Path.Combine(preview.Input, "fr", "articles");
        var probe = Path.Combine(folder, "4913");
        File.WriteAllText(probe, "");
        File.Delete(probe);
        var swap = Path.Combine(folder, ".tiktok-shop-etats-unis.md.swp");
        File.WriteAllText(swap, "b0VIM 9.0");
        preview.Changed(probe, swap);
        preview.Changed(IncrementalBuildTests.Edit(preview.Input, "title"));

        (await preview.ShowEditedPagesAsync()).ShouldBe([Page]);
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        await preview.ShouldEqualAFullBuildAsync();
    }

    /// <summary>A missing image, bytes that are not UTF-8, a file over the size limit.</summary>
    [Theory]
    [InlineData("missing-image")]
    [InlineData("not-utf-8")]
    [InlineData("huge")]
    public async Task A_body_with_an_error_shows_nothing_early_and_the_rebuild_reports_it(string kind)
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        var before = TestSite.Tree(preview.Folder);
        using (var file = File.Open(Source(preview), FileMode.Append))
        {
            var added = kind switch
            {
                "missing-image" => System.Text.Encoding.UTF8.GetBytes("\n![Absente](/assets/images/absente.jpg)\n"),
                "not-utf-8" => [(byte)'\n', (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n'],
                _ => System.Text.Encoding.UTF8.GetBytes("\n" + new string('a', SiteGen.Rules.SourceText.MaxBytes) + "\n"),
            };
            file.Write(added);
        }
        preview.Changed(Source(preview));

        (await preview.ShowEditedPagesAsync()).ShouldBeEmpty();
        TestSite.Tree(preview.Folder).ShouldBe(before);
        var report = await preview.BuildAsync();
        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.ShouldContain(d => d.IsError && d.Location.Path == Source(preview));
    }

    [Fact]
    public async Task Script_added_to_a_body_or_a_title_is_cleaned_in_the_page_written_early()
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        var source = Source(preview);
        File.WriteAllText(source, File.ReadAllText(source).Replace("title: TikTok Shop arrive aux États-Unis", "title: \"TikTok <script>alert(3)</script>\"")
            + "\n<p onclick=\"alert(1)\">Un paragraphe.</p><script>alert(2)</script>\n");
        preview.Changed(source);

        (await preview.ShowEditedPagesAsync()).ShouldBe([Page]);
        PageText(preview.Folder).ShouldContain("Un paragraphe.");
        PageText(preview.Folder).ShouldNotContain("<script>alert");
        PageText(preview.Folder).ShouldNotContain("onclick");
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        await preview.ShouldEqualAFullBuildAsync();
    }

    [Fact]
    public async Task After_a_failed_build_nothing_is_shown_early_until_a_build_succeeds()
    {
        using var preview = new Preview();
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        var other = Path.Combine(preview.Input, "fr/articles/loi-americaine-tiktok.md");
        var otherText = File.ReadAllText(other);
        File.WriteAllText(other, otherText.Replace("date: ", "date: 2024-13-45 #"));
        preview.Changed(other);
        (await preview.BuildAsync()).Succeeded.ShouldBeFalse();

        preview.Changed(IncrementalBuildTests.Edit(preview.Input, "body"));
        (await preview.ShowEditedPagesAsync()).ShouldBeEmpty("the site shown is the last good one, not the failed build's");

        File.WriteAllText(other, otherText);
        preview.Changed(other);
        (await preview.BuildAsync()).Succeeded.ShouldBeTrue();
        IncrementalBuildTests.Edit(preview.Input, "title");
        preview.Changed(Source(preview));
        (await preview.ShowEditedPagesAsync()).ShouldBe([Page]);
    }
}
