using SiteGen.Building;
using SiteGen.Content.Loading;
using SiteGen.Pipeline;

namespace SiteGen.Tests;

public class SafeOutputTests
{
    private static BuildRequest Request(TemporaryFolder site, params SiteGen.Pipeline.Pipeline[] extra) =>
        new(site.Combine("input"), site.Combine("output"), null, new BuildOptions(TestSite.BuildDate)) { Search = false, AdditionalPipelines = extra };

    [Fact]
    public async Task A_pipeline_that_fails_after_other_files_were_written_leaves_the_previous_site_whole()
    {
        using var site = TestSite.CopyOfSample();
        (await SiteBuilder.BuildAsync(Request(site))).Succeeded.ShouldBeTrue();
        var before = TestSite.Tree(site.Combine("output"));
        var article = site.Combine("input", "fr", "articles", "tiktok-shop-etats-unis.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("TikTok Shop arrive aux États-Unis", "Un nouveau titre"));
        var wroteFirst = new SiteGen.Pipeline.Pipeline("FailsLast")
            .DependsOn("Articles")
            .WithOutput(Module.FromAsync(async (inputs, _) =>
            {
                await Task.Delay(300); // the page pipelines have written their files into the staging folder by now
                throw new IOException("disk full");
            }));

        var report = await SiteBuilder.BuildAsync(Request(site, wroteFirst));

        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.ShouldContain(d => d.Id == "SG0904" && d.Message.Contains("disk full"));
        TestSite.Tree(site.Combine("output")).ShouldBe(before);
        // The image cache beside input/ is the only other folder: no staging folder is left.
        Directory.GetDirectories(site.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([".sitegen-cache", "input", "output"]);
    }

    [Fact]
    public async Task A_build_killed_between_the_two_renames_gets_the_previous_site_back()
    {
        using var site = TestSite.CopyOfSample();
        (await SiteBuilder.BuildAsync(Request(site))).Succeeded.ShouldBeTrue();
        // What a kill after "output -> previous" and before "staging -> output" leaves behind:
        Directory.Move(site.Combine("output"), site.Combine(".output.previous-killed"));
        Directory.CreateDirectory(site.Combine(".output.staging-killed"));
        File.WriteAllText(site.Combine(".output.staging-killed", ".sitegen-output"), "");
        Directory.CreateDirectory(site.Combine(".output.staging-not-ours"));

        var report = await SiteBuilder.BuildAsync(Request(site) with { Input = site.Combine("missing") });

        report.Succeeded.ShouldBeFalse();
        File.Exists(site.Combine("output", "fr", "index.html")).ShouldBeTrue();
        Directory.Exists(site.Combine(".output.staging-killed")).ShouldBeFalse();
        Directory.Exists(site.Combine(".output.staging-not-ours")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_new_build_replaces_the_old_site_whole_and_removes_links_in_it_without_following_them()
    {
        using var site = TestSite.CopyOfSample();
        (await SiteBuilder.BuildAsync(Request(site))).Succeeded.ShouldBeTrue();
        var fresh = TestSite.Tree(site.Combine("output"));
        // Someone put things in the published site: a stray file deep down, links to folders outside it.
        var outside = Directory.CreateDirectory(site.Combine("outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "mine");
        File.WriteAllText(site.Combine("output", "fr", "articles", "stray.txt"), "stray");
        Directory.CreateSymbolicLink(site.Combine("output", "fr", "linked"), outside);
        Directory.CreateSymbolicLink(site.Combine("output", "linked"), outside);

        (await SiteBuilder.BuildAsync(Request(site))).Succeeded.ShouldBeTrue();

        TestSite.Tree(site.Combine("output")).ShouldBe(fresh);
        File.ReadAllText(Path.Combine(outside, "keep.txt")).ShouldBe("mine");
        Directory.GetDirectories(site.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([".sitegen-cache", "input", "output", "outside"]);
    }
}
