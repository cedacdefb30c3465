using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;

namespace SiteGen.Theme.Rendering;

/// <summary>
/// What a page shows, besides the theme: one record per page kind, made by the kind from the
/// content index and rendered by the component that takes it (<see cref="PageComponent{TModel}"/>).
/// Its head is what the layout, the sitemap and the link checker know of the page.
/// </summary>
public interface IPageModel
{
    /// <summary>Null for pages outside a language (the language chooser, the 404 page), which the sitemap does not list.</summary>
    PageHead? Head { get; }
}

/// <summary>A page that shows a timeline, whose entries are rendered ahead (see <see cref="TimelineMarkup"/>).</summary>
public interface ITimelinePageModel : IPageModel
{
    Timeline Timeline { get; }
}

/// <param name="Original">The version this one was translated from (published first), when it is a translation.</param>
/// <param name="OriginalUpdated">Whether that original changed on a later day than this translation.</param>
public sealed record ArticlePageModel(PageHead Head, Article Article, IReadOnlyList<Article> Related, Article? Original = null, bool OriginalUpdated = false) : IPageModel;

/// <summary>
/// A language's front page: the lead story, the latest stories after it, a section for each
/// leading topic, and the latest timeline events.
/// </summary>
/// <param name="Lead">The newest article; null when the language has none.</param>
/// <param name="Older">Whether more articles follow, on /{language}/page/2/.</param>
public sealed record HomePageModel(PageHead Head, Article? Lead, IReadOnlyList<Article> Latest, IReadOnlyList<TopicSection> Sections,
    IReadOnlyList<TimelineEntry> Events, bool Older) : IPageModel;

/// <summary>A leading topic on the front page, with its latest articles.</summary>
public sealed record TopicSection(string TopicId, IReadOnlyList<Article> Articles);

/// <summary>A page of a language's articles after the front page (/fr/page/2/ …).</summary>
public sealed record ArticleListPageModel(PageHead Head, Page<Article> Articles) : IPageModel;

/// <summary>A month of the archives with how many articles it has.</summary>
public sealed record ArchiveMonth(int Year, int Month, int Count);

/// <summary>Every month a language has articles in, newest first.</summary>
public sealed record ArchiveIndexPageModel(PageHead Head, IReadOnlyList<ArchiveMonth> Months) : IPageModel;

/// <summary>The articles of one month, newest first, with the months before and after it.</summary>
public sealed record ArchiveMonthPageModel(PageHead Head, ArchiveMonth Month, IReadOnlyList<Article> Articles, ArchiveMonth? Newer, ArchiveMonth? Older) : IPageModel;

public sealed record SearchPageModel(PageHead Head) : IPageModel;

public sealed record StaticPageModel(PageHead Head, StaticPage Page) : IPageModel;

/// <param name="ArticleCounts">How many articles each topic has, by topic id.</param>
/// <summary>The authors with articles in the language, each with how many.</summary>
public sealed record AuthorIndexPageModel(PageHead Head, IReadOnlyList<AuthorCount> Authors) : IPageModel;

public sealed record AuthorCount(Author Author, int Articles);

/// <summary>An author's profile and articles, newest first, paginated.</summary>
public sealed record AuthorPageModel(PageHead Head, Author Author, Page<Article> Articles) : IPageModel;

public sealed record TopicIndexPageModel(PageHead Head, IReadOnlyDictionary<string, int> ArticleCounts) : IPageModel;

/// <param name="Latest">The topic's latest events, on its first page (the topic's timeline has pages of its own); empty on the others.</param>
public sealed record TopicPageModel(PageHead Head, string TopicId, Page<Article> Articles, IReadOnlyList<TimelineEntry> Latest) : IPageModel;

/// <summary>A timeline's index, the language's or a topic's: its years with their event counts, and the latest events.</summary>
/// <param name="TopicId">The topic whose timeline it is; null for the language's.</param>
/// <param name="Timeline">The whole timeline (for the topic filter); its entries are not shown here.</param>
public sealed record TimelinePageModel(PageHead Head, string? TopicId, Timeline Timeline, IReadOnlyList<TimelinePeriodCount> Years, IReadOnlyList<TimelineEntry> Latest) : IPageModel;

/// <summary>A year, month or day of a timeline and how many events it has.</summary>
public sealed record TimelinePeriodCount(SiteGen.Rules.PartialDate Period, int Count);

/// <summary>
/// A page of a timeline: a year (or a month, or a day, of a split one) with the entries it shows
/// itself, the shorter periods it lists when it is split, and its neighbours at the same level.
/// </summary>
public sealed record TimelinePeriodPageModel(PageHead Head, string? TopicId, SiteGen.Rules.PartialDate Period, Timeline Timeline,
    IReadOnlyList<TimelinePeriodCount> Parts, SiteGen.Rules.PartialDate? Previous, SiteGen.Rules.PartialDate? Next) : ITimelinePageModel
{
    /// <summary>Its number among its period's pages, and how many there are (entries known to a split year only may fill several).</summary>
    public int Page { get; init; } = 1;
    public int Pages { get; init; } = 1;
}

/// <summary>The model of a page with no language of its own and no head: the language chooser, the 404 page.</summary>
public sealed record SitePageModel : IPageModel
{
    public static readonly SitePageModel Instance = new();

    public PageHead? Head => null;
}

/// <summary>One correction, with the article it corrects.</summary>
public sealed record CorrectionEntry(Article Article, Correction Correction);

/// <summary>A language's corrections, newest first.</summary>
public sealed record CorrectionsPageModel(PageHead Head, IReadOnlyList<CorrectionEntry> Corrections) : IPageModel;
