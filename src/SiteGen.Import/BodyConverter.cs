using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>A shortcode or other part of a body the import left as it was, with its place in the Hugo file.</summary>
internal sealed record Leftover(string Path, int Line, int Column, string Kind, string Message);

/// <summary>
/// A Hugo body as SiteGen reads it: shortcodes with a plain equivalent converted (figure, youtube,
/// vimeo, ref, relref, highlight), every other one kept as text and reported at its place;
/// addresses of files under <c>static/</c> and of a bundle's own files moved under <c>/assets/</c>.
/// </summary>
internal sealed partial class BodyConverter(Func<string, string?> staticAsset, Func<HugoPage, string, string?> resolveRef)
{
    [GeneratedRegex(@"\{\{(?<open>[<%])\s*(?<close>/?)\s*(?<name>[A-Za-z][\w.-]*)(?<params>(?:[^}]|\}(?!\}))*?)\s*[>%]\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"(?<name>[A-Za-z][\w-]*)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""']+))|""(?<value>[^""]*)""|(?<value>[^\s""'=]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();

    [GeneratedRegex(@"(?<before>\]\(\s*<?|(?:src|href)\s*=\s*[""'])(?<url>[^)\s""'>]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    public string Convert(HugoPage page, List<Leftover> leftovers, List<(string From, string To)> bundleFiles)
    {
        var body = page.Body.Replace("\r\n", "\n");
        body = Highlights(body);
        body = Shortcode().Replace(body, match => Shortcode(page, body, match, leftovers));
        body = Address().Replace(body, match => match.Groups["before"].Value + Rewrite(page, match.Groups["url"].Value, bundleFiles));
        return body;
    }

    /// <summary><c>{{&lt; highlight go &gt;}} … {{&lt; /highlight &gt;}}</c> becomes a fenced code block.</summary>
    private static string Highlights(string body) => Regex.Replace(body,
        @"\{\{<\s*highlight\s+(?<language>[\w+#-]+)[^>]*>\}\}\n?(?<code>.*?)\n?\{\{<\s*/highlight\s*>\}\}",
        m => $"```{m.Groups["language"].Value}\n{m.Groups["code"].Value.TrimEnd('\n')}\n```", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private string Shortcode(HugoPage page, string body, Match match, List<Leftover> leftovers)
    {
        var name = match.Groups["name"].Value;
        var parameters = Parameters(match.Groups["params"].Value);
        string? Get(string key, int position) =>
            parameters.FirstOrDefault(p => p.Name == key).Value ?? (position >= 0 && position < parameters.Count(p => p.Name is null) ? parameters.Where(p => p.Name is null).ElementAt(position).Value : null);
        if (match.Groups["close"].Value.Length == 0)
        {
            switch (name)
            {
                case "figure" when Get("src", 0) is { } src:
                    var alt = Get("alt", -1) ?? "";
                    var caption = Get("caption", -1) ?? Get("title", -1);
                    return $"![{alt.Replace("]", "\\]")}]({src}{(caption is null ? "" : $" \"{caption.Replace("\"", "\\\"")}\"")})";
                case "youtube" when Get("id", 0) is { } id:
                    return $"\n\nhttps://www.youtube.com/watch?v={id}\n\n";
                case "vimeo" when Get("id", 0) is { } id:
                    return $"\n\nhttps://vimeo.com/{id}\n\n";
                case "ref" or "relref" when Get("path", 0) is { } target:
                    if (resolveRef(page, target) is { } resolved) return resolved;
                    break;
            }
        }
        var (line, column) = Place(page, body, match.Index);
        leftovers.Add(new Leftover(page.SourcePath, line, column, "shortcode", name is "ref" or "relref"
            ? $"{{{{< {name} >}}}} names '{Get("path", 0)}', which is no page of the Hugo site; it is kept as text: write the link to the article's file instead."
            : $"The shortcode {{{{{match.Groups["open"].Value} {match.Groups["close"].Value}{name} … }}}} has no plain equivalent and is kept as text; write what it shows in Markdown or HTML."));
        return match.Value;
    }

    private static List<(string? Name, string Value)> Parameters(string text) =>
        Parameter().Matches(text).Select(m => (m.Groups["name"].Success ? m.Groups["name"].Value : null, m.Groups["value"].Value)).ToList();

    private string Rewrite(HugoPage page, string url, List<(string From, string To)> bundleFiles)
    {
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            return staticAsset(url.Split('?', '#')[0]) is { } asset ? asset + url[url.Split('?', '#')[0].Length..] : url;
        if (!page.IsBundle || url.Contains(':') || url.StartsWith('#') || url.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return url;
        var resource = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page.SourcePath)!, Uri.UnescapeDataString(url.Split('?', '#')[0])));
        if (!File.Exists(resource) || !resource.StartsWith(Path.GetDirectoryName(page.SourcePath)! + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return url;
        var target = $"/assets/{(page.Section.Length > 0 ? page.Section + "/" : "")}{page.Name}/{Path.GetRelativePath(Path.GetDirectoryName(page.SourcePath)!, resource).Replace('\\', '/')}";
        bundleFiles.Add((resource, target));
        return target;
    }

    private static (int Line, int Column) Place(HugoPage page, string body, int offset)
    {
        var before = body.AsSpan(0, offset);
        var lines = before.Count('\n');
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (page.BodyFirstLine + lines, column);
    }
}
