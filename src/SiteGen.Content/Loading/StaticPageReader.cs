using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Content.Schema;
using SiteGen.Rules;
using SiteGen.Rules.Binding;

namespace SiteGen.Content.Loading;

/// <summary>Turns a static page's bytes into a <see cref="StaticPage"/>, with the same rules as articles for slugs.</summary>
public sealed class StaticPageReader(MarkdownRenderer markdown)
{
    public (StaticPage? Page, ArticleFacts? Facts) Read(string path, byte[] bytes, string language, List<Diagnostic> diagnostics, ContentContext? context = null)
    {
        context ??= ContentContext.Default;
        var text = SourceText.Decode(bytes, path, diagnostics);
        if (text is null) return (null, null);
        var mapping = ContentYaml.ReadFrontMatter(text, path, diagnostics, out var parts);
        if (mapping is null || parts is null) return (null, null);
        var front = PageFrontMatter.Bind(new MappingReader(mapping, path, diagnostics, PageFrontMatter.FrontMatterContext) { TimeZone = context.TimeZone, Examples = context.Examples });
        var facts = ArticleRules.Check(mapping, path, language, diagnostics);
        if (front is null || facts is null) return (null, facts);
        var body = markdown.Render(parts.Body, language, path, parts.BodyFirstLine, diagnostics, context);
        var lead = new PictureReader(markdown, context).Read(front.Image, mapping, language, path, diagnostics);
        if (diagnostics.Any(d => d.IsError)) return (null, facts);
        return (new StaticPage
        {
            Language = language,
            SourcePath = path,
            Slug = facts.Slug.Value,
            Title = Typography.Apply(front.Title, language),
            Summary = front.Summary is { } summary ? Typography.Apply(summary, language) : body.Summary ?? body.FirstParagraph,
            TranslationKey = front.TranslationKey,
            LastModified = front.Lastmod,
            BodyUtf8 = System.Text.Encoding.UTF8.GetBytes(body.Html),
            Image = lead,
            Images = ArticleReader.UsedImages(lead, body, []),
            Links = body.Links,
            SourceLinks = body.SourceLinks,
            HasVideo = body.HasVideo,
            Aliases = facts.Aliases,
            Location = new SourceLocation(path, 1, 1),
        }, facts);
    }
}
