using SiteGen.Documents;
using SiteGen.Pipeline;

namespace SiteGen.Incremental;

/// <summary>The output files an in-place build leaves behind: on the first build every file but those made, afterwards those no longer made.</summary>
internal sealed record StaleOutput(IReadOnlySet<string>? Made, IReadOnlySet<string> Gone);

/// <summary>
/// Serve builds in place: what each pipeline made is on record, so the files of pages that no
/// longer exist can be deleted, and a failed build forgets the page groups it may not have written.
/// </summary>
internal static class OutputLedger
{
    /// <summary>Counters of the coming build start at zero; nothing is shown early (<see cref="EditedPages"/>) until it succeeds.</summary>
    public static void Begin(IncrementalState state)
    {
        state.FilesWritten = 0;
        state.PagesRendered = 0;
        state.ForgetChanges();
        state.Shown = null;
        state.Reading = null;
        state.Markdown = null;
        state.ArticleSite = null;
    }

    /// <summary>
    /// A failed build: the pages the named kinds made documents for may not all have been written.
    /// (A content error stops the build before them: then they keep what they had, and fixing the
    /// file rebuilds as fast as any edit.)
    /// </summary>
    public static void Failed(IncrementalState state, EngineResult result, IEnumerable<string> pageKinds)
    {
        foreach (var kind in pageKinds)
            if (result[kind].Outputs.Count > 0) state.PageMemory.Invalidate(kind);
    }

    /// <summary>
    /// A build that succeeded: each pipeline's files, from its documents (all of them, or, when it
    /// made only changed groups, its former files with those removed and added); what no pipeline
    /// makes any more is forgotten and returned, to be deleted.
    /// </summary>
    public static StaleOutput Settle(IncrementalState state, EngineResult result)
    {
        var first = state.Produced is null;
        var produced = state.Produced ?? new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var gone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipeline in result.Pipelines)
        {
            var before = produced.GetValueOrDefault(pipeline.Name);
            var partial = before is not null && pipeline.Outputs.Any(d => d.Metadata.ContainsKey(Keys.Partial));
            var files = partial ? before! : new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in pipeline.Outputs.Where(d => d.Destination is not null && d.Metadata.ContainsKey(Keys.Removed)))
            {
                files.Remove(document.Destination!);
                gone.Add(document.Destination!);
            }
            foreach (var document in pipeline.Outputs.Where(d => d.Destination is not null && !d.Metadata.ContainsKey(Keys.Removed)))
                files.Add(document.Destination!);
            if (!partial && before is not null) gone.UnionWith(before.Where(d => !files.Contains(d)));
            produced[pipeline.Name] = files;
        }
        gone.RemoveWhere(d => produced.Values.Any(files => files.Contains(d)));
        foreach (var file in gone)
        {
            state.Pages.TryRemove(file, out _);
            state.Written.TryRemove(file, out _);
        }
        state.Produced = produced;
        foreach (var file in gone) state.Changed(file);
        state.Shown = state.Reading is { } reading && state.Markdown is { } markdown && state.ArticleSite is { } articles
            ? new ShownSite(reading, markdown, articles) : null;
        return new StaleOutput(first ? produced.Values.SelectMany(f => f).ToHashSet(StringComparer.Ordinal) : null, gone);
    }
}
