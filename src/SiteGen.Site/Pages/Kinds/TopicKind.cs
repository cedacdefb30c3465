using SiteGen.Incremental;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;
using SiteGen.Outputs;
using SiteGen.Pipeline;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>
/// The topic index of each language, and each topic's paginated pages, timeline pages (an index
/// and a page per year, split like the language's timeline when large) and timeline data, in the
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
                if (timeline.Entries.Count == 0) continue;
                // Alternates name the other languages' pages for the same period of the topic's timeline.
                var others = site.Content.Site.Languages.Select(l => (object?)site.Index[l.Code].Timelines.ForTopic(topic.Id)).ToArray();
                yield return new PageGroup($"{language}/{topic.Id}/timeline", new PageInputs(others), () => TopicTimelinePages(site, language, topic.Id, timeline));
            }
        }
    }

    private static IEnumerable<Document> TopicTimelinePages(SiteContext site, string language, string topicId, Timeline timeline)
    {
        bool HasEvents(string code) => site.Index[code].Timelines.ForTopic(topicId).Entries.Count > 0;
        HashSet<Content.Aggregates.TimelinePlace> PlacesIn(string code) =>
            Content.Aggregates.TimelinePaging.Of(site.Index[code].Timelines.ForTopic(topicId)).Pages(site.Index[code].Timelines.ForTopic(topicId)).Select(p => p.Place).ToHashSet();
        var places = site.Content.Site.Languages.ToDictionary(l => l.Code, l => new Lazy<HashSet<Content.Aggregates.TimelinePlace>>(() => PlacesIn(l.Code)));
        yield return Kinds.TimelinePages.Index(site, language, topicId, timeline, site.Heads.TopicTimeline(language, topicId, HasEvents));
        foreach (var page in Kinds.TimelinePages.Periods(site, language, topicId, timeline, Content.Aggregates.TimelinePaging.Of(timeline),
            (place, count) => site.Heads.TimelinePeriod(language, place, count, topicId, code => places[code].Value.Contains(place))))
            yield return page;
    }

    private static IEnumerable<Document> Pages(SiteContext site, string language, Topic topic, IReadOnlyList<Article> articles, Timeline timeline)
    {
        foreach (var page in Pagination.Paginate(articles, site.Content.Site.PageSize))
        {
            yield return site.Page<TopicPage, TopicPageModel>(site.Urls.Topic(language, topic.Id, page.Number),
                new(site.Heads.Topic(language, topic.Id, page.Number, page.Count), topic.Id, page,
                    page.Number == 1 ? timeline.Entries.Reverse().Take(Kinds.TimelinePages.LatestEvents).ToList() : []));
        }
        var name = topic.In(language);
        if (timeline.Entries.Count == 0) yield break; // TimelineJS refuses a timeline without events
        yield return site.Utf8(site.Urls.TopicTimelineData(language, topic.Id),
            output => TimelineJson.Write(output, timeline, name.Name, name.Description, language, site.Content, site.Cache.TimelineJson), timeline, name);
    }
}
