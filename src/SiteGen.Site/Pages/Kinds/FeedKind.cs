using SiteGen.Incremental;
using SiteGen.Outputs;
using SiteGen.Pipeline;

namespace SiteGen.Pages.Kinds;

/// <summary>The Atom feeds: one per language and one per topic in each language.</summary>
internal sealed class FeedKind : PageKind
{
    public override string Name => "Feeds";

    public override string? SummaryRow => "Feeds";

    public override string SummaryExtension => ".xml";

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        foreach (var language in site.Content.Site.Languages)
            yield return new PageGroup(language.Code, PageInputs.Always, () => Feeds(site, language));
    }

    private static IEnumerable<Document> Feeds(SiteContext site, Content.Model.Language language)
    {
        var newest = site.Content.ArticlesIn(language.Code).Take(AtomFeed.Entries).ToList();
        yield return site.Utf8(site.Urls.Feed(language.Code), output => AtomFeed.Write(output, language.Title, language.Description, language.Code,
            site.Urls.Feed(language.Code), site.Urls.Home(language.Code), newest, site.Content), newest, language);
        var index = site.Index[language.Code];
        foreach (var topic in site.Content.Topics)
        {
            var name = topic.In(language.Code);
            var topicNewest = index.ArticlesByTopic[topic.Id].Take(AtomFeed.Entries).ToList();
            if (topicNewest.Count == 0) continue; // no feed dated 1970 for a topic the language has nothing on
            yield return site.Utf8(site.Urls.TopicFeed(language.Code, topic.Id), output => AtomFeed.Write(output, $"{name.Name} – {language.Title}", name.Description,
                language.Code, site.Urls.TopicFeed(language.Code, topic.Id), site.Urls.Topic(language.Code, topic.Id), topicNewest, site.Content), topicNewest, name, language);
        }
    }
}
