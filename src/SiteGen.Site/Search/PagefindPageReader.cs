using System.Text;

namespace SiteGen.Search;

/// <summary>What Pagefind takes from one page: its text with the marks of weights and anchors, its filters, sorts and meta.</summary>
/// <param name="Digest">The indexed text, normalised, with Pagefind's ___PAGEFIND_…___ marks in it.</param>
/// <param name="HasCustomBody">The page holds an element marked data-pagefind-body (then only what such elements hold is indexed).</param>
internal sealed record PagefindPageData(
    string Digest,
    SortedDictionary<string, List<string>> Filters,
    SortedDictionary<string, string> Sort,
    SortedDictionary<string, string> Meta,
    Dictionary<string, string> AnchorContent,
    bool HasCustomBody,
    string Language);

/// <summary>
/// Reads a page as Pagefind 1.6's parser (its fossick/parser.rs, over lol_html) reads it: the text of every element
/// but head, script, style, nav, footer, form and the like; only that of the data-pagefind-body elements when there are
/// some; data-pagefind-ignore, -weight, -filter, -sort, -meta, -default-meta and -index-attrs; a full stop after a
/// sentence element (h1–h6, p, td, div, ul, li, article, section) whose text ends in a word; headings weighted 7 to 2;
/// the elements with an id as anchors; the first h1 as the title and the first image after it as the image when the
/// page names none. Text is kept as written (entities are decoded when the digest is normalised, as Pagefind does).
/// The pages are SiteGen's own, so the HTML is well formed: an end tag closes the open element of its name.
/// </summary>
internal sealed class PagefindPageReader
{
    private static readonly HashSet<string> SentenceElements = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section"];
    private static readonly HashSet<string> InlineElements =
    [
        "a", "abbr", "acronym", "b", "bdo", "big", "br", "button", "cite", "code", "dfn", "em", "i", "img", "input", "kbd", "label",
        "map", "object", "output", "q", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "tt", "var",
    ];
    private static readonly HashSet<string> RemovedElements = ["head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav", "iframe", "template"];
    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];
    private static readonly HashSet<string> RawTextElements = ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"];

    private enum Status { Indexing, Ignored, Excluded, Body, ParentOfBody }

    private sealed class Node
    {
        public StringBuilder Value { get; } = new();
        public Node? Parent { get; init; }
        public string Tag { get; init; } = "";
        public Status Status { get; set; }
        public List<string>? Filter { get; init; }
        public List<string>? Sort { get; init; }
        public List<string>? Meta { get; init; }
        public List<string>? DefaultMeta { get; init; }
        public string? Weight { get; init; }
        public List<string>? AnchorIds { get; init; }

        public (string Name, string Value)? Pair(string input)
        {
            var colon = input.IndexOf(':');
            if (colon >= 0) return (input[..colon], PagefindText.Normalize(input[(colon + 1)..]));
            return Value.Length == 0 ? null : (input, PagefindText.Normalize(Value.ToString()));
        }
    }

    private Node current = new();
    private readonly SortedDictionary<string, List<string>> filters = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> sort = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> meta = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> defaultMeta = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> anchorContent = new(StringComparer.Ordinal);
    private string? language;
    private int anchorCounter;

    public static PagefindPageData Read(string html)
    {
        var reader = new PagefindPageReader();
        reader.Parse(html);
        return reader.Wrap();
    }

    private void Parse(string html)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0) { Text(html.AsSpan(i)); break; }
            if (lt > i) Text(html.AsSpan(i, lt - i));
            i = lt;
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
            }
            else if (i + 1 < html.Length && (html[i + 1] == '!' || html[i + 1] == '?'))
            {
                var end = html.IndexOf('>', i);
                i = end < 0 ? html.Length : end + 1;
            }
            else if (i + 1 < html.Length && html[i + 1] == '/' && i + 2 < html.Length && char.IsAsciiLetter(html[i + 2]))
            {
                var nameEnd = i + 2;
                while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] != '>' && html[nameEnd] != '/') nameEnd++;
                var name = html[(i + 2)..nameEnd].ToLowerInvariant();
                var end = html.IndexOf('>', nameEnd);
                i = end < 0 ? html.Length : end + 1;
                End(name);
            }
            else if (i + 1 < html.Length && char.IsAsciiLetter(html[i + 1]))
            {
                i = StartTag(html, i);
            }
            else
            {
                Text("<");
                i++;
            }
        }
    }

    /// <summary>Reads the start tag at <paramref name="at"/>, and the text of a raw text element with its end; the index after them.</summary>
    private int StartTag(string html, int at)
    {
        var i = at + 1;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>' && html[i] != '/') i++;
        var name = html[(at + 1)..i].ToLowerInvariant();
        var attributes = new List<(string Name, string Value)>();
        while (i < html.Length && html[i] != '>')
        {
            if (char.IsWhiteSpace(html[i]) || html[i] == '/') { i++; continue; }
            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') i++;
            var attribute = html[nameStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i < html.Length && (html[i] == '"' || html[i] == '\''))
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    if (end < 0) end = html.Length;
                    value = html[(i + 1)..end];
                    i = Math.Min(html.Length, end + 1);
                }
                else
                {
                    var start = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                    value = html[start..i];
                }
            }
            if (!attributes.Exists(a => a.Name == attribute)) attributes.Add((attribute, value));
        }
        i = Math.Min(html.Length, i + 1);
        var isVoid = VoidElements.Contains(name);
        Start(name, attributes, isVoid);
        if (isVoid || !RawTextElements.Contains(name)) return i;
        var close = IndexOfEndTag(html, name, i);
        if (close > i) Text(html.AsSpan(i, close - i));
        if (close >= html.Length) { End(name); return html.Length; }
        var after = html.IndexOf('>', close);
        End(name);
        return after < 0 ? html.Length : after + 1;
    }

    private static int IndexOfEndTag(string html, string name, int from)
    {
        for (var i = html.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            var after = i + 2 + name.Length;
            if (after <= html.Length && html.AsSpan(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || html[after] == '>' || html[after] == '/' || char.IsWhiteSpace(html[after])))
                return i;
        }
        return html.Length;
    }

    private void Start(string tag, List<(string Name, string Value)> attributes, bool isVoid)
    {
        string? Attribute(string name) => attributes.Find(a => a.Name == name) is { Name: not null } found ? found.Value : null;

        if (tag == "html" && Attribute("lang") is { } lang) language = lang.ToLowerInvariant();
        Status? explicitIgnore = Attribute("data-pagefind-ignore") is { } ignore
            ? ignore.ToLowerInvariant() is "" or "index" or "true" ? Status.Ignored : Status.Excluded
            : null;
        var status = Attribute("data-pagefind-body") is not null ? Status.Body : explicitIgnore ?? Status.Indexing;
        var filter = Attribute("data-pagefind-filter") is { } f ? ParseAttribute(f, Attribute) : null;
        var metaAttribute = Attribute("data-pagefind-meta") is { } m ? ParseAttribute(m, Attribute) : null;
        var defaultMetaAttribute = Attribute("data-pagefind-default-meta") is { } d ? ParseAttribute(d, Attribute) : null;
        var sortAttribute = Attribute("data-pagefind-sort") is { } s ? ParseAttribute(s, Attribute) : null;
        var indexAttributes = Attribute("data-pagefind-index-attrs")?.Split(',').Select(a => a.Trim()).ToList();

        string? anchorId = null;
        if (status is not Status.Excluded and not Status.Ignored && Attribute("id") is { } rawId)
        {
            var id = string.Concat(rawId.Where(c => !char.IsWhiteSpace(c)));
            if (!(current.Status == Status.ParentOfBody && status is not Status.Body and not Status.ParentOfBody))
            {
                current.Value.Append($" ___PAGEFIND_ANCHOR___{tag}:{anchorCounter}:{id} ");
                anchorId = $"{anchorCounter}:{id}";
                anchorCounter++;
            }
        }
        if (status != Status.Excluded)
        {
            foreach (var name in indexAttributes ?? [])
            {
                var value = Attribute(name) ?? "";
                if (value.Length > 0 && PagefindText.IsSentenceEnd(value)) value += ".";
                current.Value.Append(' ').Append(value).Append(' ');
            }
            if (tag == "br") current.Value.Append(' ');
        }

        List<string>? anchors = current.AnchorIds is not null && InlineElements.Contains(tag) ? [.. current.AnchorIds] : null;
        if (anchorId is not null) (anchors ??= []).Add(anchorId);
        var node = new Node
        {
            Parent = current,
            Tag = tag,
            Status = current.Status == Status.Excluded ? Status.Excluded : status,
            Filter = filter,
            Meta = metaAttribute,
            DefaultMeta = defaultMetaAttribute,
            Sort = sortAttribute,
            AnchorIds = anchors,
            Weight = Attribute("data-pagefind-weight"),
        };
        current = node;
        if (RemovedElements.Contains(tag) && tag != "html") node.Status = Status.Ignored;

        if (!isVoid) return;
        current = node.Parent!;
        if (node.Status == Status.Excluded) return;
        TakeAttributes(node);
        if (tag == "img" && !meta.ContainsKey("auto_image") && (meta.ContainsKey("auto_title") || meta.ContainsKey("title"))
            && Attribute("src") is { } src)
        {
            meta["auto_image"] = System.Net.WebUtility.HtmlDecode(src);
            if (Attribute("alt") is { } alt) meta["auto_image_alt"] = PagefindText.Normalize(alt);
        }
    }

    private void End(string tag)
    {
        // The open element of that name (SiteGen's pages close every element; a stray end tag is skipped).
        var node = current;
        while (node.Parent is not null && node.Tag != tag) node = node.Parent;
        if (node.Parent is null) return;
        while (current != node) Close(current, current.Tag);
        Close(node, tag);
    }

    private void Close(Node node, string tag)
    {
        current = node.Parent!;
        if (node.Status == Status.Excluded) return;
        TakeAttributes(node);
        if (tag == "h1" && !meta.ContainsKey("auto_title") && !string.IsNullOrWhiteSpace(node.Value.ToString()))
            meta["auto_title"] = PagefindText.Normalize(node.Value.ToString());
        if (tag == "title" && !meta.ContainsKey("auto_page_title"))
            meta["auto_page_title"] = PagefindText.Normalize(node.Value.ToString());
        if (node.Status == Status.Ignored) return;

        if (SentenceElements.Contains(tag))
        {
            node.Value.Insert(0, ' ');
            if (PagefindText.IsSentenceEnd(node.Value)) node.Value.Append('.');
            node.Value.Append(' ');
        }
        var weight = node.Weight is not null ? ("___PAGEFIND_WEIGHT___", node.Weight) : tag switch
        {
            "h1" => ("___PAGEFIND_AUTO_WEIGHT___", "7"),
            "h2" => ("___PAGEFIND_AUTO_WEIGHT___", "6"),
            "h3" => ("___PAGEFIND_AUTO_WEIGHT___", "5"),
            "h4" => ("___PAGEFIND_AUTO_WEIGHT___", "4"),
            "h5" => ("___PAGEFIND_AUTO_WEIGHT___", "3"),
            "h6" => ("___PAGEFIND_AUTO_WEIGHT___", "2"),
            _ => ((string, string)?)null,
        };
        if (weight is var (mark, value))
        {
            node.Value.Insert(0, $" {mark}{value} ");
            node.Value.Append(" ___END_PAGEFIND_WEIGHT___ ");
        }

        var parent = current;
        if (parent.Status == Status.ParentOfBody && node.Status is not Status.Body and not Status.ParentOfBody) return;
        switch (node.Status)
        {
            case Status.Indexing:
                parent.Value.Append(node.Value);
                break;
            case Status.Body or Status.ParentOfBody:
                if (parent.Status != Status.ParentOfBody) parent.Value.Clear();
                parent.Value.Append(node.Value);
                parent.Status = Status.ParentOfBody;
                break;
        }
    }

    private void TakeAttributes(Node node)
    {
        foreach (var item in node.Filter ?? [])
            if (node.Pair(item) is var (name, value))
            {
                if (!filters.TryGetValue(name, out var values)) filters[name] = values = [];
                values.Add(PagefindText.Normalize(value));
            }
        foreach (var item in node.Sort ?? [])
            if (node.Pair(item) is var (name, value)) sort[name] = value;
        foreach (var item in node.Meta ?? [])
            if (node.Pair(item) is var (name, value)) meta[name] = value;
        foreach (var item in node.DefaultMeta ?? [])
            if (node.Pair(item) is var (name, value)) defaultMeta[name] = value;
    }

    private void Text(ReadOnlySpan<char> text)
    {
        current.Value.Append(text);
        if (current.Status is Status.Ignored or Status.Excluded || current.AnchorIds is null) return;
        foreach (var id in current.AnchorIds)
            anchorContent[id] = anchorContent.TryGetValue(id, out var existing) ? existing + text.ToString() : text.ToString();
    }

    private PagefindPageData Wrap()
    {
        var node = current;
        while (node.Parent is { } parent)
        {
            if (parent.Status != Status.ParentOfBody)
            {
                switch (node.Status)
                {
                    case Status.Indexing:
                        parent.Value.Append(node.Value);
                        break;
                    case Status.Body or Status.ParentOfBody:
                        parent.Value.Clear();
                        parent.Value.Append(node.Value);
                        parent.Status = Status.ParentOfBody;
                        break;
                }
            }
            node = parent;
        }
        if (meta.Remove("auto_image", out var image))
        {
            meta.Remove("auto_image_alt", out var alt);
            if (!meta.ContainsKey("image"))
            {
                meta["image"] = image;
                meta["image_alt"] = alt ?? "";
            }
        }
        if (meta.Remove("auto_title", out var title) && !meta.ContainsKey("title")) meta["title"] = title;
        if (meta.Remove("auto_page_title", out var pageTitle) && !meta.ContainsKey("title")) meta["title"] = pageTitle;
        foreach (var (name, value) in meta) defaultMeta[name] = value;
        foreach (var values in filters.Values)
            for (var i = 0; i < values.Count; i++) values[i] = PagefindText.WithoutPrivateMarks(values[i]);
        foreach (var name in defaultMeta.Keys.ToList()) defaultMeta[name] = PagefindText.WithoutPrivateMarks(defaultMeta[name]);
        return new PagefindPageData(PagefindText.Normalize(node.Value.ToString()), filters, sort, defaultMeta, anchorContent,
            node.Status == Status.ParentOfBody, string.IsNullOrEmpty(language) ? "unknown" : language);
    }

    /// <summary>Pagefind's parse_attr_string: "a, b[attr], c:literal, with: colons" into "name" or "name:value" items.</summary>
    private static List<string> ParseAttribute(string input, Func<string, string?> attribute)
    {
        var colon = input.IndexOf(':');
        if (colon >= 0)
        {
            var items = ParseAttribute(input[..colon], attribute);
            if (items.Count > 0) items[^1] += ":" + input[(colon + 1)..];
            return items;
        }
        return input.Split(',').Select(chunk =>
        {
            chunk = chunk.Trim();
            var open = chunk.IndexOf('[');
            if (open > 0 && chunk.EndsWith(']') && chunk.IndexOfAny([':', '[', ']'], 0, open) < 0 && open + 2 < chunk.Length)
                return $"{chunk[..open].Trim()}:{attribute(chunk[(open + 1)..^1]) ?? ""}";
            return chunk;
        }).ToList();
    }
}
