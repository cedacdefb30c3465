namespace SiteGen.Tests;

/// <summary>What a build reads: only the input folder, even through symbolic links; blank texts are refused.</summary>
public class InputBoundaryTests
{
    private const string Secret = "secret-from-outside";

    private static string Article(string title) => $"---\ntitle: {title}\ndate: 2024-10-01\ntopics: [tiktok]\n---\n{Secret}\n";

    [Fact]
    public async Task A_link_out_of_the_input_folder_is_a_located_error_and_its_target_is_never_published()
    {
        using var site = TestSite.CopyOfSample();
        var outside = site.Combine("outside");
        Directory.CreateDirectory(Path.Combine(outside, "folder"));
        File.WriteAllText(Path.Combine(outside, "article.md"), Article("Dehors"));
        File.WriteAllText(Path.Combine(outside, "folder", "passwd"), Secret);
        var link = site.Combine("input", "fr", "articles", "dehors.md");
        File.CreateSymbolicLink(link, Path.Combine(outside, "article.md"));
        Directory.CreateDirectory(site.Combine("input", "assets"));
        var assetLink = site.Combine("input", "assets", "etc");
        Directory.CreateSymbolicLink(assetLink, Path.Combine(outside, "folder"));
        var relativeLink = site.Combine("input", "assets", "up.txt");
        File.CreateSymbolicLink(relativeLink, "../../outside/folder/passwd");
        var dangling = site.Combine("input", "en", "articles", "gone.md");
        File.CreateSymbolicLink(dangling, Path.Combine(outside, "nothing.md"));

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"));

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal).ShouldBe(
        [
            $"{dangling}(1,1): error SG0010: This symbolic link points to '{Path.Combine(outside, "nothing.md")}', which does not exist; remove the link, or point it at a file inside the input folder.",
            $"{assetLink}(1,1): error SG0010: This symbolic link points to '{Path.Combine(outside, "folder")}', outside the input folder; it is not read. Copy the file into the input folder instead, or link to a file inside it.",
            $"{relativeLink}(1,1): error SG0010: This symbolic link points to '{Path.Combine(outside, "folder", "passwd")}', outside the input folder; it is not read. Copy the file into the input folder instead, or link to a file inside it.",
            $"{link}(1,1): error SG0010: This symbolic link points to '{Path.Combine(outside, "article.md")}', outside the input folder; it is not read. Copy the file into the input folder instead, or link to a file inside it.",
        ], ignoreOrder: true);
        Directory.Exists(site.Combine("output")).ShouldBeFalse();
    }

    [Fact]
    public async Task Links_that_stay_inside_the_input_folder_keep_working()
    {
        using var site = TestSite.CopyOfSample();
        var images = site.Combine("input", "media");
        Directory.CreateDirectory(images);
        File.WriteAllText(Path.Combine(images, "note.txt"), "inside");
        Directory.CreateDirectory(site.Combine("input", "assets"));
        Directory.CreateSymbolicLink(site.Combine("input", "assets", "media"), "../media");
        File.CreateSymbolicLink(site.Combine("input", "assets", "copy.txt"), "../media/note.txt");
        // A link back to a folder that contains it is listed once, not followed for ever.
        Directory.CreateSymbolicLink(site.Combine("input", "media", "loop"), "..");
        File.WriteAllText(site.Combine("input", "linked.md"), Article("Un article lié").Replace(Secret, "Corps."));
        File.CreateSymbolicLink(site.Combine("input", "fr", "articles", "lie.md"), "../../linked.md");

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"));

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        File.ReadAllText(site.Combine("output", "assets", "media", "note.txt")).ShouldBe("inside");
        File.ReadAllText(site.Combine("output", "assets", "copy.txt")).ShouldBe("inside");
        File.ReadAllText(site.Combine("output", "fr", "articles", "lie", "index.html")).ShouldContain("Un article lié");
    }

    [Theory]
    [InlineData("fr/articles/loi-americaine-tiktok.md", "title: \"Vendre ou disparaître : la loi américaine qui menace TikTok\"", "title: '   '", 2, 8, "'title' is blank")]
    [InlineData("fr/articles/loi-americaine-tiktok.md", "title: Promulgation de la loi visant TikTok", "title: \"\"", 15, 12, "'title' is blank")]
    [InlineData("en/pages/about.md", "title: About", "title: ''", 2, 8, "'title' is blank")]
    [InlineData("topics.yml", "fr: { name: Amazon,", "fr: { name: \" \",", 5, 15, "'name' is blank")]
    [InlineData("site.yml", "title: Le Fil", "title: ' '", -1, 12, "'title' is blank")]
    public async Task A_blank_required_text_is_an_empty_value_at_its_place(string file, string from, string to, int line, int column, string message)
    {
        using var site = TestSite.CopyOfSample();
        var path = site.Combine(["input", .. file.Split('/')]);
        var text = File.ReadAllText(path);
        text.ShouldContain(from);
        File.WriteAllText(path, text.Replace(from, to));
        if (line < 0) line = text[..text.IndexOf(from, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"));

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldHaveSingleItem()
            .ShouldStartWith($"{path}({line},{column}): error SG0110: {message}; write ");
    }

    [Fact]
    public async Task A_control_character_is_located_and_a_byte_order_mark_is_accepted()
    {
        using var site = TestSite.CopyOfSample();
        var article = site.Combine("input", "fr", "articles", "bom.md");
        File.WriteAllBytes(article, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Article("Avec BOM").Replace(Secret, "Corps."))]);
        var broken = site.Combine("input", "en", "articles", "escape.md");
        File.WriteAllText(broken, Article("An\u001b[31m escape").Replace(Secret, "Body \u0000 and \u0007."));

        var report = await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"));

        report.Diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            $"{broken}(2,10): error SG0011: U+001B, an invisible control character, cannot be published (the file has 3 such characters); delete it, or write the character you meant.",
        ]);
        File.Delete(broken);
        (await TestSite.BuildAsync(site.Combine("input"), site.Combine("output"))).Succeeded.ShouldBeTrue();
        File.ReadAllText(site.Combine("output", "fr", "articles", "bom", "index.html")).ShouldContain("Avec BOM");
    }
}
