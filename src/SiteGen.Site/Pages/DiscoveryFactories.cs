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

    /// <summary>The web app manifest: the default language's name, the theme's icon and the site's logo.</summary>
    private static string Manifest(SiteGen.Content.Model.SiteContent content)
    {
        var language = content.Site[content.Site.DefaultLanguage];
        var icons = content.Icon is { } icon
            ? icon.Widths.Where(w => w <= 512).DefaultIfEmpty(icon.Widths[0])
                .Select(w => new Dictionary<string, string> { ["src"] = icon.VariantUrl(w, "png"), ["type"] = "image/png", ["sizes"] = $"{w}x{w}" }).ToList()
            : new List<Dictionary<string, string>>
            {
                new() { ["src"] = content.Urls.Asset("favicon.svg"), ["type"] = "image/svg+xml", ["sizes"] = "any" },
                new() { ["src"] = content.Urls.Asset("apple-touch-icon.png"), ["type"] = "image/png", ["sizes"] = "180x180" },
            };
        var manifest = new Dictionary<string, object>
        {
            ["name"] = language.Title,
            ["short_name"] = language.Title,
            ["lang"] = language.Code,
            ["start_url"] = content.Urls.Home(language.Code),
            ["scope"] = content.Urls.Root,
            ["display"] = "browser",
            ["icons"] = icons,
        };
        return StructuredData.Json(manifest, new System.Text.Json.JsonWriterOptions
        {
            Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }

    /// <summary>sitemap.xml from the heads of every page, the news sitemap and the index of both, robots.txt, the web app manifest, _headers and the 404 page.</summary>
    public static IEnumerable<Document> SiteFiles(SiteContext site, IReadOnlyList<Theme.Rendering.PageHead> heads)
    {
        var sitemap = site.Urls.Absolute(site.Urls.Root + "sitemap.xml");
        yield return site.Data(site.Urls.Root + "sitemap.xml",
            output => Sitemap.Write(output, heads, site.Urls.Absolute(site.Urls.Root), site.Cache.SitemapElements,
                // The chooser belongs to the homes' cluster, whose x-default it is: it lists the same alternates they do.
                [.. site.Content.Site.Languages.Select(l => new Theme.Rendering.Alternate(l.Code, site.Urls.Absolute(site.Urls.Home(l.Code)))),
                 new Theme.Rendering.Alternate("x-default", site.Urls.Absolute(site.Urls.Root))]),
            () => SiteGen.Incremental.PageFingerprint.OfParts(heads, SitemapParts, h => (h.CanonicalUrl, h.Modified, h.Alternates)));
        var recent = NewsSitemap.Articles(site.Content, site.Content.BuildTime);
        yield return site.Text(site.Urls.Root + "news-sitemap.xml", () => NewsSitemap.Write(recent, site.Content), recent.ToArray());
        yield return site.Text(site.Urls.Root + "sitemap-index.xml", NewsSitemap.Index(site.Content));
        yield return site.Text(site.Urls.Root + "robots.txt",
            $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(site.Urls.Root + "sitemap-index.xml")}\nSitemap: {sitemap}\nSitemap: {site.Urls.Absolute(site.Urls.Root + "news-sitemap.xml")}\n");
        yield return site.Text(site.Content.Urls.Manifest, Manifest(site.Content));
        // Netlify and Cloudflare Pages send these with every file; other hosts ignore the file.
        // The 404 page is kept out of search engines by a header rather than a <meta name="robots">: hosts serve it
        // with the 404 status for missing addresses, and only a direct request for /404.html gets it with 200.
        yield return site.Text(site.Urls.Root + "_headers",
            "/*\n" + string.Concat(Theme.Rendering.SecurityPolicy.Headers.Select(h => $"  {h.Name}: {h.Value}\n"))
            + $"{site.Urls.Root}404.html\n  X-Robots-Tag: noindex\n");
        yield return site.Page<NotFoundPage, Theme.Rendering.SitePageModel>(site.Urls.Root + "404.html", Theme.Rendering.SitePageModel.Instance);
    }
}
