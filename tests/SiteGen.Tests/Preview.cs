using SiteGen.Building;
using SiteGen.Content.Loading;
using SiteGen.Incremental;

namespace SiteGen.Tests;

/// <summary>A copy of the sample site and its preview, built in place as serve builds it, told of edits as a file watcher would tell it (when watched).</summary>
internal sealed class Preview : IDisposable
{
    public Preview(bool watched = true)
    {
        if (watched) State.InputChanges.Watch();
    }

    public TemporaryFolder Site { get; } = TestSite.CopyOfSample();
    public string Input => Site.Combine("input");
    public IncrementalState State { get; } = new();

    public string Folder => Site.Combine("preview");

    public Task<BuildReport> BuildAsync(params SiteGen.Pipeline.Pipeline[] extra) => SiteBuilder.BuildAsync(Request() with { AdditionalPipelines = extra });

    /// <summary>What serve does first on an edit: the pages of body edits, written before the rebuild.</summary>
    public Task<IReadOnlyList<string>> ShowEditedPagesAsync() => SiteBuilder.ShowEditedPagesAsync(Request());

    private BuildRequest Request() => new(Input, Folder, null, new BuildOptions(TestSite.BuildDate)) { Search = false, Incremental = State };

    public void Changed(params IEnumerable<string> paths)
    {
        foreach (var path in paths) State.InputChanges.Changed(path);
    }

    /// <summary>The preview holds, file for file, what a full build of the input gives now.</summary>
    public async Task ShouldEqualAFullBuildAsync(string? because = null)
    {
        using var full = new TemporaryFolder();
        (await TestSite.BuildAsync(Input, full.Combine("site"))).Succeeded.ShouldBeTrue();
        TestSite.Tree(Folder).ShouldBe(TestSite.Tree(full.Combine("site")), because);
    }

    public void Dispose() => Site.Dispose();
}
