namespace SiteGen.Content.Model;

/// <summary>A name in a byline, and the author of authors.yml it is, if any (whose page it links to).</summary>
public sealed record Byline(string Name, Author? Author);

/// <summary>Everything read from <c>input/</c>: settings, topics and the published articles per language.</summary>
public sealed class SiteContent
{
    private readonly Dictionary<string, IReadOnlyList<Article>> _byLanguage;
    /// <summary>Per language, articles by translationKey (ordinal keys: looked up for every page head).</summary>
    private readonly Dictionary<string, Dictionary<string, Article>> _byTranslationKey;
    private readonly Dictionary<string, Topic> _topics;
    private readonly Dictionary<string, IReadOnlyList<StaticPage>> _pages;
    private readonly Dictionary<(string Language, string Key), StaticPage> _pageTranslations;

    /// <summary>The static pages of a language, by slug.</summary>
    public IReadOnlyList<StaticPage> PagesIn(string language) => _pages[language];

    public IEnumerable<StaticPage> AllPages => Site.Languages.SelectMany(l => _pages[l.Code]);

    public StaticPage? TranslationOf(StaticPage page, string language) =>
        page.TranslationKey is { } key && _pageTranslations.TryGetValue((language, key), out var other) ? other : null;

    public SiteContent(SiteSettings site, IReadOnlyList<Topic> topics, IEnumerable<Article> articles, IEnumerable<StaticPage>? pages = null)
    {
        var allPages = (pages ?? []).ToList();
        _pages = site.Languages.ToDictionary(l => l.Code,
            l => (IReadOnlyList<StaticPage>)allPages.Where(p => p.Language == l.Code).OrderBy(p => p.Slug, StringComparer.Ordinal).ToList());
        _pageTranslations = allPages.Where(p => p.TranslationKey is not null).ToDictionary(p => (p.Language, p.TranslationKey!));
        Site = site;
        Topics = topics.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        _topics = Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var all = articles.ToList();
        _byLanguage = site.Languages.ToDictionary(
            l => l.Code,
            l =>
            {
                var inLanguage = all.Where(a => a.Language == l.Code).ToList();
                inLanguage.Sort(Article.NewestFirst); // a total order: slugs are unique in a language
                return (IReadOnlyList<Article>)inLanguage;
            });
        _byTranslationKey = site.Languages.ToDictionary(l => l.Code, _ => new Dictionary<string, Article>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var article in all)
            if (article.TranslationKey is { } key && _byTranslationKey.TryGetValue(article.Language, out var byKey)) byKey.Add(key, article);
        Urls = new SiteUrls(site, this);
    }

    public SiteSettings Site { get; }

    /// <summary>
    /// A digest of what every page shows: site.yml, topics.yml, the base URL, the static pages
    /// the footer links to (their titles and slugs), and which topics have pages in which
    /// language (topic chips link only to those). Pages depend on it through the theme.
    /// </summary>
    public string SettingsVersion { get; init; } = "";
    public IReadOnlyList<Topic> Topics { get; }
    public SiteUrls Urls { get; }

    /// <summary>The authors of input/authors.yml, in its order; empty when the site has none (bylines are then names).</summary>
    public IReadOnlyList<Author> Authors
    {
        get => _authors;
        init
        {
            _authors = value;
            _authorsById = value.ToDictionary(a => a.Id, StringComparer.Ordinal);
        }
    }

    private readonly IReadOnlyList<Author> _authors = [];
    private readonly Dictionary<string, Author> _authorsById = new(StringComparer.Ordinal);

    /// <summary>Whether a language has author pages: some article in it names an author of authors.yml (the footer links to their list).</summary>
    public bool HasAuthorsIn(string language) => _authorsById.Count > 0 && ArticlesIn(language).Any(a => a.Authors.Any(_authorsById.ContainsKey));

    /// <summary>The author of authors.yml with this id; null for a byline that is a plain name.</summary>
    public Author? Author(string id) => _authorsById.GetValueOrDefault(id);

    /// <summary>
    /// An article's bylines in its language: each a name, and the author when it is one of
    /// authors.yml; the site's title (its newsroom) when the article names nobody.
    /// </summary>
    public IReadOnlyList<Byline> BylinesOf(Article article) => article.Authors.Count == 0
        ? [new Byline(Site[article.Language].Title, null)]
        : article.Authors.Select(id => Author(id) is { } author ? new Byline(author.In(article.Language).Name, author) : new Byline(id, null)).ToList();

    /// <summary>The moment the build sees as now: what is published, and what the news sitemap lists, are decided at it.</summary>
    public DateTimeOffset BuildTime { get; init; }

    /// <summary>The article whose publishDate comes next after the build (not a draft), if any: the build summary names it.</summary>
    public Article? NextScheduled { get; init; }

    /// <summary>The old addresses of published articles and pages, and where each leads.</summary>
    public IReadOnlyList<Aggregates.Redirect> Redirects { get; init; } = [];

    /// <summary>The logo of site.yml, shown on the masthead and named as the publisher's logo in structured data.</summary>
    public ImageInfo? Logo { get; init; }

    /// <summary>The icon of site.yml (a square PNG), for browser tabs, home screens and the web app manifest; null: the theme's.</summary>
    public ImageInfo? Icon { get; init; }

    /// <summary>Every image under input/assets/, read and ready to publish (in the order of their addresses).</summary>
    public IReadOnlyList<ImageInfo> Images { get; init; } = [];

    /// <summary>The images shown as an article's or a page's lead image: they also get the crops structured data asks for.</summary>
    public IReadOnlySet<ImageInfo> LeadImages => _leadImages ??= AllArticles.Select(a => a.Image?.Image).Concat(AllPages.Select(p => p.Image?.Image))
        .OfType<ImageInfo>().ToHashSet();

    private IReadOnlySet<ImageInfo>? _leadImages;

    public IReadOnlyList<Article> ArticlesIn(string language) => _byLanguage[language];

    /// <summary>
    /// Whether a language has an article on a topic: a topic has pages, a feed and timeline data
    /// only in the languages where it does, so no reader lands on an empty page.
    /// </summary>
    public bool HasArticlesOn(string language, string topicId) =>
        (_topicsWithArticles ??= _byLanguage.ToDictionary(l => l.Key, l => l.Value.SelectMany(a => a.Topics).ToHashSet(StringComparer.Ordinal)))
            .TryGetValue(language, out var topics) && topics.Contains(topicId);

    private Dictionary<string, HashSet<string>>? _topicsWithArticles;

    public IEnumerable<Article> AllArticles => Site.Languages.SelectMany(l => _byLanguage[l.Code]);

    public Topic Topic(string id) => _topics[id];

    /// <summary>The topics in the alphabetical order of their names in <paramref name="language"/>, accents folded.</summary>
    public IEnumerable<Topic> TopicsByName(string language) =>
        Topics.OrderBy(t => Rules.Slugs.FromTitle(t.In(language).Name), StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal);

    /// <summary>The article in <paramref name="language"/> that shares <paramref name="article"/>'s translationKey.</summary>
    public Article? TranslationOf(Article article, string language) =>
        article.TranslationKey is { } key && _byTranslationKey.TryGetValue(language, out var byKey) && byKey.TryGetValue(key, out var other) ? other : null;

    /// <summary>Every language but <paramref name="language"/>, in the site's order.</summary>
    public IEnumerable<Language> OtherLanguages(string language) => Site.Languages.Where(l => l.Code != language);
}
