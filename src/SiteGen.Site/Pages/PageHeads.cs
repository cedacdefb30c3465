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

    /// <summary>
    /// A year, month or day of a timeline (the language's, or a topic's), in the languages whose
    /// same timeline has a page for that period.
    /// </summary>
    /// <param name="pages">How many pages the period has: a later page has its own canonical address and no alternates.</param>
    public PageHead TimelinePeriod(string language, SiteGen.Content.Aggregates.TimelinePlace place, int pages, string? topicId, Func<string, bool> hasPeriod)
    {
        var strings = Theme.Strings.For(language)!;
        var text = LocalizedDates.Format(place.Period, strings);
        var title = topicId is null ? $"{strings.TimelineTitle} {text}" : $"{content.Topic(topicId).In(language).Name} – {strings.TimelineTitle} {text}";
        if (place.Page > 1) title += $" ({PageOf(language, place.Page, pages)})";
        var head = Translatable(language, title, strings.TimelineYearIntro.Replace("{year}", text),
            code => code == language || hasPeriod(code) ? Urls.TimelinePeriod(code, place.Period, topicId, place.Page) : null);
        return place.Page == 1 ? head : head with { Alternates = [] };
    }

    /// <summary>A topic's timeline index, in the languages that have events on the topic.</summary>
    public PageHead TopicTimeline(string language, string topicId, Func<string, bool> hasEvents)
    {
        var strings = Theme.Strings.For(language)!;
        var name = content.Topic(topicId).In(language).Name;
        return Translatable(language, $"{name} – {strings.TimelineTitle}", strings.TopicTimelineIntro.Replace("{topic}", name),
            code => code == language || hasEvents(code) ? Urls.TopicTimeline(code, topicId) : null);
    }

    public PageHead Search(string language) =>
        Section(language, Title(language, Theme.Strings.For(language)!.SearchTitle), Theme.Strings.For(language)!.SearchIntro, Urls.Search) with
        {
            Stylesheets = [Urls.SearchBundle + "pagefind-ui.css"],
            Scripts = [Urls.SearchBundle + "pagefind-ui.js", Urls.Asset("search.js")],
        };

    /// <summary>A later page of a language's articles: its own canonical address, no alternates (the lists' lengths differ).</summary>
    public PageHead ArticleList(string language, int page, int count)
    {
        var strings = Theme.Strings.For(language)!;
        var head = Section(language, Title(language, $"{strings.AllArticles} ({PageOf(language, page, count)})"), content.Site[language].Description, Urls.Home);
        return head with
        {
            CanonicalUrl = Urls.Absolute(Urls.ArticleList(language, page)), Alternates = [],
            LanguageLinks = content.OtherLanguages(language).Select(l => new LanguageLink(l, Urls.Home(l.Code), false)).ToList(),
        };
    }

    public PageHead Archives(string language) =>
        Section(language, Title(language, Theme.Strings.For(language)!.ArchivesTitle), Theme.Strings.For(language)!.ArchivesIntro, Urls.Archives);

    public PageHead Corrections(string language) =>
        Section(language, Title(language, Theme.Strings.For(language)!.Corrections), Theme.Strings.For(language)!.CorrectionsIntro, Urls.Corrections);

    /// <summary>The list of authors, in the languages where some author of authors.yml has an article.</summary>
    public PageHead AuthorIndex(string language, Func<string, bool> hasAuthors)
    {
        var strings = Theme.Strings.For(language)!;
        return Translatable(language, strings.AuthorsTitle, strings.AuthorsIntro, code => code == language || hasAuthors(code) ? Urls.AuthorIndex(code) : null);
    }

    /// <summary>An author's page, in the languages the author has articles in; later pages are their own canonical, without alternates.</summary>
    public PageHead Author(string language, Author author, int page, int count, Func<string, bool> wroteIn)
    {
        var profile = author.In(language);
        var head = Translatable(language, page > 1 ? $"{profile.Name} ({PageOf(language, page, count)})" : profile.Name,
            profile.Bio.Length > 0 ? profile.Bio : profile.Role,
            code => code == language || wroteIn(code) ? Urls.Author(code, author.Id) : null) with
        {
            OpenGraphType = "profile",
            Feeds = [LanguageFeed(language), new FeedLink(profile.Name, Urls.AuthorFeed(language, author.Id))],
            StructuredData = page == 1 ? Outputs.StructuredData.ProfilePage(author, language, content) : null,
            Image = author.Image,
        };
        return page == 1 ? head : head with { CanonicalUrl = Urls.Absolute(Urls.Author(language, author.Id, page)), Alternates = [] };
    }

    /// <summary>A month of the archives, in the languages that have articles that month.</summary>
    public PageHead ArchiveMonth(string language, int year, int month, Func<string, bool> hasMonth)
    {
        var strings = Theme.Strings.For(language)!;
        var name = LocalizedDates.Format(new SiteGen.Rules.PartialDate(year, month), strings);
        return Translatable(language, $"{name} – {strings.ArchivesTitle}",
            strings.ArchiveMonthIntro.Replace("{month}", name),
            code => code == language || hasMonth(code) ? Urls.ArchiveMonth(code, year, month) : null);
    }

    /// <summary>
    /// A topic page, in the languages that have articles on the topic; its later pages point to
    /// the first page of the other languages, whose lengths differ.
    /// </summary>
    public PageHead Topic(string language, string topicId, int page, int count)
    {
        var name = content.Topic(topicId).In(language);
        var head = Translatable(language, page > 1 ? $"{name.Name} ({PageOf(language, page, count)})" : name.Name, name.Description,
            code => code == language || content.HasArticlesOn(code, topicId) ? Urls.Topic(code, topicId) : null) with
        {
            Feeds = [LanguageFeed(language), new FeedLink(name.Name, Urls.TopicFeed(language, topicId))],
        };
        return page == 1 ? head : head with { CanonicalUrl = Urls.Absolute(Urls.Topic(language, topicId, page)), Alternates = [] };
    }

    public PageHead Article(Article article) =>
        Translatable(article.Language, article.Title, article.Summary,
            code => code == article.Language ? Urls.Article(article) : content.TranslationOf(article, code) is { } t ? Urls.Article(t) : null) with
        {
            OpenGraphType = "article",
            StructuredData = Outputs.StructuredData.NewsArticle(article, content),
            Modified = article.Modified,
            Image = article.Image,
            Scripts = article.HasVideo ? [Urls.Asset("video.js")] : [],
        };

    public PageHead Page(StaticPage page) =>
        Translatable(page.Language, page.Title, page.Summary,
            code => code == page.Language ? Urls.Page(page) : content.TranslationOf(page, code) is { } t ? Urls.Page(t) : null) with
        {
            Modified = page.LastModified,
            Image = page.Image,
            Scripts = page.HasVideo ? [Urls.Asset("video.js")] : [],
        };

    /// <summary>
    /// A page that exists in the languages where <paramref name="urlIn"/> gives a URL: alternates
    /// (with x-default, the first language's version) only when there are two or more, and a
    /// language switcher that leads to the other language's home, saying so, where there is none.
    /// </summary>
    private PageHead Translatable(string language, string title, string description, Func<string, string?> urlIn)
    {
        var versions = content.Site.Languages.Select(l => (l.Code, Url: urlIn(l.Code))).Where(v => v.Url is not null).ToList();
        var alternates = versions.Count < 2
            ? []
            : versions.Select(v => new Alternate(v.Code, Urls.Absolute(v.Url!)))
                .Append(new Alternate("x-default", Urls.Absolute(versions[0].Url!)))
                .ToList();
        var links = content.OtherLanguages(language)
            .Select(l => urlIn(l.Code) is { } url ? new LanguageLink(l, url, true) : new LanguageLink(l, Urls.Home(l.Code), false))
            .ToList();
        return new PageHead(language, Title(language, title), description, Urls.Absolute(urlIn(language)!), alternates, links)
        {
            Feeds = [LanguageFeed(language)],
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

    /// <summary>"Page 2 sur 5" in the language's words.</summary>
    private static string PageOf(string language, int page, int count) => Theme.Strings.For(language)!.PageOf
        .Replace("{page}", page.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{count}", count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private FeedLink LanguageFeed(string language) => new(content.Site[language].Title, Urls.Feed(language));

    private string Title(string language, string page) => $"{page} – {content.Site[language].Title}";
}
