using SiteGen.Content.Model;
using SiteGen.Pipeline;
using SiteGen.Rules;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// Gathers the events of a language's articles into one timeline. Events with the same id merge:
/// the oldest article's wording wins, the topics are united, and every article is a source.
/// </summary>
public static class TimelineBuilder
{
    /// <param name="reuse">
    /// Entries of a previous build, by key: an entry made from the very same article objects is
    /// taken again rather than made anew (serve mode keeps unchanged articles from one build to the
    /// next, so most entries, and what was computed from them, carry over).
    /// </param>
    public static Timeline Build(IEnumerable<Article> articles, ICollection<Diagnostic>? warnings = null,
        System.Collections.Concurrent.ConcurrentDictionary<string, TimelineEntry>? reuse = null)
    {
        var occurrences = articles
            .OrderBy(a => a.Date).ThenBy(a => a.SourcePath, StringComparer.Ordinal)
            .SelectMany(article => article.Events.Select((e, index) => (Article: article, Event: e, Index: index)));
        var entries = new List<TimelineEntry>();
        foreach (var group in occurrences.GroupBy(o => KeyOf(o.Article, o.Index), StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(o => o.Event.Date != first.Event.Date || o.Event.End != first.Event.End))
            {
                warnings?.Add(Diagnostic.Warning(DiagnosticKind.ConflictingEvent.Id,
                    $"The event '{group.Key}' is dated {Describe(other.Event)} here but {Describe(first.Event)} in {first.Article.SourcePath}; the timeline shows the latter. Write the same date in both.",
                    other.Event.Location));
            }
            var sources = group.Select(o => o.Article).Distinct().ToList();
            if (reuse is not null && reuse.TryGetValue(group.Key, out var previous) && previous.Sources.SequenceEqual(sources, ReferenceEqualityComparer.Instance))
            {
                entries.Add(previous);
                continue;
            }
            var entry = new TimelineEntry(
                group.Key,
                first.Event.Date,
                first.Event.End,
                first.Event.Title,
                group.Select(o => o.Event.TextHtml).FirstOrDefault(t => t is not null),
                group.SelectMany(o => o.Event.Topics).Distinct(StringComparer.Ordinal).ToList(),
                sources);
            if (reuse is not null) reuse[group.Key] = entry;
            entries.Add(entry);
        }
        entries.Sort(TimelineEntry.Chronological);
        if (reuse is not null)
        {
            var current = entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in reuse.Keys.Where(k => !current.Contains(k)).ToList()) reuse.TryRemove(gone, out _);
        }
        return new Timeline(entries);
    }

    private static string Describe(TimelineEvent e) => e.End is { } end ? $"{e.Date}–{end}" : e.Date.ToString();

    /// <summary>The key of an article's event on the timeline: its id, or the article's slug and the event's rank.</summary>
    public static string KeyOf(Article article, int index)
    {
        var key = article.Events[index].Id ?? $"{article.Slug}-{index + 1}";
        return Slugs.Problem(key) is null ? key : Slugs.FromTitle(key);
    }
}
