using SiteGen.Rules;
using SiteGen.Rules.Schema;

namespace SiteGen.Content.Schema;

/// <summary>The keys an editor may write at the top of an article (see the content format).</summary>
[FrontMatter("the front matter", Role = "article")]
public sealed partial record ArticleFrontMatter
{
    [Example("Amazon pourrait-il racheter TikTok ?")]
    public required string Title { get; init; }

    public required DateTimeOffset Date { get; init; }
    public DateTimeOffset? Lastmod { get; init; }
    public DateTimeOffset? PublishDate { get; init; }
    public DateTimeOffset? ExpiryDate { get; init; }
    public bool Draft { get; init; }
    public string? Summary { get; init; }
    /// <summary>Who wrote it: ids of input/authors.yml (one, or a list for a shared byline); names when the site has no authors.yml.</summary>
    [Example("[redaction, jdupont]")]
    public IReadOnlyList<string> Author { get; init; } = [];

    [Example("[tiktok, amazon]")]
    public required IReadOnlyList<string> Topics { get; init; }

    [Example("amazon-tiktok")]
    public string? TranslationKey { get; init; }

    [Example("amazon-racheter-tiktok")]
    public string? Slug { get; init; }

    [Example("- { date: 2022-12, title: … }")]
    public IReadOnlyList<EventFrontMatter> Events { get; init; } = [];

    [Example("{ src: /assets/images/boutique.jpg, alt: … }")]
    public ImageFrontMatter? Image { get; init; }

    /// <summary>Old addresses of the article (Hugo's key): each redirects to it.</summary>
    [Example("[/2017/08/24/old-address/]")]
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Dated notices of what was corrected, shown at the end of the article and on the corrections page.</summary>
    [Example("- { date: 2024-09-12, text: … }")]
    public IReadOnlyList<CorrectionFrontMatter> Corrections { get; init; } = [];
}

/// <summary>A lead image (article, page) or an event's image: a file under input/assets/.</summary>
[FrontMatter("the image")]
public sealed partial record ImageFrontMatter
{
    [Example("/assets/images/boutique.jpg")]
    public required string Src { get; init; }

    [Example("Un téléphone affichant la boutique")]
    public string? Alt { get; init; }

    public string? Caption { get; init; }
    public string? Credit { get; init; }
    public bool Decorative { get; init; }
}

/// <summary>One item of an article's <c>events</c> list.</summary>
[FrontMatter("an event")]
public sealed partial record EventFrontMatter
{
    public required PartialDate Date { get; init; }
    public PartialDate? End { get; init; }

    [Example("Amazon lance « Inspire »")]
    public required string Title { get; init; }

    [Example("amazon-inspire-launch")]
    public string? Id { get; init; }

    [Example("[amazon]")]
    public IReadOnlyList<string>? Topics { get; init; }

    public string? Text { get; init; }

    [Example("{ src: /assets/images/audience.jpg, alt: … }")]
    public ImageFrontMatter? Image { get; init; }
}

/// <summary>One item of <c>corrections</c>: when, and what was corrected (inline Markdown).</summary>
[FrontMatter("a correction")]
public sealed partial record CorrectionFrontMatter
{
    [Example("2024-09-12")]
    public required DateTimeOffset Date { get; init; }

    [Example("Une version précédente donnait une mauvaise date")]
    public required string Text { get; init; }
}

/// <summary>The keys of a static page (input/{language}/pages/*.md): about, legal notice.</summary>
[FrontMatter("the front matter", Role = "page")]
public sealed partial record PageFrontMatter
{
    [Example("À propos")]
    public required string Title { get; init; }

    public string? Summary { get; init; }
    public DateTimeOffset? Lastmod { get; init; }

    [Example("a-propos")]
    public string? Slug { get; init; }

    [Example("about")]
    public string? TranslationKey { get; init; }

    [Example("{ src: /assets/images/redaction.jpg, alt: … }")]
    public ImageFrontMatter? Image { get; init; }

    /// <summary>Old addresses of the page: each redirects to it.</summary>
    [Example("[/about-us/]")]
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
