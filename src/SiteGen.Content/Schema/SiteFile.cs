using SiteGen.Rules;
using SiteGen.Rules.Schema;

namespace SiteGen.Content.Schema;

/// <summary>The keys of <c>input/site.yml</c>.</summary>
[FrontMatter("site.yml", Role = "site")]
public sealed partial record SiteFile
{
    [Example("https://example.org/news/")]
    public required string BaseUrl { get; init; }

    [Example("fr")]
    public required string DefaultLanguage { get; init; }

    public int PageSize { get; init; } = 20;

    [Example("/assets/images/logo.png")]
    public string? Logo { get; init; }

    /// <summary>The site's icon: a square PNG under assets/, at least 180 pixels wide (browser tab, home screens); the theme's otherwise.</summary>
    [Example("/assets/images/icon.png")]
    public string? Icon { get; init; }

    /// <summary>What becomes of HTML written in Markdown: sanitize (kept, cleaned) or escape (shown as text).</summary>
    public RawHtmlMode? RawHtml { get; init; }

    /// <summary>The IANA time zone of dates written without an offset; UTC when not given.</summary>
    [Example("Europe/Paris")]
    public string? TimeZone { get; init; }

    /// <summary>The topics the front page has a section for, in this order; without it, the three with the most recent articles.</summary>
    [Example("[tiktok, regulation]")]
    public IReadOnlyList<string>? FrontPage { get; init; }

    [Example("{ fr: { … }, en: { … } }")]
    public required IReadOnlyDictionary<string, LanguageFile> Languages { get; init; }
}

/// <summary>One language under <c>languages</c> in site.yml.</summary>
[FrontMatter("the language")]
public sealed partial record LanguageFile
{
    [Example("Français")]
    public required string Name { get; init; }

    [Example("fr-FR")]
    public string? Locale { get; init; }

    [Example("Le Fil")]
    public required string Title { get; init; }

    public string? Description { get; init; }

    [Example("{ articles: articles, topics: sujets, timeline: chronologie, search: recherche }")]
    public required LanguagePathsFile Paths { get; init; }
}

/// <summary>The URL segments of a language's sections.</summary>
[FrontMatter("the paths")]
public sealed partial record LanguagePathsFile
{
    [Example("articles")]
    public required string Articles { get; init; }

    [Example("sujets")]
    public required string Topics { get; init; }

    [Example("chronologie")]
    public required string Timeline { get; init; }

    [Example("recherche")]
    public required string Search { get; init; }

    [Example("archives")]
    public string? Archives { get; init; }

    [Example("corrections")]
    public string? Corrections { get; init; }

    [Example("auteurs")]
    public string? Authors { get; init; }
}

/// <summary>A topic's name in one language, in <c>input/topics.yml</c>.</summary>
[FrontMatter(TopicCatalogRules.NameContext, Role = "topic")]
public sealed partial record TopicNameFile
{
    [Example("Commerce social")]
    public required string Name { get; init; }

    [Example("commerce-social")]
    public required string Slug { get; init; }

    public string? Description { get; init; }
}
