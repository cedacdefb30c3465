using SiteGen.Rules;

namespace SiteGen.Content.Markdown;

/// <summary>
/// A link an editor wrote to another content file (<c>[la loi](loi.md)</c>,
/// <c>[la loi](/fr/articles/loi.md)</c>): rendered with a placeholder address, then given the
/// page's address once every file is read, so it follows the target's slug.
/// </summary>
/// <param name="Written">The path as written, without its fragment (<c>loi.md</c>, <c>/fr/articles/loi.md</c>).</param>
/// <param name="Fragment">"#heading" when written, else "".</param>
public sealed record SourceLink(string Written, string Fragment, SourceLocation Location, string Placeholder)
{
    private const string Scheme = "sitegen-source:";

    /// <summary>https:, mailto: and the like: an address elsewhere, even when it ends in .md.</summary>
    private static readonly System.Text.RegularExpressions.Regex HasScheme = new("^[A-Za-z][A-Za-z0-9+.-]*:", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether the address names a Markdown file of the site rather than a page.</summary>
    public static bool Names(string url)
    {
        if (url.Length == 0 || url[0] == '#' || url.StartsWith("//", StringComparison.Ordinal) || HasScheme.IsMatch(url)) return false;
        var path = url.Split('#', '?')[0];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

    public static SourceLink Of(string url, SourceLocation location, int number)
    {
        var hash = url.IndexOf('#');
        var path = (hash < 0 ? url : url[..hash]).Split('?')[0];
        try { path = Uri.UnescapeDataString(path); }
        catch (UriFormatException) { }
        return new SourceLink(path, hash < 0 ? "" : url[hash..], location, Scheme + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The body with each placeholder replaced by its page's address.</summary>
    public static string Replace(string html, IReadOnlyList<(SourceLink Link, string Url)> resolved)
    {
        var text = new System.Text.StringBuilder(html);
        foreach (var (link, url) in resolved)
            text.Replace($"\"{link.Placeholder}\"", $"\"{System.Net.WebUtility.HtmlEncode(url + link.Fragment)}\"");
        return text.ToString();
    }
}
