using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Cleans the HTML an editor wrote in a body to what an article needs (text structure, links,
/// images, tables, details), with HtmlSanitizer: no script, no event handler, no <c>style</c>
/// (the site's content security policy allows none), no <c>javascript:</c> or <c>data:</c>
/// address. Each element or attribute removed is a warning at the place the editor wrote it.
/// Links and images in that HTML are then treated as Markdown ones: site-root links get the base
/// path and are checked, images under /assets/ become responsive pictures.
/// </summary>
internal static class RawHtmlCleaner
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "a", "em", "strong", "b", "i", "u", "s", "small", "mark", "q", "cite", "dfn", "abbr", "time", "del", "ins",
        "sup", "sub", "code", "pre", "kbd", "samp", "var", "wbr", "span", "div",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
        "figure", "figcaption", "img", "picture", "source",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "details", "summary",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "srcset", "sizes", "type", "alt", "title", "width", "height", "id", "lang", "dir",
        "cite", "datetime", "open", "start", "reversed", "colspan", "rowspan", "headers", "scope", "abbr", "span",
    ];

    /// <summary>Removed with what they hold: their content is code or a control, never article text.</summary>
    private static readonly HashSet<string> DroppedWhole = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "form", "input", "button",
        "select", "textarea", "canvas", "video", "audio", "frameset", "frame", "applet", "link", "meta", "base", "title",
    };

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Parsed in front of the body, so that a leading &lt;script&gt;, &lt;title&gt; or &lt;meta&gt; is in the body, not moved to a head.</summary>
    private const string Prefix = "<!DOCTYPE html><body>";

    public static string Clean(string html, RawHtmlMap map, ContentContext context, string path, List<Diagnostic> diagnostics,
        List<BodyLink> links, List<ImageInfo> used, List<SourceLink>? sources)
    {
        using var document = Parser.ParseDocument(Prefix + html);
        var body = document.Body!;
        var found = new List<(int Order, Diagnostic Diagnostic)>();
        var sanitizer = Sanitizer();
        sanitizer.RemovingTag += (_, e) =>
        {
            if (MarkdownMade(e.Tag, map)) { e.Cancel = true; return; }
            if (e.Tag.Closest("body") is null) return; // inside an element already removed whole
            var at = PlaceOrNearest(e.Tag, map);
            var whole = DroppedWhole.Contains(e.Tag.LocalName);
            if (whole) while (e.Tag.FirstChild is { } child) child.RemoveFromParent();
            found.Add((Order(e.Tag), DiagnosticKind.RawHtmlRemoved.At(path, at.Line, at.Column, whole
                ? $"<{e.Tag.LocalName}> is not allowed in an article and was removed with its content; {Instead(e.Tag.LocalName)}"
                : $"<{e.Tag.LocalName}> is not allowed in an article and was removed (its text is kept); use Markdown or one of the allowed elements (p, a, em, strong, lists, blockquote, figure, img, tables, details).")));
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (MarkdownMade(e.Tag, map)) { e.Cancel = true; return; }
            var at = PlaceOrNearest(e.Tag, map);
            found.Add((Order(e.Tag), DiagnosticKind.RawHtmlRemoved.At(path, at.Line, at.Column,
                $"The attribute {e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\" of <{e.Tag.LocalName}> was removed: {Why(e.Attribute.Name, e.Reason)}")));
        };
        sanitizer.RemovingComment += (_, e) => { };
        sanitizer.SanitizeDom(document, body);
        diagnostics.AddRange(found.OrderBy(f => f.Order).Select(f => f.Diagnostic));

        foreach (var element in body.QuerySelectorAll("a[href], img[src]").ToList())
        {
            if (PlaceOf(element, map) is not { } at) continue;
            var location = new SourceLocation(path, at.Line, at.Column);
            if (element is IHtmlImageElement image) Picture(image, location, context, diagnostics, links, used);
            else
            {
                var href = element.GetAttribute("href")!.Trim();
                if (sources is not null && SourceLink.Names(href))
                {
                    var source = SourceLink.Of(href, location, sources.Count);
                    sources.Add(source);
                    href = source.Placeholder;
                }
                else href = context.Rooted(href);
                element.SetAttribute("href", href);
                links.Add(new BodyLink(href, location));
            }
        }
        // The serializer writes U+00A0 as &nbsp;: as the rest of the site, the character itself.
        return body.InnerHtml.Replace("&nbsp;", "\u00A0", StringComparison.Ordinal);
    }

    private static void Picture(IHtmlImageElement image, SourceLocation at, ContentContext context, List<Diagnostic> diagnostics,
        List<BodyLink> links, List<ImageInfo> used)
    {
        var src = image.GetAttribute("src")!.Trim();
        if (context.Images.Find(src) is not { } lookup || image.ParentElement is IHtmlPictureElement)
        {
            src = context.Rooted(src);
            image.SetAttribute("src", src);
            links.Add(new BodyLink(src, at));
            return;
        }
        if (lookup.Image is not { } info)
        {
            diagnostics.Add(lookup.Kind!.At(at.Path, at.Line, at.Column, lookup.Problem!));
            return;
        }
        var alt = image.GetAttribute("alt")?.Trim() ?? "";
        if (alt.Length == 0)
        {
            diagnostics.Add(DiagnosticKind.MissingAltText.At(at.Path, at.Line, at.Column,
                $"This image has no text alternative; describe what it shows: <img src=\"{src}\" alt=\"Ce que montre l’image\">."));
            return;
        }
        image.Insert(AdjacentPosition.BeforeBegin, PictureHtml.Of(info, alt, PictureRole.Inline));
        image.Remove();
        used.Add(info);
    }

    private static HtmlSanitizer Sanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
        };
        return new HtmlSanitizer(options) { KeepChildNodes = true, AllowDataAttributes = false };
    }

    private static (int Line, int Column)? PlaceOf(IElement element, RawHtmlMap map) =>
        element.SourceReference is { } source ? map.SourceOf(source.Position.Position - 1 - Prefix.Length) : null;

    /// <summary>
    /// Whether Markdown made the element: it was parsed from the body's text outside every piece
    /// of raw HTML. An element the parser made itself (SVG and MathML children, an implied
    /// &lt;tbody&gt;) has no place in the text, and is cleaned like the editor's.
    /// </summary>
    private static bool MarkdownMade(IElement element, RawHtmlMap map) => element.SourceReference is not null && PlaceOf(element, map) is null;

    /// <summary>The element's place in the Markdown file, or that of its nearest ancestor that has one.</summary>
    private static (int Line, int Column) PlaceOrNearest(IElement element, RawHtmlMap map)
    {
        for (var at = element; at is not null; at = at.ParentElement)
            if (PlaceOf(at, map) is { } place) return place;
        return map.First;
    }

    private static int Order(IElement element)
    {
        for (var at = element; at is not null; at = at.ParentElement)
            if (at.SourceReference is { } source) return source.Position.Position;
        return int.MaxValue;
    }

    private static string Instead(string tag) => tag.ToLowerInvariant() switch
    {
        "iframe" or "video" or "object" or "embed" => "for a YouTube or Vimeo video, put its link alone in a paragraph; for anything else, link to it.",
        "script" or "noscript" => "the site runs no script from articles.",
        "style" => "the theme's stylesheet sets the look of every page.",
        _ => "write it in Markdown, or link to it.",
    };

    private static string Why(string attribute, RemoveReason reason) => reason switch
    {
        RemoveReason.NotAllowedUrlValue => "only http, https, mailto and tel addresses, and addresses on the site, are allowed.",
        _ when attribute.Equals("style", StringComparison.OrdinalIgnoreCase) => "the theme's stylesheet sets the look; the site allows no inline style.",
        _ when attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) => "the site runs no script from articles.",
        _ => "it is not one the site keeps (href, src, alt, title, width, height, id, lang, cite, datetime, colspan, rowspan and the like are).",
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "…";
}
