using SiteGen.Content.Model;

namespace SiteGen.Theme.Rendering;

/// <summary>A language version of the current page; <see cref="Available"/> is false when it leads to that language's home instead.</summary>
public sealed record LanguageLink(Language Language, string Href, bool Available);

/// <summary>An &lt;link rel="alternate" hreflang&gt; of the page (hreflang "x-default" included).</summary>
public sealed record Alternate(string HrefLang, string Href);

/// <summary>An Atom feed advertised by a page.</summary>
public sealed record FeedLink(string Title, string Href);

/// <summary>What the layout needs to know of a page besides its body.</summary>
public sealed record PageHead(
    string Language,
    string Title,
    string Description,
    string CanonicalUrl,
    IReadOnlyList<Alternate> Alternates,
    IReadOnlyList<LanguageLink> LanguageLinks)
{
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];

    /// <summary>Open Graph type: "website", or "article" for articles.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>Structured data (JSON-LD), already serialized and escaped for a script data block.</summary>
    public string? StructuredData { get; init; }

    /// <summary>Stylesheets and scripts (files, never inline) a page needs besides the site's own.</summary>
    public IReadOnlyList<string> Stylesheets { get; init; } = [];
    public IReadOnlyList<string> Scripts { get; init; } = [];

    /// <summary>The image shares show (Open Graph, Twitter card): the page's lead image.</summary>
    public Picture? Image { get; init; }

    /// <summary>When the page last changed, for the sitemap; null when unknown.</summary>
    public DateTimeOffset? Modified { get; init; }
}
