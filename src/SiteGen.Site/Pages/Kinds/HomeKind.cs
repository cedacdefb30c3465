using SiteGen.Incremental;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>Each language's home, search page and static pages, and the language chooser at the root.</summary>
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

    private static IEnumerable<Document> Pages(SiteContext site, string language)
    {
        yield return site.Page<HomePage, HomePageModel>(site.Urls.Home(language),
            new(site.Heads.Home(language), site.Content.ArticlesIn(language).Take(site.Content.Site.PageSize).ToList()));
        yield return site.Page<SearchPage, SearchPageModel>(site.Urls.Search(language), new(site.Heads.Search(language)));
        foreach (var page in site.Content.PagesIn(language))
            yield return site.Page<StaticPagePage, StaticPageModel>(site.Urls.Page(page), new(site.Heads.Page(page), page));
    }
}
