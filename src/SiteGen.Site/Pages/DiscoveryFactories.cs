using SiteGen.Content.Aggregates;
using SiteGen.Content.Loading;
using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;

namespace SiteGen.Pages;

/// <summary>The documents of the discovery pipeline: sitemap, robots.txt and the 404 page.</summary>
internal static class DiscoveryFactories
{
    /// <summary>What the sitemap takes of each page head, as a digest remembered per head.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Theme.Rendering.PageHead, System.Runtime.CompilerServices.StrongBox<ulong>> SitemapParts = new();

    /// <summary>sitemap.xml from the heads of every page, robots.txt and the 404 page.</summary>
    public static IEnumerable<Document> SiteFiles(SiteContext site, IReadOnlyList<Theme.Rendering.PageHead> heads)
    {
        var sitemap = site.Urls.Absolute(site.Urls.Root + "sitemap.xml");
        yield return site.Data(site.Urls.Root + "sitemap.xml",
            () => Sitemap.Write(heads, site.Urls.Absolute(site.Urls.Root), site.Cache.SitemapElements),
            () => SiteGen.Incremental.PageFingerprint.OfParts(heads, SitemapParts, h => (h.CanonicalUrl, h.Modified, h.Alternates)));
        yield return site.Text(site.Urls.Root + "robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n");
        yield return site.Page<NotFoundPage, Theme.Rendering.SitePageModel>(site.Urls.Root + "404.html", Theme.Rendering.SitePageModel.Instance);
    }
}
