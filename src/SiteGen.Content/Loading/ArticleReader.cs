using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Content.Schema;
using SiteGen.Pipeline;
using SiteGen.Rules;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Content.Loading;

/// <summary>An article with the facts the rules across files check.</summary>
public sealed record ReadArticle(Article Article, ArticleFacts Facts);

/// <summary>Turns one article file's bytes into an <see cref="Article"/>, or into located diagnostics.</summary>
public sealed class ArticleReader(MarkdownRenderer markdown)
{
    public ReadArticle? Read(string path, byte[] bytes, string language, List<ContentDiagnostic> diagnostics)
    {
        var text = SourceText.Decode(bytes, path, diagnostics);
        if (text is null) return null;
        var parts = FrontMatter.Split(text, path, diagnostics);
        if (parts is null) return null;
        var root = YamlTreeReader.Read(parts.Yaml, path, parts.YamlFirstLine, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (!diagnostics.Any(d => d.IsError))
                diagnostics.Add(DiagnosticKind.WrongType.At(path, root?.Line ?? parts.YamlFirstLine, root?.Column ?? 1,
                    "The front matter must be keys and values, one per line: title: …, date: …, topics: […]."));
            return null;
        }
        var at = new FieldLocations();
        var front = ArticleFrontMatterBinder.Bind(mapping, path, diagnostics, at);
        if (front is null) return null;

        var slug = ResolveSlug(front, path, at, diagnostics);
        var body = markdown.Render(parts.Body, language, path, parts.BodyFirstLine, diagnostics);
        var events = front.Events.Select((e, i) => ToEvent(e, i, front, language, path, at, diagnostics)).ToList();
        if (slug is null || diagnostics.Any(d => d.IsError)) return null;

        var article = new Article
        {
            Language = language,
            SourcePath = path,
            Slug = slug.Value.Value,
            Title = Typography.Apply(front.Title, language),
            Date = front.Date,
            LastModified = front.Lastmod,
            PublishDate = front.PublishDate,
            ExpiryDate = front.ExpiryDate,
            Draft = front.Draft,
            Summary = front.Summary is { } s ? Typography.Apply(s, language) : body.FirstParagraph,
            Author = front.Author,
            Topics = front.Topics.Distinct(StringComparer.Ordinal).ToList(),
            TranslationKey = front.TranslationKey,
            Events = events,
            BodyHtml = body.Html,
            Location = new SourceLocation(path, 1, 1),
        };
        var topics = front.Topics.Select((t, i) => Located(t, at.Of($"topics[{i}]")))
            .Concat(front.Events.SelectMany((e, i) => (e.Topics ?? []).Select((t, j) => Located(t, at.Of($"events[{i}].topics[{j}]")))))
            .ToList();
        var key = front.TranslationKey is { } k ? Located(k, at.Of("translationKey")) : (Located<string>?)null;
        return new ReadArticle(article, new ArticleFacts(path, language, slug.Value, key, topics));
    }

    private static Located<string> Located(string value, (int Line, int Column) place) => new(value, place.Line, place.Column);

    private static Located<string>? ResolveSlug(ArticleFrontMatter front, string path, FieldLocations at, List<ContentDiagnostic> diagnostics)
    {
        var written = front.Slug is not null;
        var slug = front.Slug ?? Path.GetFileNameWithoutExtension(path);
        var (line, column) = written ? at.Of("slug") : (1, 1);
        if (Slugs.Problem(slug) is { } problem)
        {
            diagnostics.Add(DiagnosticKind.InvalidSlug.At(path, line, column, written
                ? $"The slug '{slug}' is not a plain URL segment: {problem}; write slug: {Slugs.FromTitle(slug)}."
                : $"The file name gives the slug '{slug}', which is not a plain URL segment: {problem}; rename the file {Slugs.FromTitle(slug)}.md or add slug: {Slugs.FromTitle(slug)}."));
            return null;
        }
        return new Located<string>(slug, line, column);
    }

    private TimelineEvent ToEvent(EventFrontMatter e, int index, ArticleFrontMatter front, string language, string path,
        FieldLocations at, List<ContentDiagnostic> diagnostics)
    {
        var (line, column) = at.Of($"events[{index}]");
        return new TimelineEvent(
            e.Date,
            e.End,
            Typography.Apply(e.Title, language),
            e.Id,
            (e.Topics ?? front.Topics).Distinct(StringComparer.Ordinal).ToList(),
            e.Text is { } text ? markdown.RenderInline(text, language, path, line, diagnostics) : null,
            new SourceLocation(path, line, column));
    }
}
