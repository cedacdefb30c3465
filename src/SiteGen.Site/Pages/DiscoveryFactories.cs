using SiteGen.Content.Aggregates;
using SiteGen.Content.Loading;
using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;

namespace SiteGen.Pages;

/// <summary>The documents of the feed and discovery pipelines.</summary>
internal static class DiscoveryFactories
{
    public static IEnumerable<Document> Feeds(SiteContext site)
    {
        foreach (var language in site.Content.Site.Languages)
        {
            var newest = site.Content.ArticlesIn(language.Code).Take(AtomFeed.Entries).ToList();
            yield return site.Text(site.Urls.Feed(language.Code), () => AtomFeed.Write(language.Title, language.Description, language.Code,
                site.Urls.Feed(language.Code), site.Urls.Home(language.Code), newest, site.Content), newest, language);
            var index = site.Index[language.Code];
            foreach (var topic in site.Content.Topics)
            {
                var name = topic.In(language.Code);
                var topicNewest = index.ArticlesByTopic[topic.Id].Take(AtomFeed.Entries).ToList();
                yield return site.Text(site.Urls.TopicFeed(language.Code, topic.Id), () => AtomFeed.Write($"{name.Name} – {language.Title}", name.Description,
                    language.Code, site.Urls.TopicFeed(language.Code, topic.Id), site.Urls.Topic(language.Code, topic.Id), topicNewest, site.Content), topicNewest, name, language);
            }
        }
    }

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
