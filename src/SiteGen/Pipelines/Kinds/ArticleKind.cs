using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pipelines.Kinds;

/// <summary>One page per article: its body, events and related articles, and its translations in the head.</summary>
internal sealed class ArticleKind : PageKind
{
    public override string Name => "Articles";

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        foreach (var language in site.Content.Site.Languages)
        {
            var index = site.Index[language.Code];
            foreach (var article in index.Articles)
            {
                var related = index.Related.For(article);
                // The head links the article's translations: a changed translation changes this page.
                var inputs = new PageInputs([article, related, .. site.Content.OtherLanguages(language.Code).Select(l => site.Content.TranslationOf(article, l.Code))]);
                yield return new PageGroup(article.SourcePath, inputs, () =>
                    [site.Page<ArticlePage, ArticlePageModel>(site.Urls.Article(article), new(site.Heads.Article(article), article, related))]);
            }
        }
    }
}
