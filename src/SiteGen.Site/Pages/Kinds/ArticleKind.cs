using SiteGen.Content.Aggregates;
using SiteGen.Incremental;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>One page per article: its body, events and related articles, and its translations in the head.</summary>
internal sealed class ArticleKind : PageKind
{
    public override string Name => "Articles";

    public override IEnumerable<string> Sections(SiteGen.Content.Model.LanguagePaths paths) => [paths.Articles];

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        var languages = site.Content.Site.Languages;
        foreach (var language in languages)
        {
            var index = site.Index[language.Code];
            foreach (var article in index.Articles)
            {
                var related = index.Related.For(article);
                // The head links the article's translations: a changed translation changes this page.
                var inputs = new object?[languages.Count + 1];
                inputs[0] = article;
                inputs[1] = related;
                var next = 2;
                foreach (var other in languages)
                    if (other.Code != article.Language) inputs[next++] = site.Content.TranslationOf(article, other.Code);
                yield return new PageGroup(article.SourcePath, new PageInputs(inputs), () => [Page(site, article, related)]);
            }
        }
    }

    /// <summary>The page of an article, with its related articles and, for a translation, a note on its original.</summary>
    public static Pipeline.Document Page(SiteContext site, SiteGen.Content.Model.Article article, IReadOnlyList<SiteGen.Content.Model.Article> related)
    {
        var original = Translations.OriginalOf(article, site.Content);
        var stale = original is not null && Translations.IsStale(article, original, site.Content.Site);
        return site.Page<ArticlePage, ArticlePageModel>(site.Urls.Article(article), new(site.Heads.Article(article), article, related, original, stale));
    }
}
