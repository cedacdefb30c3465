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
    public string TopicTimeline(string language, string topicId) => Topic(language, topicId) + "#timeline";
    public string TopicTimelineData(string language, string topicId) => Topic(language, topicId) + "timeline.json";
    public string TopicFeed(string language, string topicId) => Topic(language, topicId) + "feed.xml";
    public string Timeline(string language) => $"{Base}{language}/{site[language].Paths.Timeline}/";
    public string TimelineData(string language) => Timeline(language) + "timeline.json";
    /// <summary>An entry on its year's page (<c>/fr/chronologie/2024/#event-…</c>).</summary>
    public string TimelineEntry(string language, int year, string anchor) => TimelineYear(language, year) + "#" + anchor;
    public string TimelineYear(string language, int year) => $"{Timeline(language)}{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
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
