using System.Diagnostics;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>Where to look for Pagefind: node_modules above <paramref name="WorkingFolder"/>, then npx and node on <paramref name="SearchPath"/>.</summary>
public sealed record ToolLocation(string WorkingFolder, string SearchPath)
{
    public static ToolLocation FromEnvironment() => new(Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PATH") ?? "");
}

/// <summary>How indexing went: done, impossible here (no Node.js), or failed with Pagefind's own words.</summary>
public sealed record SearchIndexing(bool Indexed, string? Unavailable, string? Failure);

/// <summary>
/// Indexes a built site with Pagefind, pinned at <see cref="Version"/>: it indexes each page under
/// its &lt;html lang&gt; (French stemming and accent folding included) and only the parts marked
/// data-pagefind-body, here the articles. It starts the Pagefind executable of node_modules (@pagefind/<platform>-<cpu>) when the repository's
/// package.json was installed, else npx fetches the pinned version from the npm registry once.
/// </summary>
public static class PagefindIndexer
{
    public const string Version = "1.6.0";
    public const string Folder = "pagefind";

    /// <param name="only">The folders (relative to <paramref name="site"/>) that hold the indexed pages, one group per
    /// language: Pagefind reads no other file. The articles are the only pages with data-pagefind-body; letting it open and
    /// parse every topic, archive and timeline page to find that out was a third of its work on a large site. Each group is
    /// indexed by a run of its own into the same bundle, and their entry files are merged: Pagefind indexes each language
    /// apart anyway, so the bundle is byte for byte the one a single run writes, at the peak memory of the larger language
    /// (10,000 articles: 657 MB instead of 1,097 MB). A language split over two groups would keep only the last one's index.</param>
    /// <param name="outputPath">Where the bundle goes, instead of <see cref="Folder"/> inside <paramref name="site"/> (serve
    /// writes it beside the preview, then swaps it in).</param>
    /// <param name="background">Run Pagefind at a lower priority than SiteGen, so the edits it indexes behind are not slowed.</param>
    /// <param name="pagesPerRun">The most pages one run indexes: a larger language is indexed in parts of about equal size,
    /// joined into its bundle by <see cref="PagefindJoin"/>. A run's memory grows with its pages (about 130 KB each; 5,000
    /// French articles: 660 MB), so this bounds the peak whatever the site's size.</param>
    public static async Task<SearchIndexing> IndexAsync(string site, ToolLocation tools, CancellationToken cancellationToken,
        IReadOnlyList<IReadOnlyList<string>>? only = null, string? outputPath = null, bool background = false, int pagesPerRun = PagesPerRun)
    {
        var command = Locate(tools);
        if (command is null)
            return new SearchIndexing(false, "Node.js was not found, so the site has no search index; install Node.js to add it. Everything else is built.", null);
        var bundleFolder = Path.GetFullPath(outputPath ?? Path.Combine(site, Folder));
        string[] bundle = outputPath is null ? ["--output-subdir", Folder] : ["--output-path", outputPath];
        var entryFile = Path.Combine(bundleFolder, PagefindEntry.FileName);
        var entries = new List<string>();
        var joined = false;
        foreach (var folders in Runs(site, only))
        {
            if (PagefindParts.Of(site, folders, pagesPerRun) is { } parts)
            {
                var (run, entry) = await IndexInPartsAsync(command.Value, site, bundleFolder, parts, background, cancellationToken);
                if (!run.Indexed) return run;
                entries.Add(entry!);
                joined = true;
                continue;
            }
            var whole = await RunAsync(command.Value, [.. command.Value.Arguments, "--site", site, .. bundle, "--quiet", .. PagefindParts.Glob(folders)],
                background, cancellationToken);
            if (!whole.Indexed) return whole;
            if (File.Exists(entryFile)) entries.Add(await File.ReadAllTextAsync(entryFile, cancellationToken));
        }
        if (entries.Count > 1 || joined) await File.WriteAllTextAsync(entryFile, PagefindEntry.Merge(entries), cancellationToken);
        return new SearchIndexing(true, null, null);
    }

    public const int PagesPerRun = 2500;

    /// <summary>
    /// One run per part, over a site of links to its pages, into a folder of its own inside the bundle, then the parts joined
    /// into the bundle; the language's entry, or null with the failure.
    /// </summary>
    private static async Task<(SearchIndexing Run, string? Entry)> IndexInPartsAsync((string File, string[] Arguments) command, string site,
        string bundleFolder, IReadOnlyList<IReadOnlyList<string>> parts, bool background, CancellationToken cancellationToken)
    {
        var work = Path.Combine(bundleFolder, ".parts");
        var outputs = parts.Select((_, i) => Path.Combine(work, $"index-{i}")).ToList();
        try
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            for (var i = 0; i < parts.Count; i++)
            {
                var root = Path.Combine(work, $"site-{i}");
                PagefindParts.Link(site, root, parts[i]);
                var run = await RunAsync(command, [.. command.Arguments, "--site", root, "--output-path", outputs[i], "--quiet"], background, cancellationToken);
                if (!run.Indexed) return (run, null);
            }
            try
            {
                return (new SearchIndexing(true, null, null), PagefindJoin.Join(bundleFolder, outputs));
            }
            catch (Exception exception) when (exception is InvalidDataException or System.Formats.Cbor.CborContentException or JsonException
                                                 or InvalidOperationException or KeyNotFoundException)
            {
                // Pagefind is pinned, and the join is tested against its output: this is a bundle it did not write.
                return (new SearchIndexing(false, null, $"Pagefind {Version}'s index of {parts[0][0]} and the pages after it could not be joined: {exception.Message}"), null);
            }
        }
        finally
        {
            // The links go, not what they point to.
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
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

    /// <summary>
    /// The runs to make: each group that holds a page (Pagefind fails on a glob that finds none, as for a
    /// language without articles yet); all folders in one run when none does, or everything when none are given.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<string>> Runs(string site, IReadOnlyList<IReadOnlyList<string>>? only)
    {
        if (only is not { Count: > 0 }) return [[]];
        bool HoldsPages(string folder)
        {
            var path = Path.Combine(site, folder);
            return Directory.Exists(path) && Directory.EnumerateFiles(path, "*.html", SearchOption.AllDirectories).Any();
        }
        var runs = only.Where(group => group.Any(HoldsPages)).ToList();
        return runs.Count > 0 ? runs : [[.. only.SelectMany(group => group)]];
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
