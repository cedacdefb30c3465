using SiteGen.Content.Model;
using SiteGen.Incremental;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>Each language's front page, search page and static pages, and the language chooser at the root.</summary>
internal sealed class HomeKind : PageKind
{
    public override string Name => "Homes";

    public override IEnumerable<string> Sections(SiteGen.Content.Model.LanguagePaths paths) => [paths.Search];

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        foreach (var language in site.Content.Site.Languages.Select(l => l.Code))
            yield return new PageGroup(language, PageInputs.Always, () => Pages(site, language));
        yield return new PageGroup("", PageInputs.Always, () =>
            [site.Page<LanguageChooserPage, SitePageModel>(site.Urls.Root, SitePageModel.Instance)]);
    }

    /// <summary>How many leading topics the front page has a section for, and how many articles each shows.</summary>
    private const int LeadingTopics = 3, SectionArticles = 3, LatestEvents = 5;

    /// <summary>
    /// The front page: the newest article leads, the rest of the first page's worth follows; then
    /// the topics of site.yml's frontPage (or the three with the most recent articles), each with its
    /// latest; then the latest events.
    /// </summary>
    private static HomePageModel FrontPage(SiteContext site, string language)
    {
        var index = site.Index[language];
        var first = index.Articles.Take(site.Content.Site.PageSize).ToList();
        // The editors' order (frontPage in site.yml) when they gave one, else the topics with the most recent articles.
        var chosen = site.Content.Site.FrontPage is { } front
            ? front.Select(t => (Id: t.Value, Articles: index.ArticlesByTopic[t.Value])).Where(t => t.Articles.Count > 0)
            : site.Content.Topics
                .Select(t => (t.Id, Articles: index.ArticlesByTopic[t.Id]))
                .Where(t => t.Articles.Count > 0)
                .OrderBy(t => t.Articles[0], Article.NewestFirst).ThenBy(t => t.Id, StringComparer.Ordinal)
                .Take(LeadingTopics);
        var sections = chosen.Select(t => new TopicSection(t.Id, t.Articles.Take(SectionArticles).ToList())).ToList();
        var events = index.Timeline.Entries.Reverse().Take(LatestEvents).ToList();
        return new HomePageModel(site.Heads.Home(language), first.FirstOrDefault(), first.Skip(1).ToList(), sections, events,
            index.Articles.Count > first.Count);
    }

    private static IEnumerable<Document> Pages(SiteContext site, string language)
    {
        yield return site.Page<HomePage, HomePageModel>(site.Urls.Home(language), FrontPage(site, language));
        yield return site.Page<SearchPage, SearchPageModel>(site.Urls.Search(language), new(site.Heads.Search(language)));
        foreach (var page in site.Content.PagesIn(language))
            yield return site.Page<StaticPagePage, StaticPageModel>(site.Urls.Page(page), new(site.Heads.Page(page), page));
    }
}
