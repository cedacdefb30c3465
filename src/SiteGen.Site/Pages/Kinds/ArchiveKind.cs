using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;
using SiteGen.Incremental;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>
/// Every article within three clicks of its language's home: the lists after the front page
/// (/fr/page/2/ …, with prev/next links), the archive index and one page per month
/// (/fr/archives/2024/09/), each with its neighbours.
/// </summary>
internal sealed class ArchiveKind : PageKind
{
    public override string Name => "Archives";

    public override string? SummaryRow => "Archive pages";

    public override IEnumerable<string> Sections(LanguagePaths paths) => [paths.Archives, "page"];

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        var months = site.Content.Site.Languages.ToDictionary(l => l.Code, l => MonthsOf(site.Content.ArticlesIn(l.Code)));
        foreach (var language in site.Content.Site.Languages.Select(l => l.Code))
        {
            var articles = site.Content.ArticlesIn(language);
            var byMonth = months[language];
            // One group per list page, made from its own articles: an edit remakes the page that
            // shows the article, not the site's 500 pages (a new article still shifts them all).
            foreach (var page in Pagination.Paginate(articles, site.Content.Site.PageSize).Skip(1))
                yield return new PageGroup($"{language}/page/{page.Number}", new PageInputs([.. page.Items, page.Number, page.Count]),
                    () => [ListPage(site, language, page)]);
            var index = byMonth.Select(m => new ArchiveMonth(m.Key.Year, m.Key.Month, m.Value.Count)).ToList();
            yield return new PageGroup($"{language}/archives", PageInputs.Always, () =>
                [site.Page<ArchiveIndexPage, ArchiveIndexPageModel>(site.Urls.Archives(language), new(site.Heads.Archives(language), index))]);
            for (var i = 0; i < index.Count; i++)
            {
                var (month, newer, older) = (index[i], i > 0 ? index[i - 1] : null, i + 1 < index.Count ? index[i + 1] : null);
                var inMonth = byMonth[(month.Year, month.Month)];
                // Made from its articles, its neighbours' counts and the other languages that have the month.
                object?[] inputs = [.. inMonth, newer?.Year, newer?.Month, newer?.Count, older?.Year, older?.Month, older?.Count,
                    .. months.Where(m => m.Key != language).Select(m => (object)m.Value.ContainsKey((month.Year, month.Month)))];
                yield return new PageGroup($"{language}/{month.Year}-{month.Month}", new PageInputs(inputs), () =>
                [
                    site.Page<ArchiveMonthPage, ArchiveMonthPageModel>(site.Urls.ArchiveMonth(language, month.Year, month.Month),
                        new(site.Heads.ArchiveMonth(language, month.Year, month.Month, other => months[other].ContainsKey((month.Year, month.Month))),
                            month, inMonth, newer, older)),
                ]);
            }
        }
    }

    /// <summary>A list page, from page 2 on: the front page shows the first page's worth.</summary>
    private static Document ListPage(SiteContext site, string language, Page<Article> page) =>
        site.Page<ArticleListPage, ArticleListPageModel>(site.Urls.ArticleList(language, page.Number),
            new(site.Heads.ArticleList(language, page.Number, page.Count), page));

    /// <summary>The articles of each month, newest month first (the articles are newest first already).</summary>
    private static SortedDictionary<(int Year, int Month), List<Article>> MonthsOf(IReadOnlyList<Article> articles)
    {
        var months = new SortedDictionary<(int Year, int Month), List<Article>>(Comparer<(int Year, int Month)>.Create((a, b) => b.CompareTo(a)));
        foreach (var article in articles)
        {
            var key = (article.Date.Year, article.Date.Month);
            if (!months.TryGetValue(key, out var list)) months[key] = list = [];
            list.Add(article);
        }
        return months;
    }
}
