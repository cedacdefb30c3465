using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// Gathers the events of a language's articles into one timeline. Events with the same id merge:
/// the oldest article's wording wins, the topics are united, and every article is a source.
/// </summary>
public static class TimelineBuilder
{
    public static Timeline Build(IEnumerable<Article> articles, ICollection<Diagnostic>? warnings = null)
    {
        var index = TimelineIndex.Build(articles.ToList());
        foreach (var warning in index.Warnings) warnings?.Add(warning);
        return index.Timeline;
    }

    /// <summary>The key of an article's event on the timeline: its id, or the article's slug and the event's rank.</summary>
    public static string KeyOf(Article article, int index)
    {
        var key = article.Events[index].Id ?? $"{article.Slug}-{index + 1}";
        return Slugs.Problem(key) is null ? key : Slugs.FromTitle(key);
    }
}
