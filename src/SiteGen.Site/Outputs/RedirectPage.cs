using SiteGen.Content.Aggregates;

namespace SiteGen.Outputs;

/// <summary>
/// The page at an old address: it sends browsers on at once (meta refresh), names the page as the
/// canonical one and asks search engines not to index it, and shows a plain link for anyone the
/// refresh does not move. `_redirects` (Netlify, Cloudflare Pages) lets those hosts answer 301 instead.
/// </summary>
internal static class RedirectPage
{
    public static string Html(Redirect redirect, string absoluteTarget)
    {
        var title = Escape(redirect.Title);
        var target = Escape(absoluteTarget);
        return $"""
            <!DOCTYPE html>
            <html lang="{redirect.Language}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{SiteGen.Theme.Rendering.SecurityPolicy.ForMeta}">
            <title>{title}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={target}">
            <link rel="canonical" href="{target}">
            </head>
            <body>
            <main>
            <p><a href="{Escape(redirect.To)}">{title}</a></p>
            </main>
            </body>
            </html>

            """;
    }

    /// <summary>One line per old address: <c>/news/2017/08/24/old/ /news/fr/articles/new/ 301</c>.</summary>
    public static string RedirectsFile(IEnumerable<Redirect> redirects) =>
        string.Concat(redirects.Select(r => $"{Encode(r.From)} {Encode(r.To)} 301\n"));

    /// <summary>Text in an element or a double-quoted attribute, other characters as they are.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Spaces would split a line of _redirects, and hosts match the encoded path: both percent-encoded.</summary>
    private static string Encode(string path)
    {
        var text = new System.Text.StringBuilder(path.Length);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(path))
            text.Append(b > 0x20 && b < 0x7F && b != '%' ? ((char)b).ToString() : $"%{b:X2}");
        return text.ToString();
    }
}
