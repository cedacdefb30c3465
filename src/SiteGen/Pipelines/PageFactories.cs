using SiteGen.Content.Aggregates;
using SiteGen.Content.Loading;
using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pipelines;

/// <summary>The documents each aggregate pipeline makes: one method per kind of page.</summary>
internal static class PageFactories
{
    public static IEnumerable<Document> Articles(SiteContext site) =>
        site.State is { } state
            ? ChangedArticles(site, state.ArticlePages)
            : site.Content.AllArticles.Select(article => ArticleDocument(site, article, site.Heads.Article(article), site.Index[article.Language].Related.For(article)));

    private static Document ArticleDocument(SiteContext site, Content.Model.Article article, Theme.Rendering.PageHead head, IReadOnlyList<Content.Model.Article> related) =>
        site.Page<ArticlePage, ArticlePageModel>(site.Urls.Article(article), new(head, article, related));

    /// <summary>
    /// Serve mode: documents only for the article pages whose inputs changed (a new or edited
    /// article, another list of related articles, a translation that changed), a
    /// <see cref="Keys.Removed"/> document for the page of each article that is gone, and a
    /// <see cref="Keys.Partial"/> document saying the other pages stay as they are. Every page is
    /// made when the settings changed or the previous build's pages are not known for sure.
    /// </summary>
    private static List<Document> ChangedArticles(SiteContext site, Building.ArticlePages pages)
    {
        var documents = new List<Document>();
        var indexes = site.Content.Site.Languages.Select(l => site.Index[l.Code]).ToList();
        var updating = pages.SettingsVersion == site.Content.SettingsVersion && indexes.All(i => i.Changes is not null);
        var changedKeys = new HashSet<string>(StringComparer.Ordinal);
        if (updating)
        {
            documents.Add(new Document(null, null).With(Keys.Partial, true));
            foreach (var changes in indexes.Select(i => i.Changes!))
            {
                changedKeys.UnionWith(changes.Removed.Concat(changes.Added).Select(a => a.TranslationKey).OfType<string>());
                foreach (var gone in changes.Removed)
                    if (pages.Forget(gone) is { } file) documents.Add(Removed(file));
            }
        }
        else pages.Reset(site.Content.SettingsVersion);
        foreach (var index in indexes)
        {
            foreach (var article in index.Articles)
            {
                var related = index.Related.For(article);
                if (updating && pages.TryGet(article, out var known) && ReferenceEquals(known.Related, related)
                    && (article.TranslationKey is not { } key || !changedKeys.Contains(key)))
                    continue;
                var head = site.Heads.Article(article);
                var document = ArticleDocument(site, article, head, related);
                pages.Record(article, new Building.ArticlePage(document.Destination!, head, related));
                documents.Add(document);
            }
        }
        return documents;
    }

    /// <summary>The head of a page document; null for other documents.</summary>
    public static Theme.Rendering.PageHead? HeadOf(Document document) =>
        document.TryGet<PageRequest>(Keys.Page, out var page) ? page.Model.Head : null;

    private static Document Removed(string destination) => new Document(null, destination).With(Keys.Removed, true);

    public static IEnumerable<Document> Homes(SiteContext site) =>
        site.Content.Site.Languages
            .SelectMany(language => new[]
            {
                site.Page<HomePage, HomePageModel>(site.Urls.Home(language.Code), new(site.Heads.Home(language.Code),
                    site.Content.ArticlesIn(language.Code).Take(site.Content.Site.PageSize).ToList())),
                site.Page<SearchPage, SearchPageModel>(site.Urls.Search(language.Code), new(site.Heads.Search(language.Code))),
            }.Concat(site.Content.PagesIn(language.Code).Select(page =>
                site.Page<StaticPagePage, StaticPageModel>(site.Urls.Page(page), new(site.Heads.Page(page), page)))))
            .Append(site.Page<LanguageChooserPage, SitePageModel>(site.Urls.Root, SitePageModel.Instance));

    /// <summary>
    /// The topic index of each language, and each topic's pages and timeline data. In serve mode,
    /// a topic whose articles and timeline did not change gets no document (a <see cref="Keys.Partial"/>
    /// document says its files stay), and files a topic no longer has get <see cref="Keys.Removed"/> ones.
    /// </summary>
    public static IEnumerable<Document> Topics(SiteContext site)
    {
        var kept = site.State?.TopicPages;
        var updating = kept?.Begin(site.Content.SettingsVersion) ?? false;
        if (updating) yield return new Document(null, null).With(Keys.Partial, true);
        foreach (var language in site.Content.Site.Languages.Select(l => l.Code))
        {
            var index = site.Index[language];
            yield return site.Page<TopicIndexPage, TopicIndexPageModel>(site.Urls.TopicIndex(language),
                new(site.Heads.TopicIndex(language), index.ArticlesByTopic.ToDictionary(t => t.Key, t => t.Value.Count)));
            foreach (var topic in site.Content.Topics)
            {
                var articles = index.ArticlesByTopic[topic.Id];
                var timeline = index.Timelines.ForTopic(topic.Id);
                if (kept is not null && kept.Same(language, topic.Id, articles, timeline) && updating) continue;
                var documents = TopicDocuments(site, language, topic, articles, timeline).ToList();
                foreach (var document in documents) yield return document;
                if (kept is null) continue;
                var heads = documents.Select(HeadOf).OfType<Theme.Rendering.PageHead>().ToList();
                foreach (var gone in kept.Record(language, topic.Id, articles, timeline, documents.Select(d => d.Destination!).ToList(), heads))
                    yield return Removed(gone);
            }
        }
        if (kept is null) yield break;
        foreach (var gone in kept.End()) yield return Removed(gone);
    }

    private static IEnumerable<Document> TopicDocuments(SiteContext site, string language, Content.Model.Topic topic, IReadOnlyList<Content.Model.Article> articles, Timeline timeline)
    {
        foreach (var page in Pagination.Paginate(articles, site.Content.Site.PageSize))
        {
            yield return site.Page<TopicPage, TopicPageModel>(site.Urls.Topic(language, topic.Id, page.Number),
                new(site.Heads.Topic(language, topic.Id, page.Number, page.Count), topic.Id, page, page.Number == 1 ? timeline : Timeline.Empty));
        }
        var name = topic.In(language);
        yield return site.Text(site.Urls.TopicTimelineData(language, topic.Id),
            () => TimelineJson.Write(timeline, name.Name, name.Description, language, site.Content, site.Cache.TimelineJson), timeline, name);
    }

    public static IEnumerable<Document> Timelines(SiteContext site)
    {
        foreach (var language in site.Content.Site.Languages)
        {
            var index = site.Index[language.Code];
            foreach (var warning in index.Warnings) site.Execution.Report(warning);
            yield return site.Page<TimelinePage, TimelinePageModel>(site.Urls.Timeline(language.Code),
                new(site.Heads.Timeline(language.Code), index.Timeline));
            yield return site.Text(site.Urls.TimelineData(language.Code),
                () => TimelineJson.Write(index.Timeline, language.Title, language.Description, language.Code, site.Content, site.Cache.TimelineJson), index.Timeline, language);
        }
    }
}
