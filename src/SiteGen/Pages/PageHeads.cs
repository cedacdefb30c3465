using SiteGen.Content.Model;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages;

/// <summary>
/// The head of each kind of page: title, description, canonical URL, hreflang alternates and the
/// language switcher's links. A page that exists in several languages lists each of them and an
/// x-default (the default language's version, or the language chooser for the homes).
/// </summary>
internal sealed class PageHeads(SiteContent content)
{
    private SiteUrls Urls => content.Urls;

    public PageHead Home(string language) =>
        Section(language, content.Site[language].Title, content.Site[language].Description, Urls.Home, Urls.Root);

    public PageHead TopicIndex(string language) =>
        Section(language, Title(language, Theme.Strings.For(language)!.TopicsTitle), Theme.Strings.For(language)!.TopicsIntro, Urls.TopicIndex);

    public PageHead Timeline(string language) =>
        Section(language, Title(language, Theme.Strings.For(language)!.TimelineTitle), Theme.Strings.For(language)!.TimelineIntro, Urls.Timeline);

    public PageHead Search(string language) =>
        Section(language, Title(language, Theme.Strings.For(language)!.SearchTitle), Theme.Strings.For(language)!.SearchIntro, Urls.Search) with
        {
            Stylesheets = [Urls.SearchBundle + "pagefind-ui.css"],
            Scripts = [Urls.SearchBundle + "pagefind-ui.js", Urls.Asset("search.js")],
        };

    /// <summary>A topic page; its later pages point to the first page of the other languages, whose lengths differ.</summary>
    public PageHead Topic(string language, string topicId, int page, int count)
    {
        var name = content.Topic(topicId).In(language);
        var pageOf = Theme.Strings.For(language)!.PageOf
            .Replace("{page}", page.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{count}", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var title = page > 1 ? Title(language, $"{name.Name} ({pageOf})") : Title(language, name.Name);
        var head = Section(language, title, name.Description, l => Urls.Topic(l, topicId)) with
        {
            Feeds = [LanguageFeed(language), new FeedLink(name.Name, Urls.TopicFeed(language, topicId))],
        };
        return page == 1 ? head : head with { CanonicalUrl = Urls.Absolute(Urls.Topic(language, topicId, page)), Alternates = [] };
    }

    public PageHead Article(Article article)
    {
        var language = content.Site[article.Language];
        var versions = content.Site.Languages
            .Select(l => l.Code == article.Language ? article : content.TranslationOf(article, l.Code))
            .OfType<Article>()
            .ToList();
        var alternates = versions.Count < 2
            ? []
            : versions.Select(v => new Alternate(v.Language, Urls.Absolute(Urls.Article(v))))
                .Append(new Alternate("x-default", Urls.Absolute(Urls.Article(versions[0]))))
                .ToList();
        var links = content.OtherLanguages(article.Language)
            .Select(l => content.TranslationOf(article, l.Code) is { } translation
                ? new LanguageLink(l, Urls.Article(translation), true)
                : new LanguageLink(l, Urls.Home(l.Code), false))
            .ToList();
        return new PageHead(article.Language, $"{article.Title} – {language.Title}", article.Summary,
            Urls.Absolute(Urls.Article(article)), alternates, links)
        {
            Feeds = [LanguageFeed(article.Language)],
            OpenGraphType = "article",
            StructuredData = Outputs.StructuredData.NewsArticle(article, content),
            Modified = article.LastModified ?? article.Date,
        };
    }

    public PageHead Page(StaticPage page)
    {
        var versions = content.Site.Languages
            .Select(l => l.Code == page.Language ? page : content.TranslationOf(page, l.Code))
            .OfType<StaticPage>()
            .ToList();
        var alternates = versions.Count < 2
            ? []
            : versions.Select(v => new Alternate(v.Language, Urls.Absolute(Urls.Page(v))))
                .Append(new Alternate("x-default", Urls.Absolute(Urls.Page(versions[0]))))
                .ToList();
        var links = content.OtherLanguages(page.Language)
            .Select(l => content.TranslationOf(page, l.Code) is { } translation
                ? new LanguageLink(l, Urls.Page(translation), true)
                : new LanguageLink(l, Urls.Home(l.Code), false))
            .ToList();
        return new PageHead(page.Language, Title(page.Language, page.Title), page.Summary, Urls.Absolute(Urls.Page(page)), alternates, links)
        {
            Feeds = [LanguageFeed(page.Language)],
            Modified = page.LastModified,
        };
    }

    /// <summary>A page that every language has at <paramref name="url"/>: alternates for all, x-default to the default language (or <paramref name="xDefault"/>).</summary>
    private PageHead Section(string language, string title, string description, Func<string, string> url, string? xDefault = null)
    {
        var alternates = content.Site.Languages
            .Select(l => new Alternate(l.Code, Urls.Absolute(url(l.Code))))
            .Append(new Alternate("x-default", Urls.Absolute(xDefault ?? url(content.Site.DefaultLanguage))))
            .ToList();
        var links = content.OtherLanguages(language).Select(l => new LanguageLink(l, url(l.Code), true)).ToList();
        return new PageHead(language, title, description, Urls.Absolute(url(language)), alternates, links)
        {
            Feeds = [LanguageFeed(language)],
        };
    }

    private FeedLink LanguageFeed(string language) => new(content.Site[language].Title, Urls.Feed(language));

    private string Title(string language, string page) => $"{page} – {content.Site[language].Title}";
}
