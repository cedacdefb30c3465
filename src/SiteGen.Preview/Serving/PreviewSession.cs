using SiteGen.Incremental;
using System.Diagnostics;
using SiteGen.Building;
using SiteGen.Content.Loading;
using SiteGen.Rules;
using SiteGen.Search;

namespace SiteGen.Serving;

/// <summary>
/// <c>sitegen serve</c>: builds the site into a preview folder, serves it on 127.0.0.1 with live
/// reload, watches the input folder and rebuilds on every change. A build with errors does not
/// stop the server: open pages show the errors over the last good site until the file is fixed.
/// A rebuild reads again only the files that changed and writes only the files whose bytes
/// changed; the preview is always, file for file, what <c>build</c> would write.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly string _input;
    private readonly string _preview;
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly PreviewHooks _hooks = new();
    private readonly IncrementalState _state = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly IdleCollector _collector = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly string? _themeAssets;
    private readonly PreviewSearch? _search;
    private FileSystemWatcher? _watcher;
    private FileSystemWatcher? _themeWatcher;
    private Timer? _debounce;
    private StaticSiteServer? _server;
    private int _builds;
    private string _basePath = "/";

    private PreviewSession(string input, BuildOptions options, TextWriter log, ToolLocation? search)
    {
        _input = Path.GetFullPath(input);
        _options = options;
        _log = log;
        // Run from the repository (input/ beside theme/), the preview takes the theme's stylesheet and
        // scripts from theme/assets and rebuilds when they change, rather than those compiled in.
        var themeAssets = Path.Combine(Path.GetDirectoryName(_input) ?? _input, "theme", "assets");
        _themeAssets = Directory.Exists(themeAssets) ? themeAssets : null;
        _preview = Path.Combine(Path.GetTempPath(), "sitegen-serve", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_input)))[..16], "site");
        _search = search is null ? null : new PreviewSearch(_preview, search, log, _stopping.Token);
    }

    public Uri Address => _server!.Address;

    /// <summary>The folder the preview is built in (removed, with what is beside it, when the session ends).</summary>
    internal string Folder => _preview;

    /// <summary>The theme's asset folder the preview takes its stylesheet and scripts from, if it runs beside one.</summary>
    public string? ThemeAssets => _themeAssets;

    /// <summary>Completes after each rebuild, successful or not (tests wait on it).</summary>
    public event Action<BuildReport>? Rebuilt;

    /// <summary>The search index's run under way, or a completed task when none is (tests wait on it).</summary>
    public Task SearchIndexRun => _search?.Current ?? Task.CompletedTask;

    /// <param name="search">Where to look for Pagefind to keep a search index of the preview; none when null.</param>
    public static async Task<PreviewSession> StartAsync(string input, int port, BuildOptions options, TextWriter log, CancellationToken cancellationToken = default,
        ToolLocation? search = null)
    {
        var session = new PreviewSession(input, options, log, search);
        try
        {
            // Stopped while the first build runs (Ctrl+C on a large site): the build ends early too.
            await using var stopping = cancellationToken.Register(session._stopping.Cancel);
            // Watching first: a change made while the first build runs is seen, and rebuilt after it.
            session.Watch();
            await session.RebuildAsync();
            await session.WarmUpAsync();
            session._server = await StaticSiteServer.StartAsync(session._preview, session.BasePath(), port, session._hooks, cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>The base path of site.yml's baseUrl, or "/" while site.yml cannot be read.</summary>
    private string BasePath()
    {
        var site = Path.Combine(_input, "site.yml");
        var settings = File.Exists(site) ? SiteFiles.ReadSettings(site, File.ReadAllBytes(site), new List<Diagnostic>()) : null;
        return settings?.BasePath ?? "/";
    }

    public async Task<BuildReport> RebuildAsync()
    {
        await _building.WaitAsync(_stopping.Token);
        _collector.Postpone();
        try
        {
            var started = Stopwatch.StartNew();
            var request = Request();
            // An edit to an article's text shows in its open page first; the rebuild then makes the rest.
            var shown = await SiteBuilder.ShowEditedPagesAsync(request, _stopping.Token);
            if (shown.Count > 0)
            {
                _hooks.SiteRebuilt(Interlocked.Increment(ref _builds), ReloadPaths.Of(shown, _basePath));
                await _log.WriteLineAsync($"Shown in {started.ElapsedMilliseconds} ms: {string.Join(", ", shown)}.");
            }
            var report = await SiteBuilder.BuildAsync(request, _stopping.Token);
            if (report.Succeeded)
            {
                _hooks.HasSite = true;
                // The base path of the site just built (site.yml may have changed): read from its content, not from the file again.
                _basePath = report.Index?.Content.Site.BasePath ?? _basePath;
                _hooks.SiteRebuilt(Interlocked.Increment(ref _builds), ReloadPaths.Of(_state.FilesChanged, _basePath));
                if (_search is not null && report.Index is { } index) IndexIfArticlesChanged(index.Content.Site, shown.Concat(_state.FilesChanged));
                await _log.WriteLineAsync($"Rebuilt in {started.ElapsedMilliseconds} ms: {_state.ArticlesParsed} article(s) read again, {_state.PagesRendered} page(s) rendered, {_state.FilesWritten} file(s) written.");
            }
            else
            {
                foreach (var diagnostic in report.Diagnostics) await _log.WriteLineAsync(diagnostic.ToString());
                if (report.Refusal is { } refusal) await _log.WriteLineAsync(refusal);
                _hooks.BuildFailed(report.Diagnostics);
                await _log.WriteLineAsync("The build failed; the browser shows the errors until they are fixed.");
            }
            Rebuilt?.Invoke(report);
            return report;
        }
        finally
        {
            _collector.Schedule();
            _building.Release();
        }
    }

    /// <summary>The search index is out of date when an article's page was written or deleted (early, or by the rebuild).</summary>
    private void IndexIfArticlesChanged(SiteGen.Content.Model.SiteSettings site, IEnumerable<string> files)
    {
        var folders = PagefindIndexer.IndexedFolders(site);
        if (files.Any(file => file.EndsWith(".html", StringComparison.Ordinal) && folders.Any(group => group.Any(folder => file.StartsWith(folder + "/", StringComparison.Ordinal)))))
            _search!.Stale(folders);
    }

    /// <summary>An incremental build of the preview, as of now (scheduled articles come in and go out with time).</summary>
    private BuildRequest Request() => new(_input, _preview, null, _options with { Now = DateTimeOffset.UtcNow })
    {
        Search = false,
        Incremental = _state,
        ThemeAssets = _themeAssets,
    };

    /// <summary>
    /// A rebuild with nothing to do, right after the first build: the code of incremental rebuilds
    /// is compiled then, not during the editor's first edit (which it made about twice as long).
    /// </summary>
    private async Task WarmUpAsync()
    {
        await _building.WaitAsync(_stopping.Token);
        try
        {
            await SiteBuilder.BuildAsync(Request(), _stopping.Token);
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>
    /// How long the input stays still before a rebuild: one save is a burst of events (truncate,
    /// write, close, or a write to a temporary file and a rename) microseconds apart, and a
    /// checkout of many files keeps postponing the rebuild until it is done. Every millisecond
    /// here is one more before the editor sees the change (it was 150 ms, a third of the wait).
    /// </summary>
    private const int QuietMilliseconds = 20;

    private void Watch()
    {
        _debounce = new Timer(_ => _ = RebuildQuietlyAsync(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_input)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) =>
        {
            _state.InputChanges.Changed(e.FullPath);
            _debounce.Change(QuietMilliseconds, Timeout.Infinite);
        };
        _watcher.Changed += changed;
        _watcher.Created += changed;
        _watcher.Deleted += changed;
        _watcher.Renamed += (_, e) =>
        {
            _state.InputChanges.Changed(e.OldFullPath);
            _state.InputChanges.Changed(e.FullPath);
            _debounce.Change(QuietMilliseconds, Timeout.Infinite);
        };
        // Events were lost (the kernel's queue overflowed): the next rebuild looks at every file.
        _watcher.Error += (_, _) =>
        {
            _state.InputChanges.Unknown();
            _debounce.Change(QuietMilliseconds, Timeout.Infinite);
        };
        _state.InputChanges.Watch();
        _watcher.EnableRaisingEvents = true;
        if (_themeAssets is null) return;
        _themeWatcher = new FileSystemWatcher(_themeAssets) { IncludeSubdirectories = true, NotifyFilter = _watcher.NotifyFilter };
        FileSystemEventHandler themeChanged = (_, _) => _debounce.Change(QuietMilliseconds, Timeout.Infinite);
        _themeWatcher.Changed += themeChanged;
        _themeWatcher.Created += themeChanged;
        _themeWatcher.Deleted += themeChanged;
        _themeWatcher.Renamed += (_, _) => _debounce.Change(QuietMilliseconds, Timeout.Infinite);
        _themeWatcher.EnableRaisingEvents = true;
    }

    private async Task RebuildQuietlyAsync()
    {
        try { await RebuildAsync(); }
        catch (OperationCanceledException) { }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await _log.WriteLineAsync($"sitegen: the preview could not be written: {exception.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        // The pages' event streams end first: a rebuild still running (the debounce waits for it)
        // must not keep them open until the server's shutdown timeout cuts them mid-response.
        _hooks.Close();
        _watcher?.Dispose();
        _themeWatcher?.Dispose();
        _collector.Dispose();
        if (_debounce is not null) await _debounce.DisposeAsync();
        _hooks.Close();
        if (_server is not null) await _server.DisposeAsync();
        // A search index under way stops with the session (its Pagefind killed) before the preview folder goes.
        if (_search is not null) await _search.Current;
        try { Directory.Delete(Path.GetDirectoryName(_preview)!, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
