using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Rules;

namespace SiteGen.Pages;

/// <summary>
/// The redirect pipeline's documents: a page at each old address and the `_redirects` file. It runs
/// after every page kind, so an alias that is the address of any page of the site (a topic, an
/// archive month …) is an error at the alias rather than a page overwritten.
/// </summary>
internal static class RedirectFactories
{
    /// <summary>Files at the site's root that no alias may take.</summary>
    private static readonly string[] RootFiles = ["index.html", "404.html", "sitemap.xml", "robots.txt", "_headers", "_redirects", "manifest.webmanifest"];

    public static IEnumerable<Document> Redirects(SiteContext site, IReadOnlyList<Theme.Rendering.PageHead> heads)
    {
        var redirects = site.Content.Redirects;
        if (redirects.Count == 0) yield break;
        var pages = heads.Select(h => h.CanonicalUrl).ToHashSet(StringComparer.Ordinal);
        var roots = RootFiles.Select(f => site.Urls.Root + f).ToHashSet(StringComparer.Ordinal);
        var kept = new List<SiteGen.Content.Aggregates.Redirect>();
        foreach (var redirect in redirects)
        {
            var absolute = site.Urls.Absolute(redirect.From);
            if (pages.Contains(absolute) || pages.Contains(absolute + "/") || roots.Contains(redirect.From))
            {
                var at = redirect.Location;
                site.Execution.Report(DiagnosticKind.TakenAlias.At(at.Path, at.Line, at.Column,
                    $"The alias '/{redirect.From[site.Urls.Root.Length..]}' is the address of a page the site makes; a redirect there would hide it, so remove the alias or write another old address."));
                continue;
            }
            kept.Add(redirect);
            yield return site.Text(redirect.From, () => RedirectPage.Html(redirect, site.Urls.Absolute(redirect.To)), redirect);
        }
        yield return site.Text(site.Urls.Root + "_redirects", () => RedirectPage.RedirectsFile(kept), kept.ToArray());
    }
}
