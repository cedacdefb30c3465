namespace SiteGen.Search;

/// <summary>
/// Cuts a language's folders into parts of at most a given number of pages, each a glob for one Pagefind
/// run: the folders' entries (an article's folder, a page) in ordinal order, never one entry over two parts.
/// </summary>
internal static class PagefindParts
{
    /// <summary>The glob that takes every page under <paramref name="folders"/>.</summary>
    public static string[] Glob(IReadOnlyList<string> folders) => folders.Count switch
    {
        0 => [],
        1 => ["--glob", $"{folders[0]}/**/*.html"],
        _ => ["--glob", $"{{{string.Join(',', folders)}}}/**/*.html"],
    };

    /// <summary>
    /// The globs of the parts, or null when the folders hold no more than <paramref name="pagesPerPart"/> pages (one run
    /// takes them) or an entry's name would need escaping in a glob (slugs never do).
    /// </summary>
    public static IReadOnlyList<string>? Of(string site, IReadOnlyList<string> folders, int pagesPerPart)
    {
        var entries = new List<(string Pattern, int Pages)>();
        foreach (var folder in folders)
        {
            var path = Path.Combine(site, folder);
            if (!Directory.Exists(path)) continue;
            foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.Name.AsSpan().IndexOfAny("*?[]{},\\!") >= 0) return null;
                if (entry is DirectoryInfo directory && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    var pages = directory.EnumerateFiles("*.html", SearchOption.AllDirectories).Count();
                    if (pages > 0) entries.Add(($"{folder}/{entry.Name}/**/*.html", pages));
                }
                else if (entry is FileInfo && entry.Name.EndsWith(".html", StringComparison.Ordinal))
                    entries.Add(($"{folder}/{entry.Name}", 1));
            }
        }
        var total = entries.Sum(e => e.Pages);
        if (total <= pagesPerPart) return null;
        // Parts of even size: 5,000 pages at 2,000 a part make three of about 1,667.
        var target = (int)Math.Ceiling(total / Math.Ceiling(total / (double)pagesPerPart));
        var parts = new List<string>();
        var part = new List<string>();
        var size = 0;
        foreach (var (pattern, pages) in entries)
        {
            if (size > 0 && size + pages > target)
            {
                parts.Add(Brace(part));
                part = [];
                size = 0;
            }
            part.Add(pattern);
            size += pages;
        }
        if (part.Count > 0) parts.Add(Brace(part));
        return parts;

        static string Brace(List<string> patterns) => patterns.Count == 1 ? patterns[0] : $"{{{string.Join(',', patterns)}}}";
    }
}
