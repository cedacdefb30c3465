using System.Diagnostics;

namespace SiteGen.Search;

/// <summary>Where to look for Pagefind: node_modules above <paramref name="WorkingFolder"/>, then npx and node on <paramref name="SearchPath"/>.</summary>
public sealed record ToolLocation(string WorkingFolder, string SearchPath)
{
    public static ToolLocation FromEnvironment() => new(Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PATH") ?? "");
}

/// <summary>How indexing went: done, impossible here (no Node.js), or failed with Pagefind's own words.</summary>
public sealed record SearchIndexing(bool Indexed, string? Unavailable, string? Failure);

/// <summary>
/// Indexes a built site for Pagefind's search, pinned at <see cref="Version"/>: SiteGen writes the index itself in
/// Pagefind's format (<see cref="PagefindIndexBuilder"/>: each page under its &lt;html lang&gt;, French stemming and
/// accent folding included, only the parts marked data-pagefind-body, here the articles), and takes from Pagefind the
/// search scripts and WebAssembly the pages load (<see cref="PagefindAssets"/>). Pagefind is the executable of
/// node_modules (@pagefind/&lt;platform&gt;-&lt;cpu&gt;) when the repository's package.json was installed, else npx
/// fetches the pinned version from the npm registry once.
/// </summary>
public static class PagefindIndexer
{
    public const string Version = "1.6.0";
    public const string Folder = "pagefind";

    /// <param name="only">The folders (relative to <paramref name="site"/>) that hold the indexed pages, one group per
    /// language: no other file is read. The articles are the only pages with data-pagefind-body; opening and parsing every
    /// topic, archive and timeline page to find that out was a third of Pagefind's work on a large site.</param>
    /// <param name="outputPath">Where the bundle goes, instead of <see cref="Folder"/> inside <paramref name="site"/> (serve
    /// writes it beside the preview, then swaps it in).</param>
    /// <param name="background">Index on one core, so the edits serve rebuilds meanwhile are not slowed.</param>
    public static async Task<SearchIndexing> IndexAsync(string site, ToolLocation tools, CancellationToken cancellationToken,
        IReadOnlyList<IReadOnlyList<string>>? only = null, string? outputPath = null, bool background = false)
    {
        var command = Locate(tools);
        if (command is null)
            return new SearchIndexing(false, "Node.js was not found, so the site has no search index; install Node.js to add it. Everything else is built.", null);
        var bundle = Path.GetFullPath(outputPath ?? Path.Combine(site, Folder));
        var pages = Pages(site, only);
        IReadOnlyList<PagefindIndexBuilder.Language> indexed;
        try
        {
            indexed = await Task.Run(() => PagefindIndexBuilder.Write(site, pages, bundle, cancellationToken, background ? 1 : -1), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new SearchIndexing(false, null, $"The search index could not be written in {bundle}: {exception.Message}");
        }
        var assets = await PagefindAssets.WriteAsync(bundle, [.. indexed.Select(l => l.Code)],
            (arguments, token) => RunAsync(command.Value, arguments, background, token), cancellationToken);
        if (!assets.Indexing.Indexed) return assets.Indexing;
        await File.WriteAllTextAsync(Path.Combine(bundle, PagefindEntry.FileName), PagefindEntry.Write(indexed, assets.Entry!), cancellationToken);
        return new SearchIndexing(true, null, null);
    }

    /// <summary>
    /// The pages to index, relative to the site and '/'-separated, in ordinal order: every .html file under the given
    /// folders (under the whole site when none are given), links left out: nothing is read from outside the site.
    /// </summary>
    private static IReadOnlyList<string> Pages(string site, IReadOnlyList<IReadOnlyList<string>>? only)
    {
        var root = Path.GetFullPath(site);
        var folders = only is { Count: > 0 } ? only.SelectMany(group => group).Select(f => Path.Combine(root, f)) : [root];
        var pages = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var folder in folders.Where(Directory.Exists))
            pages.AddRange(Directory.EnumerateFiles(folder, "*.html", options).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));
        pages.Sort(StringComparer.Ordinal);
        return pages;
    }

    private static async Task<SearchIndexing> RunAsync((string File, string[] Arguments) command, IEnumerable<string> arguments, bool background,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command.File)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            if (background) LowerPriority(process);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Stopped (Ctrl+C, serve closing): Pagefind must not go on writing into a folder about to be removed.
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw;
            }
            if (process.ExitCode == 0) return new SearchIndexing(true, null, null);
            var words = ((await error).Trim() + "\n" + (await output).Trim()).Trim();
            return new SearchIndexing(false, null, $"Pagefind {Version} failed (exit {process.ExitCode}): {words}");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return new SearchIndexing(false, $"Pagefind could not be started ({exception.Message}), so the site has no search index. Everything else is built.", null);
        }
    }

    /// <summary>The folders of the indexed pages, a group per language: its articles.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> IndexedFolders(SiteGen.Content.Model.SiteSettings site) =>
        site.Languages.Select(l => (IReadOnlyList<string>)[$"{l.Code}/{l.Paths.Articles}"]).ToList();

    private static void LowerPriority(Process process)
    {
        try { process.PriorityClass = ProcessPriorityClass.BelowNormal; }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    private static (string File, string[] Arguments)? Locate(ToolLocation tools)
    {
        for (var folder = new DirectoryInfo(tools.WorkingFolder); folder is not null; folder = folder.Parent)
        {
            if (Binary(Path.Combine(folder.FullName, "node_modules")) is { } binary) return (binary, []);
            var local = Path.Combine(folder.FullName, "node_modules", ".bin", "pagefind");
            if (File.Exists(local)) return (local, []);
        }
        var npx = FindOnPath("npx", tools.SearchPath);
        return npx is null || FindOnPath("node", tools.SearchPath) is null ? null : (npx, ["--yes", $"pagefind@{Version}"]);
    }

    /// <summary>
    /// The executable the npm package's wrapper would start (its resolveBinary.js: @pagefind/&lt;platform&gt;-&lt;cpu&gt;,
    /// pagefind_extended first), started directly: the wrapper is a Node.js process around it, about half a second a run.
    /// </summary>
    private static string? Binary(string nodeModules)
    {
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : null;
        var cpu = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x64",
            System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
            _ => null,
        };
        if (platform is null || cpu is null) return null;
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        return new[] { "pagefind_extended", "pagefind" }
            .Select(name => Path.Combine(nodeModules, "@pagefind", $"{platform}-{cpu}", "bin", name + suffix))
            .FirstOrDefault(File.Exists);
    }

    private static string? FindOnPath(string name, string searchPath) =>
        searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
