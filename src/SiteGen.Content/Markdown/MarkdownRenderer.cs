using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Markdown;

/// <summary>
/// The site's Markdown: CommonMark with tables, footnotes, heading ids and smart typography, plus
/// French typography on French pages. Each pipeline is built once; rendering is thread-safe.
/// Raw HTML is cleaned to an allow-list (<see cref="RawHtmlCleaner"/>) or shown as text, and
/// Markdown links to script or data addresses are errors, so a body can never carry a script
/// past the site's content security policy. Site-root links get the site's base path.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:", "file:"];

    private readonly SmartyPantOptions _frenchQuotes = Quotes(french: true);
    private readonly SmartyPantOptions _otherQuotes = Quotes(french: false);
    private readonly MarkdownPipeline _french;
    private readonly MarkdownPipeline _other;

    public MarkdownRenderer()
    {
        _french = Build(_frenchQuotes, french: true);
        _other = Build(_otherQuotes, french: false);
    }

    private static SmartyPantOptions Quotes(bool french)
    {
        var smarty = new SmartyPantOptions();
        if (french)
        {
            smarty.Mapping[SmartyPantType.LeftQuote] = "‘";
            smarty.Mapping[SmartyPantType.RightQuote] = "’";
            smarty.Mapping[SmartyPantType.LeftDoubleQuote] = "«\u00A0";
            smarty.Mapping[SmartyPantType.RightDoubleQuote] = "\u00A0»";
            smarty.Mapping[SmartyPantType.LeftAngleQuote] = "«\u00A0";
            smarty.Mapping[SmartyPantType.RightAngleQuote] = "\u00A0»";
        }
        else
        {
            smarty.Mapping[SmartyPantType.LeftQuote] = "‘";
            smarty.Mapping[SmartyPantType.RightQuote] = "’";
            smarty.Mapping[SmartyPantType.LeftDoubleQuote] = "“";
            smarty.Mapping[SmartyPantType.RightDoubleQuote] = "”";
        }
        smarty.Mapping[SmartyPantType.Dash2] = "–";
        smarty.Mapping[SmartyPantType.Dash3] = "—";
        smarty.Mapping[SmartyPantType.Ellipsis] = "…";
        return smarty;
    }

    private static MarkdownPipeline Build(SmartyPantOptions smarty, bool french)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseSmartyPants(smarty);
        builder.Extensions.Add(new TypographyExtension(french ? "fr" : "en"));
        builder.Extensions.Add(new PictureExtension());
        return builder.Build();
    }

    public MarkdownPipeline PipelineFor(string language) => language == "fr" ? _french : _other;

    /// <param name="firstLine">The line of the file on which <paramref name="markdown"/> starts.</param>
    /// <param name="context">The site's images, base path and raw HTML mode; none, a site at the root, when not given.</param>
    public RenderedMarkdown Render(string markdown, string language, string path, int firstLine, List<Diagnostic> diagnostics, ContentContext? context = null)
    {
        context ??= ContentContext.Default;
        var pipeline = PipelineFor(language);
        var quotes = language == "fr" ? _frenchQuotes : _otherQuotes;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var summary = SummaryBreak.Take(document, markdown) is { } cut
            ? string.Join(" ", cut.Before.Select(p => PlainText(p.Inline, quotes, cut.Before[^1] == p ? cut.StopAt : null)).Where(t => t.Length > 0))
            : null;
        Shortcodes.Warn(document, markdown, path, firstLine, diagnostics);
        var videos = VideoEmbeds.Mark(document, markdown);
        var used = new List<ImageInfo>();
        var sources = new List<SourceLink>();
        var links = CheckLinks(document, path, firstLine, diagnostics, context, used, sources);
        var html = ToHtml(document, pipeline, new HtmlRenderer(new StringWriter()), firstLine, context, path, diagnostics, links, used, sources,
            videos ? language : null);
        var first = document.Descendants<ParagraphBlock>().FirstOrDefault();
        return new RenderedMarkdown(html, first is null ? "" : PlainText(first.Inline, quotes), links)
        {
            Images = used, Summary = summary, SourceLinks = sources, HasVideo = videos,
        };
    }

    /// <summary>Short inline Markdown (an event's text, a caption), without the surrounding paragraph.</summary>
    public string RenderInline(string markdown, string language, string path, int line, List<Diagnostic> diagnostics, ContentContext? context = null)
    {
        context ??= ContentContext.Default;
        var pipeline = PipelineFor(language);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var links = CheckLinks(document, path, line, diagnostics, context with { Images = IImageCatalog.Empty }, [], null);
        var renderer = new HtmlRenderer(new StringWriter()) { ImplicitParagraph = true };
        return ToHtml(document, pipeline, renderer, line, context, path, diagnostics, links, [], null).Trim();
    }

    /// <summary>The body's HTML; raw HTML in it cleaned (or escaped), as the site says.</summary>
    private static string ToHtml(MarkdownDocument document, MarkdownPipeline pipeline, HtmlRenderer renderer, int firstLine,
        ContentContext context, string path, List<Diagnostic> diagnostics, List<BodyLink> links, List<ImageInfo> used, List<SourceLink>? sources,
        string? videosIn = null)
    {
        pipeline.Setup(renderer);
        if (videosIn is not null) renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.ParagraphRenderer>(new VideoEmbeds.Renderer(videosIn));
        var raw = new RawHtmlMap(firstLine);
        raw.Install(renderer, context.RawHtml);
        renderer.Render(document);
        var html = renderer.Writer.ToString()!;
        return raw.IsEmpty ? html : RawHtmlCleaner.Clean(html, raw, context, path, diagnostics, links, used, sources);
    }

    /// <summary>
    /// Refuses links to script or data addresses, and returns every other link with its place in
    /// the file. An image under /assets/ is looked up: found, it is attached to its inline for
    /// rendering and added to <paramref name="used"/>; else its problem is an error at its place.
    /// </summary>
    /// <param name="sources">Where links to other content files go (each given a placeholder); null where such links are plain links (an event's text).</param>
    private static List<BodyLink> CheckLinks(MarkdownDocument document, string path, int firstLine, List<Diagnostic> diagnostics,
        ContentContext context, List<ImageInfo> used, List<SourceLink>? sources)
    {
        var links = new List<BodyLink>();
        foreach (var link in InlineWalk.All<LinkInline>(document))
        {
            var url = (link.Url ?? "").Trim();
            var location = new SiteGen.Rules.SourceLocation(path, firstLine + link.Line, link.Column + 1);
            var scheme = UnsafeSchemes.FirstOrDefault(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase));
            if (scheme is null)
            {
                if (link.IsImage && context.Images.Find(url) is { } lookup) Resolve(link, lookup, location, diagnostics, used);
                else if (!link.IsImage && sources is not null && SourceLink.Names(url))
                {
                    var source = SourceLink.Of(url, location, sources.Count);
                    sources.Add(source);
                    link.Url = source.Placeholder;
                    links.Add(new BodyLink(source.Placeholder, location));
                }
                else
                {
                    link.Url = url = context.Rooted(url);
                    links.Add(new BodyLink(url, location));
                }
                continue;
            }
            diagnostics.Add(DiagnosticKind.UnsafeLink.At(path, location.Line, location.Column,
                $"Links to '{scheme}' addresses are not allowed; link to a page (https://…) or to a file under assets/."));
            link.Url = "#";
        }
        return links;
    }

    private static void Resolve(LinkInline image, ImageLookup lookup, SourceLocation location, List<Diagnostic> diagnostics, List<ImageInfo> used)
    {
        if (lookup.Image is not { } info)
        {
            diagnostics.Add(lookup.Kind!.At(location.Path, location.Line, location.Column, lookup.Problem!));
            return;
        }
        if (!image.Descendants<LiteralInline>().Any(l => !l.Content.IsEmptyOrWhitespace()))
        {
            diagnostics.Add(DiagnosticKind.MissingAltText.At(location.Path, location.Line, location.Column,
                $"This image has no text alternative; describe what it shows between the brackets: ![Ce que montre l’image]({image.Url})."));
            return;
        }
        PictureExtension.Attach(image, info);
        used.Add(info);
    }

    /// <param name="stopAt">The inline where the text ends (a summary break); the whole when null.</param>
    private static string PlainText(ContainerInline? inline, SmartyPantOptions quotes, Inline? stopAt = null)
    {
        if (inline is null) return "";
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            if (ReferenceEquals(child, stopAt)) break;
            switch (child)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case SmartyPant smarty: text.Append(quotes.Mapping.TryGetValue(smarty.Type, out var mapped) ? System.Net.WebUtility.HtmlDecode(mapped) : ""); break;
            }
        }
        return text.ToString().Trim();
    }
}
