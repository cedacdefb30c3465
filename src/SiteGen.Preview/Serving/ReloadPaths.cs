namespace SiteGen.Serving;

/// <summary>
/// Which open pages a rebuild concerns: the addresses of the pages it wrote or deleted, so that
/// an edit to one article reloads that article's page and the lists that show it, not every tab
/// the editor has open. A stylesheet, script, image or data file changed, or a rebuild of a great
/// many pages (settings, the theme), concerns every page: null.
/// </summary>
internal static class ReloadPaths
{
    /// <summary>Beyond this many pages, telling each is longer than reloading them all.</summary>
    private const int MostPages = 500;

    /// <param name="destinations">Output files, relative to the output folder (fr/articles/x/index.html).</param>
    /// <param name="basePath">The site's base path, with its slashes (/ or /news/).</param>
    public static IReadOnlyList<string>? Of(IReadOnlyCollection<string> destinations, string basePath)
    {
        if (destinations.Count > MostPages) return null;
        var paths = new List<string>(destinations.Count);
        foreach (var destination in destinations)
        {
            var file = destination.Replace('\\', '/');
            if (file.EndsWith(".xml", StringComparison.Ordinal) || file.EndsWith(".txt", StringComparison.Ordinal)) continue; // feeds, sitemaps, robots: no page shows them
            if (!file.EndsWith(".html", StringComparison.Ordinal)) return null;
            paths.Add(basePath + (file == "index.html" || file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file));
        }
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }
}
