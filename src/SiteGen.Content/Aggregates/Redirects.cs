using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Aggregates;

/// <summary>An old address (<c>aliases:</c>) and the page it leads to; both with the base path.</summary>
public sealed record Redirect(string From, string To, string Title, string Language, SourceLocation Location);

/// <summary>
/// Every alias of the published articles and pages, as redirects. An alias that is the address of
/// a page, under a section of the site or the assets, or the alias of another page, is an error at
/// the alias: the redirect would hide a page, or lead to two.
/// </summary>
public static class Redirects
{
    /// <param name="reserved">Whether a path (with the base path) is one the site's page kinds or files take.</param>
    public static IReadOnlyList<Redirect> Of(SiteSettings site, IEnumerable<Article> articles, IEnumerable<StaticPage> pages,
        Func<string, bool> reserved, List<Diagnostic> diagnostics)
    {
        if (!articles.Any(a => a.Aliases.Count > 0) && !pages.Any(p => p.Aliases.Count > 0)) return [];
        var targets = articles.Select(a => (a.Aliases, Url: SiteUrls.ArticleOf(site, a), a.Title, a.Language, a.SourcePath, IsPage: false))
            .Concat(pages.Select(p => (p.Aliases, Url: SiteUrls.PageOf(site, p), p.Title, p.Language, p.SourcePath, IsPage: true)))
            .ToList();
        var addresses = targets.Select(t => t.Url).ToHashSet(StringComparer.Ordinal);
        var taken = new Dictionary<string, (string Path, bool IsPage)>(StringComparer.Ordinal);
        var redirects = new List<Redirect>();
        foreach (var target in targets.OrderBy(t => t.SourcePath, StringComparer.Ordinal))
        {
            foreach (var alias in target.Aliases)
            {
                var from = site.BasePath + alias.Value.TrimStart('/');
                string? problem = null;
                if (addresses.Contains(from) || addresses.Contains(from + "/")) problem = "is the address of a page of the site";
                else if (reserved(from)) problem = "is an address the site itself uses (a section, a feed, the assets or the search index)";
                else if (taken.TryGetValue(from, out var owner))
                {
                    // Two articles with one alias are the rules' across files, already reported.
                    if (!owner.IsPage && !target.IsPage) continue;
                    problem = $"already redirects to {owner.Path}";
                }
                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticKind.TakenAlias.At(target.SourcePath, alias.Line, alias.Column,
                        $"The alias '{alias.Value}' {problem}; a redirect there would hide it, so remove the alias or write another old address."));
                    continue;
                }
                taken[from] = (target.SourcePath, target.IsPage);
                redirects.Add(new Redirect(from, target.Url, target.Title, target.Language,
                    new SourceLocation(target.SourcePath, alias.Line, alias.Column)));
            }
        }
        return redirects;
    }
}
