namespace SiteGen.Content.Model;

/// <summary>
/// Every URL of the site in one place, from the content format's table. Links are root-relative
/// with the base path of <c>baseUrl</c>; <see cref="Absolute"/> makes them absolute for feeds and sitemaps.
/// Each URL maps to one output file: a path ending in '/' is that folder's index.html.
/// </summary>
public sealed class SiteUrls(SiteSettings site, SiteContent content)
{
    private string Base => site.BasePath;

    public string Root => Base;
    public string Home(string language) => $"{Base}{language}/";

    /// <summary>The list of a language's articles, newest first: page 1 is the front page, then /fr/page/2/ …</summary>
    public string ArticleList(string language, int page) => page <= 1 ? Home(language) : $"{Home(language)}page/{page}/";
    public string Archives(string language) => $"{Base}{language}/{site[language].Paths.Archives}/";
    public string ArchiveMonth(string language, int year, int month) =>
        $"{Archives(language)}{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{month.ToString("00", System.Globalization.CultureInfo.InvariantCulture)}/";
    public string Page(StaticPage page) => PageOf(site, page);
    public string Article(Article article) => ArticleOf(site, article);

    /// <summary>An article's address, before the site's content is put together.</summary>
    public static string ArticleOf(SiteSettings site, Article article) => $"{site.BasePath}{article.Language}/{site[article.Language].Paths.Articles}/{article.Slug}/";

    /// <summary>A static page's address, before the site's content is put together.</summary>
    public static string PageOf(SiteSettings site, StaticPage page) => $"{site.BasePath}{page.Language}/{page.Slug}/";
    public string TopicIndex(string language) => $"{Base}{language}/{site[language].Paths.Topics}/";
    public string Topic(string language, string topicId, int page = 1) =>
        $"{TopicIndex(language)}{content.Topic(topicId).In(language).Slug}/" + (page > 1 ? $"page/{page}/" : "");
    /// <summary>A topic's own timeline: its years (<c>/fr/sujets/tiktok/chronologie/</c>), each a page below it.</summary>
    public string TopicTimeline(string language, string topicId) => $"{Topic(language, topicId)}{site[language].Paths.Timeline}/";
    public string TopicTimelineData(string language, string topicId) => Topic(language, topicId) + "timeline.json";
    public string TopicFeed(string language, string topicId) => Topic(language, topicId) + "feed.xml";
    public string Timeline(string language) => $"{Base}{language}/{site[language].Paths.Timeline}/";
    public string TimelineData(string language) => Timeline(language) + "timeline.json";
    /// <summary>
    /// An entry, by its date and key, on the page of the language's timeline that shows it
    /// (<c>/fr/chronologie/2024/#event-…</c>, or its month's or day's page in a split year).
    /// </summary>
    public string TimelineEntry(string language, SiteGen.Rules.PartialDate date, string key)
    {
        var place = PagingOf(language).PlaceOf(date, key);
        return TimelinePeriod(language, place.Period, null, place.Page) + "#" + Aggregates.TimelineEntry.AnchorOf(key);
    }

    /// <summary>How each language's timeline is paged: given by the content's index, which builds the timelines.</summary>
    public Func<string, Aggregates.TimelinePaging> PagingOf { get; set; } = _ => Aggregates.TimelinePaging.None;

    /// <summary>Which page shows which entry, in every language: the pages that link to entries are made again when it changes.</summary>
    public string LayoutVersion => _layoutVersion ??= string.Join("|", site.Languages.Select(l => PagingOf(l.Code).Version));

    private string? _layoutVersion;
    public string TimelineYear(string language, int year) => TimelinePeriod(language, new SiteGen.Rules.PartialDate(year));

    /// <summary>The page of a year, month or day of a timeline: the language's (<paramref name="topicId"/> null) or a topic's.</summary>
    /// <param name="page">Its number among the period's pages, when its entries fill more than one.</param>
    public string TimelinePeriod(string language, SiteGen.Rules.PartialDate period, string? topicId = null, int page = 1)
    {
        var root = topicId is null ? Timeline(language) : TopicTimeline(language, topicId);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return root + period.Year.ToString(invariant) + "/"
            + (period.Month > 0 ? period.Month.ToString("00", invariant) + "/" : "")
            + (period.Day > 0 ? period.Day.ToString("00", invariant) + "/" : "")
            + (page > 1 ? $"page/{page.ToString(invariant)}/" : "");
    }
    public string TimelineYearData(string language, int year) => TimelineYear(language, year) + "timeline.json";
    public string AuthorIndex(string language) => $"{Base}{language}/{site[language].Paths.Authors}/";
    public string Author(string language, string authorId, int page = 1) => $"{AuthorIndex(language)}{authorId}/" + (page > 1 ? $"page/{page}/" : "");
    public string AuthorFeed(string language, string authorId) => Author(language, authorId) + "feed.xml";
    public string Corrections(string language) => $"{Base}{language}/{site[language].Paths.Corrections}/";
    public string Search(string language) => $"{Base}{language}/{site[language].Paths.Search}/";
    public string Feed(string language) => $"{Base}{language}/feed.xml";
    public string Stylesheet => $"{Base}assets/site.css";
    public string Manifest => $"{Base}manifest.webmanifest";

    /// <summary>Where Pagefind writes its index and interface.</summary>
    public string SearchBundle => $"{Base}pagefind/";
    public string Asset(string name) => $"{Base}assets/{name}";

    private readonly string _origin = site.BaseUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>The absolute form of a site URL: a concatenation for the usual root-relative ASCII path, else Uri's escaping.</summary>
    public string Absolute(string url) =>
        url.StartsWith('/') && System.Text.Ascii.IsValid(url) && !url.Contains(' ') ? _origin + url : new Uri(site.BaseUrl, url).AbsoluteUri;

    /// <summary>The output file a URL is served from, relative to the output folder.</summary>
    public string FileOf(string url)
    {
        var relative = url[Base.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
