using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;
using SiteGen.Incremental;
using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>
/// The authors of authors.yml: per language, the list of those who wrote in it, and each one's
/// paginated page and Atom feed; nothing in a language an author has no article in, and nothing
/// at all on a site without authors.yml.
/// </summary>
internal sealed class AuthorKind : PageKind
{
    public override string Name => "Authors";

    public override string? SummaryRow => "Author pages";

    public override IEnumerable<string> Sections(LanguagePaths paths) => [paths.Authors];

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        if (site.Content.Authors.Count == 0) yield break;
        bool Wrote(string language, string id) => site.Index[language].ArticlesByAuthor[id].Count > 0;
        bool HasAuthors(string language) => site.Content.Authors.Any(a => Wrote(language, a.Id));
        foreach (var language in site.Content.Site.Languages.Select(l => l.Code))
        {
            var index = site.Index[language];
            var counts = site.Content.Authors.Where(a => Wrote(language, a.Id))
                .Select(a => new AuthorCount(a, index.ArticlesByAuthor[a.Id].Count)).ToList();
            if (counts.Count == 0) continue;
            yield return new PageGroup($"{language}/authors", new PageInputs([.. counts.Select(c => (object)c.Author), .. counts.Select(c => (object)c.Articles)]),
                () => [site.Page<AuthorIndexPage, AuthorIndexPageModel>(site.Urls.AuthorIndex(language), new(site.Heads.AuthorIndex(language, HasAuthors), counts))]);
            foreach (var (author, _) in counts)
            {
                var articles = index.ArticlesByAuthor[author.Id];
                yield return new PageGroup($"{language}/authors/{author.Id}", new PageInputs(author, articles),
                    () => Pages(site, language, author, articles, code => Wrote(code, author.Id)));
            }
        }
    }

    private static IEnumerable<Document> Pages(SiteContext site, string language, Author author, IReadOnlyList<Article> articles, Func<string, bool> wroteIn)
    {
        foreach (var page in Pagination.Paginate(articles, site.Content.Site.PageSize))
            yield return site.Page<AuthorPage, AuthorPageModel>(site.Urls.Author(language, author.Id, page.Number),
                new(site.Heads.Author(language, author, page.Number, page.Count, wroteIn), author, page));
        var newest = articles.Take(AtomFeed.Entries).ToList();
        var profile = author.In(language);
        var title = site.Content.Site[language].Title;
        yield return site.Utf8(site.Urls.AuthorFeed(language, author.Id), output => AtomFeed.Write(output, $"{profile.Name} – {title}", profile.Bio.Length > 0 ? profile.Bio : profile.Role,
            language, site.Urls.AuthorFeed(language, author.Id), site.Urls.Author(language, author.Id), newest, site.Content), newest, profile, title);
    }
}
