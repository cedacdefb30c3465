using SiteGen.Documents;
using SiteGen.Incremental;
using SiteGen.Rules;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Loading;
using SiteGen.Pipeline;
using SiteGen.Pipelines;

namespace SiteGen.Building;

public sealed record BuildRequest(string Input, string Output, Uri? BaseUrl, BuildOptions Options)
{
    /// <summary>Whether to index the site for search (Pagefind) after building it.</summary>
    public bool Search { get; init; } = true;

    /// <summary>
    /// Serve mode: the build reuses what the previous one read, writes in place only the files whose
    /// bytes changed and deletes the files of pages that no longer exist.
    /// </summary>
    public IncrementalState? Incremental { get; init; }

    /// <summary>A folder to take the theme's assets from instead of those compiled into it (serve mode, run beside the theme's sources).</summary>
    public string? ThemeAssets { get; init; }

    /// <summary>Told of each finished phase, for a progress display.</summary>
    public Action<PhaseEvent>? Observer { get; init; }

    /// <summary>Pipelines run beside the site's own (tests use one to fail a build midway).</summary>
    internal IReadOnlyList<Pipeline.Pipeline> AdditionalPipelines { get; init; } = [];

    /// <summary>Where Pagefind is looked for; the process's working folder and PATH unless told.</summary>
    public Search.ToolLocation? SearchTools { get; init; }
}

public sealed record BuildReport(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, EngineResult? Engine, string? Refusal)
{
    /// <summary>What happened to the search index; null when the build did not get that far or search was not asked for.</summary>
    public Search.SearchIndexing? Search { get; init; }

    /// <summary>The content that was built, when the content could be read.</summary>
    public SiteIndex? Index => IndexOf(Engine);

    /// <summary>The content an engine run built, when its Content pipeline got that far.</summary>
    public static SiteIndex? IndexOf(EngineResult? engine) => engine?.Pipelines.FirstOrDefault(p => p.Name == SitePipelines.Content)?.Outputs
        .FirstOrDefault(d => d.Metadata.ContainsKey(Keys.Content))?.Get<SiteIndex>(Keys.Content);
}

/// <summary>Runs the site's pipelines into a staging folder and publishes it only if every pipeline succeeded.</summary>
public static class SiteBuilder
{
    public static async Task<BuildReport> BuildAsync(BuildRequest request, CancellationToken cancellationToken = default)
    {
        var output = OutputFolder.Open(request.Output, request.Input, out var refusal);
        if (output is null) return new BuildReport(false, [], null, refusal);

        if (request.Incremental is { } state) return await BuildInPlaceAsync(request, output, state, cancellationToken);

        output.RecoverFromInterruptedBuilds();
        output.CreateStaging();
        try
        {
            var pipelines = SitePipelines.Create(request.Input, output.Staging, request.Options, request.BaseUrl, themeAssets: request.ThemeAssets).Concat(request.AdditionalPipelines).ToList();
            var result = await new Engine(request.Observer).RunAsync(pipelines, cancellationToken);
            if (!result.Succeeded)
            {
                output.Discard();
                return new BuildReport(false, result.Diagnostics, result, null);
            }
            Search.SearchIndexing? search = null;
            if (request.Search)
            {
                var articles = BuildReport.IndexOf(result)?.Content.Site is { } site ? Search.PagefindIndexer.IndexedFolders(site) : null;
                search = await Search.PagefindIndexer.IndexAsync(output.Staging, request.SearchTools ?? Search.ToolLocation.FromEnvironment(), cancellationToken, articles);
                if (search.Failure is { } failure)
                {
                    output.Discard();
                    var error = Diagnostic.Error("SG0501", failure, SourceLocation.None);
                    return new BuildReport(false, [.. result.Diagnostics, error], result, null) { Search = search };
                }
            }
            output.Publish();
            return new BuildReport(true, result.Diagnostics, result, null) { Search = search };
        }
        catch
        {
            output.Discard();
            throw;
        }
    }

    /// <summary>Serve's build: in the output folder itself, writing only what changed, then deleting what is no longer made.</summary>
    private static async Task<BuildReport> BuildInPlaceAsync(BuildRequest request, OutputFolder output, IncrementalState state, CancellationToken cancellationToken)
    {
        output.CreateInPlace();
        OutputLedger.Begin(state);
        var pipelines = SitePipelines.Create(request.Input, output.Path, request.Options, request.BaseUrl, BuildMemory.Of(state), request.ThemeAssets).Concat(request.AdditionalPipelines).ToList();
        var result = await new Engine(request.Observer).RunAsync(pipelines, cancellationToken);
        if (!result.Succeeded)
        {
            OutputLedger.Failed(state, result, SitePipelines.PageKinds.Select(k => k.Name));
            return new BuildReport(false, result.Diagnostics, result, null);
        }
        var stale = OutputLedger.Settle(state, result);
        if (stale.Made is { } made) output.DeleteAllBut(made.Select(d => Path.GetFullPath(Path.Combine(output.Path, d))).ToHashSet(StringComparer.Ordinal));
        else output.Delete(stale.Gone);
        return new BuildReport(true, result.Diagnostics, result, null);
    }

    /// <summary>
    /// Serve, before a rebuild: when the files changed since the last build are articles whose text
    /// alone changed (body, title, summary…), writes their pages at once (see <see cref="EditedPages"/>)
    /// and gives their destinations; else does nothing. The rebuild that follows is needed either way.
    /// </summary>
    public static Task<IReadOnlyList<string>> ShowEditedPagesAsync(BuildRequest request, CancellationToken cancellationToken = default) =>
        request.Incremental is { } state ? EditedPages.ShowAsync(state, Path.GetFullPath(request.Output), cancellationToken) : Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>Reads and checks the content only, writing nothing.</summary>
    public static async Task<BuildReport> LoadAsync(string input, Uri? baseUrl, BuildOptions options, CancellationToken cancellationToken = default)
    {
        var content = SitePipelines.Create(input, outputFolder: "", options, baseUrl).Where(p => p.Name == SitePipelines.Content).ToList();
        var result = await new Engine().RunAsync(content, cancellationToken);
        return new BuildReport(result.Succeeded, result.Diagnostics, result, null);
    }
}
