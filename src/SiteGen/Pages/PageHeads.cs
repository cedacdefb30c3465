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

    public PageHead Home(string language)
    {
        var lang = content.Site[language];
        var alternates = content.Site.Languages
            .Select(l => new Alternate(l.Code, Urls.Absolute(Urls.Home(l.Code))))
            .Append(new Alternate("x-default", Urls.Absolute(Urls.Root)))
            .ToList();
        var links = content.OtherLanguages(language).Select(l => new LanguageLink(l, Urls.Home(l.Code), true)).ToList();
        return new PageHead(language, lang.Title, lang.Description, Urls.Absolute(Urls.Home(language)), alternates, links);
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
            Urls.Absolute(Urls.Article(article)), alternates, links);
    }
}
