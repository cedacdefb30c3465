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

public sealed record ArticlePageModel(PageHead Head, Article Article, IReadOnlyList<Article> Related) : IPageModel;

public sealed record HomePageModel(PageHead Head, IReadOnlyList<Article> Articles) : IPageModel;

public sealed record SearchPageModel(PageHead Head) : IPageModel;

public sealed record StaticPageModel(PageHead Head, StaticPage Page) : IPageModel;

/// <param name="ArticleCounts">How many articles each topic has, by topic id.</param>
public sealed record TopicIndexPageModel(PageHead Head, IReadOnlyDictionary<string, int> ArticleCounts) : IPageModel;

/// <param name="Timeline">The topic's timeline on its first page; empty on the others.</param>
public sealed record TopicPageModel(PageHead Head, string TopicId, Page<Article> Articles, Timeline Timeline) : ITimelinePageModel;

public sealed record TimelinePageModel(PageHead Head, Timeline Timeline) : ITimelinePageModel;

/// <summary>The model of a page with no language of its own and no head: the language chooser, the 404 page.</summary>
public sealed record SitePageModel : IPageModel
{
    public static readonly SitePageModel Instance = new();

    public PageHead? Head => null;
}
