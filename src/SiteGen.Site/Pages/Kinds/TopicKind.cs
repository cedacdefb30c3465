using SiteGen.Incremental;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;
using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>
/// The topic index of each language, and each topic's paginated pages and timeline data, in the
/// languages where the topic has articles (no empty page, and no empty TimelineJS data).
/// </summary>
internal sealed class TopicKind : PageKind
{
    public override string Name => "Topics";

    public override string? SummaryRow => "Topic pages";

    public override IEnumerable<string> Sections(SiteGen.Content.Model.LanguagePaths paths) => [paths.Topics];

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        foreach (var language in site.Content.Site.Languages.Select(l => l.Code))
        {
            var index = site.Index[language];
            yield return new PageGroup(language, PageInputs.Always, () =>
                [site.Page<TopicIndexPage, TopicIndexPageModel>(site.Urls.TopicIndex(language),
                    new(site.Heads.TopicIndex(language), index.ArticlesByTopic.ToDictionary(t => t.Key, t => t.Value.Count)))]);
            foreach (var topic in site.Content.Topics)
            {
                var articles = index.ArticlesByTopic[topic.Id];
                if (articles.Count == 0) continue;
                var timeline = index.Timelines.ForTopic(topic.Id);
                yield return new PageGroup($"{language}/{topic.Id}", new PageInputs(articles, timeline), () => Pages(site, language, topic, articles, timeline));
            }
        }
    }

    private static IEnumerable<Document> Pages(SiteContext site, string language, Topic topic, IReadOnlyList<Article> articles, Timeline timeline)
    {
        foreach (var page in Pagination.Paginate(articles, site.Content.Site.PageSize))
        {
            yield return site.Page<TopicPage, TopicPageModel>(site.Urls.Topic(language, topic.Id, page.Number),
                new(site.Heads.Topic(language, topic.Id, page.Number, page.Count), topic.Id, page, page.Number == 1 ? timeline : Timeline.Empty));
        }
        var name = topic.In(language);
        if (timeline.Entries.Count == 0) yield break; // TimelineJS refuses a timeline without events
        yield return site.Text(site.Urls.TopicTimelineData(language, topic.Id),
            () => TimelineJson.Write(timeline, name.Name, name.Description, language, site.Content, site.Cache.TimelineJson), timeline, name);
    }
}
