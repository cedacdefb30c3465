using System.Diagnostics;
using SiteGen.Search;

namespace SiteGen.Serving;

/// <summary>
/// The preview's search index, kept up to date behind the edits: after a build that wrote pages,
/// the preview's articles are indexed on one core (Pagefind, for its scripts, at a lower priority),
/// into a folder beside it, and the finished bundle is swapped in for the old one. Builds that come
/// while it runs make one more run after it (which reads the pages they wrote), never several at
/// once. Edits never wait for it.
/// </summary>
internal sealed class PreviewSearch(string preview, ToolLocation tools, TextWriter log, CancellationToken stopping)
{
    private readonly Lock _gate = new();
    private IReadOnlyList<IReadOnlyList<string>> _folders = [];
    private bool _running;
    private bool _again;
    private bool _unavailable;
    private Task _current = Task.CompletedTask;

    /// <summary>The run under way, or a completed task (tests wait on it).</summary>
    public Task Current { get { lock (_gate) return _current; } }

    /// <summary>The index is out of date: index <paramref name="folders"/> (the article folders) now, or after the run under way.</summary>
    public void Stale(IReadOnlyList<IReadOnlyList<string>> folders)
    {
        lock (_gate)
        {
            _folders = folders;
            if (_unavailable) return;
            if (_running)
            {
                _again = true;
                return;
            }
            _running = true;
            _current = Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        while (true)
        {
            IReadOnlyList<IReadOnlyList<string>> folders;
            lock (_gate)
            {
                _again = false;
                folders = _folders;
            }
            try
            {
                await IndexOnceAsync(folders);
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested || exception is OperationCanceledException)
            {
                // Whatever went wrong (a folder removed under it, an entry file Pagefind left unreadable), the
                // preview goes on serving and the next edit tries again: a faulted run would stop indexing for good.
                if (!stopping.IsCancellationRequested) await log.WriteLineAsync($"sitegen: the preview's search index could not be written: {exception.Message}");
            }
            lock (_gate)
            {
                if (!_again || _unavailable || stopping.IsCancellationRequested)
                {
                    _running = false;
                    return;
                }
            }
        }
    }

    private async Task IndexOnceAsync(IReadOnlyList<IReadOnlyList<string>> folders)
    {
        var started = Stopwatch.StartNew();
        var parent = Path.GetDirectoryName(preview)!;
        var next = Path.Combine(parent, "search-next");
        var old = Path.Combine(parent, "search-old");
        foreach (var folder in new[] { next, old })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var indexing = await PagefindIndexer.IndexAsync(preview, tools, stopping, folders, next, background: true);
        if (indexing.Unavailable is { } unavailable)
        {
            lock (_gate) _unavailable = true;
            await log.WriteLineAsync($"Search: {unavailable}");
            return;
        }
        if (indexing.Failure is { } failure)
        {
            await log.WriteLineAsync($"The preview's search index was not updated. {failure}");
            return;
        }
        var bundle = Path.Combine(preview, PagefindIndexer.Folder);
        if (Directory.Exists(bundle)) Directory.Move(bundle, old);
        Directory.Move(next, bundle);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        await log.WriteLineAsync($"Search index updated in {started.ElapsedMilliseconds} ms.");
    }
}
