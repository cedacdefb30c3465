using SiteGen.Rules;

namespace SiteGen.Checking;

/// <summary>
/// The page a broken link most likely meant: one whose last path segment is the link's (an old
/// address such as <c>/2017/08/24/picking-our-projects/</c> and the article that kept its slug),
/// else the nearest by edit distance among segments of about its length.
/// </summary>
internal sealed class NearestPage
{
    private readonly Dictionary<string, List<string>> _bySegment = new(StringComparer.Ordinal);

    /// <param name="pages">Every page's address path (<c>/news/fr/articles/loi/</c>).</param>
    public NearestPage(IEnumerable<string> pages)
    {
        foreach (var page in pages)
        {
            var segment = LastSegment(page);
            if (segment.Length == 0) continue;
            if (!_bySegment.TryGetValue(segment, out var list)) _bySegment[segment] = list = [];
            list.Add(page);
        }
    }

    public string? For(string path)
    {
        var segment = LastSegment(path);
        if (segment.Length == 0) return null;
        if (_bySegment.TryGetValue(segment, out var exact)) return exact.Order(StringComparer.Ordinal).First();
        var allowed = Math.Max(1, segment.Length / 3);
        var near = KeySuggestion.Nearest(segment, _bySegment.Keys.Where(k => Math.Abs(k.Length - segment.Length) <= allowed).ToList());
        return near is null ? null : _bySegment[near].Order(StringComparer.Ordinal).First();
    }

    private static string LastSegment(string path)
    {
        var trimmed = path.TrimEnd('/');
        var segment = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        return segment.EndsWith(".html", StringComparison.Ordinal) ? segment[..^5] : segment;
    }
}
