using SiteGen.Rules;

namespace SiteGen.Content.Schema;

/// <summary>The keys an editor may write at the top of an article (see the content format).</summary>
public sealed record ArticleFrontMatter
{
    public static readonly string[] Keys =
    [
        "title", "date", "lastmod", "publishDate", "expiryDate", "draft", "summary", "author",
        "topics", "translationKey", "slug", "events",
    ];

    public required string Title { get; init; }
    public required DateTimeOffset Date { get; init; }
    public DateTimeOffset? Lastmod { get; init; }
    public DateTimeOffset? PublishDate { get; init; }
    public DateTimeOffset? ExpiryDate { get; init; }
    public bool Draft { get; init; }
    public string? Summary { get; init; }
    public string? Author { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public string? TranslationKey { get; init; }
    public string? Slug { get; init; }
    public IReadOnlyList<EventFrontMatter> Events { get; init; } = [];
}

/// <summary>One item of an article's <c>events</c> list.</summary>
public sealed record EventFrontMatter
{
    public static readonly string[] Keys = ["date", "end", "title", "id", "topics", "text"];

    public required PartialDate Date { get; init; }
    public PartialDate? End { get; init; }
    public required string Title { get; init; }
    public string? Id { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }
    public string? Text { get; init; }
}
