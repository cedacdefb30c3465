using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Content.Schema;
using SiteGen.Rules;
using SiteGen.Rules.Binding;

namespace SiteGen.Content.Loading;

/// <summary>
/// What reading one file gave: the article when it has no error, and the facts the rules across
/// files check whenever they could be read, so one run reports problems of both kinds.
/// </summary>
public sealed record ReadArticle(Article? Article, ArticleFacts? Facts);

/// <summary>
/// Turns one article file's bytes into an <see cref="Article"/>, or into located diagnostics:
/// the generated binder for types, the shared <see cref="ArticleRules"/> for the rest, then Markdown.
/// </summary>
public sealed class ArticleReader(MarkdownRenderer markdown)
{
    private static readonly ReadArticle Nothing = new(null, null);

    /// <param name="context">Where the lead image, body images and event images are looked up, the base path, the raw HTML mode; none, at the root, when not given.</param>
    public ReadArticle Read(string path, byte[] bytes, string language, List<Diagnostic> diagnostics, ContentContext? context = null)
    {
        context ??= ContentContext.Default;
        var text = SourceText.Decode(bytes, path, diagnostics);
        if (text is null) return Nothing;
        var mapping = ContentYaml.ReadFrontMatter(text, path, diagnostics, out var parts);
        if (mapping is null || parts is null) return Nothing;
        var front = ArticleFrontMatter.Bind(new MappingReader(mapping, path, diagnostics, ArticleFrontMatter.FrontMatterContext) { TimeZone = context.TimeZone, Examples = context.Examples });
        var facts = ArticleRules.Check(mapping, path, language, diagnostics);
        if (front is null || facts is null) return new ReadArticle(null, facts);

        var body = markdown.Render(parts.Body, language, path, parts.BodyFirstLine, diagnostics, context);
        var pictures = new PictureReader(markdown, context);
        var lead = pictures.Read(front.Image, mapping, language, path, diagnostics);
        var eventMappings = ArticleRules.Value(mapping, "events") is SiteGen.Rules.Yaml.YamlSequence items
            ? items.Items.OfType<SiteGen.Rules.Yaml.YamlMapping>().ToList() : [];
        var events = front.Events.Select((e, i) => ToEvent(e, facts.Events[i], front, language, path, diagnostics, context) with
        {
            Image = pictures.Read(e.Image, i < eventMappings.Count ? eventMappings[i] : null, language, path, diagnostics),
        }).ToList();
        if (diagnostics.Any(d => d.IsError)) return new ReadArticle(null, facts);

        var article = new Article
        {
            Language = language,
            SourcePath = path,
            Slug = facts.Slug.Value,
            Title = Typography.Apply(front.Title, language),
            Date = front.Date,
            LastModified = front.Lastmod,
            PublishDate = front.PublishDate,
            ExpiryDate = front.ExpiryDate,
            Draft = front.Draft,
            Summary = front.Summary is { } summary ? Typography.Apply(summary, language) : Summaries.Shorten(body.Summary ?? body.FirstParagraph),
            Authors = front.Author.Select(a => a.Trim()).Distinct(StringComparer.Ordinal).ToList(),
            Topics = front.Topics.Distinct(StringComparer.Ordinal).ToList(),
            TranslationKey = front.TranslationKey,
            Events = events,
            Image = lead,
            Images = UsedImages(lead, body, events),
            BodyUtf8 = System.Text.Encoding.UTF8.GetBytes(body.Html),
            Links = body.Links,
            SourceLinks = body.SourceLinks,
            HasVideo = body.HasVideo,
            Corrections = front.Corrections.Select((c, i) => Correction(c, i, language, path, mapping, diagnostics, context)).OrderBy(c => c.Date).ToList(),
            Aliases = facts.Aliases,
            Location = new SourceLocation(path, 1, 1),
        };
        return new ReadArticle(article, facts);
    }

    /// <summary>A correction, its text rendered; a problem in the text is reported at its item's line.</summary>
    private Correction Correction(CorrectionFrontMatter correction, int index, string language, string path, SiteGen.Rules.Yaml.YamlMapping mapping,
        List<Diagnostic> diagnostics, ContentContext context)
    {
        var item = ArticleRules.Value(mapping, "corrections") is SiteGen.Rules.Yaml.YamlSequence items && index < items.Items.Count ? items.Items[index] : null;
        var at = item is SiteGen.Rules.Yaml.YamlMapping entry && ArticleRules.Value(entry, "text") is { } written ? written : item;
        var line = at?.Line ?? 1;
        var html = markdown.RenderInline(correction.Text, language, path, line, diagnostics, context);
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));
        return new Correction(correction.Date, html, text);
    }

    internal static IReadOnlyList<ImageInfo> UsedImages(Picture? lead, RenderedMarkdown body, IEnumerable<TimelineEvent> events) =>
        new[] { lead?.Image }.Concat(body.Images).Concat(events.Select(e => e.Image?.Image)).OfType<ImageInfo>().Distinct().ToList();

    private TimelineEvent ToEvent(EventFrontMatter e, (int Line, int Column) place, ArticleFrontMatter front, string language, string path,
        List<Diagnostic> diagnostics, ContentContext context) =>
        new(e.Date,
            e.End,
            Typography.Apply(e.Title, language),
            e.Id,
            (e.Topics ?? front.Topics).Distinct(StringComparer.Ordinal).ToList(),
            e.Text is { } text ? markdown.RenderInline(text, language, path, place.Line, diagnostics, context) : null,
            new SourceLocation(path, place.Line, place.Column));
}
