namespace SiteGen.Tests;

public class SiteSnapshotTests
{
    [Fact]
    public async Task The_sample_site_matches_the_approved_files()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("output");

        var report = await TestSite.BuildAsync(TestSite.SampleInput, output);

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        report.Diagnostics.ShouldBeEmpty();
        ApprovedTree.ShouldMatchApproved(output, "site");
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical_search_index_included()
    {
        using var folder = new TemporaryFolder();
        var built = await TestSite.BuildAsync(TestSite.SampleInput, folder.Combine("one"), search: true);
        built.Succeeded.ShouldBeTrue(string.Join("\n", built.Diagnostics));
        built.Search.ShouldNotBeNull().Indexed.ShouldBeTrue(built.Search.Unavailable);
        (await TestSite.BuildAsync(TestSite.SampleInput, folder.Combine("two"), search: true)).Succeeded.ShouldBeTrue();

        var one = Directory.EnumerateFiles(folder.Combine("one"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Combine("one"), f)).Order(StringComparer.Ordinal).ToList();
        var two = Directory.EnumerateFiles(folder.Combine("two"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Combine("two"), f)).Order(StringComparer.Ordinal).ToList();
        two.ShouldBe(one);
        foreach (var file in one)
            File.ReadAllBytes(folder.Combine("two", file)).ShouldBe(File.ReadAllBytes(folder.Combine("one", file)), file);
    }

    [Fact]
    public async Task The_sample_site_has_the_promised_pages()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("output");
        (await TestSite.BuildAsync(TestSite.SampleInput, output)).Succeeded.ShouldBeTrue();

        foreach (var page in new[] { "index.html", "fr/index.html", "en/index.html", "assets/site.css" })
            File.Exists(Path.Combine(output, page)).ShouldBeTrue(page);
        foreach (var language in new[] { "fr", "en" })
        {
            var articles = Directory.GetFiles(Path.Combine(TestSite.SampleInput, language, "articles"), "*.md");
            articles.Length.ShouldBeGreaterThanOrEqualTo(5);
            Directory.GetDirectories(Path.Combine(output, language, "articles")).Length.ShouldBe(articles.Length);
        }
    }
}
