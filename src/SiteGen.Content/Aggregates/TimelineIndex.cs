using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// A language's timeline with what it takes to update it for a few changed articles rather than
/// gather it again: where each event key occurs, the entry and the warnings of each key, and the
/// topics' timelines. An update touches only the keys of the changed articles' events; every other
/// entry, and every timeline none of the touched entries is on, stays the same object.
/// </summary>
public sealed class TimelineIndex
{
    /// <summary>An event of an article: its rank in the article's events.</summary>
    private readonly record struct Occurrence(Article Article, int Index)
    {
        public TimelineEvent Event => Article.Events[Index];
    }

    /// <summary>Occurrences in the order that decides which wording wins: oldest article first, then path, then rank.</summary>
    private static readonly Comparer<Occurrence> SourceOrder = Comparer<Occurrence>.Create((a, b) =>
    {
        var byDate = a.Article.Date.CompareTo(b.Article.Date);
        if (byDate != 0) return byDate;
        var byPath = string.CompareOrdinal(a.Article.SourcePath, b.Article.SourcePath);
        return byPath != 0 ? byPath : a.Index.CompareTo(b.Index);
    });

    private readonly Dictionary<string, List<Occurrence>> _occurrences;
    private readonly Dictionary<string, TimelineEntry> _entries;
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _warnings;
    private readonly Dictionary<string, Timeline> _byTopic;
    private readonly Lock _gate = new();

    private TimelineIndex(Dictionary<string, List<Occurrence>> occurrences, Dictionary<string, TimelineEntry> entries,
        Dictionary<string, IReadOnlyList<Diagnostic>> warnings, Dictionary<string, Timeline> byTopic, Timeline timeline)
    {
        _occurrences = occurrences;
        _entries = entries;
        _warnings = warnings;
        _byTopic = byTopic;
        Timeline = timeline;
        Warnings = warnings.Count == 0 ? [] : warnings
            .OrderBy(w => entries[w.Key], TimelineEntry.Chronological)
            .SelectMany(w => w.Value)
            .ToList();
    }

    public Timeline Timeline { get; }

    /// <summary>Events that share an id but not a date, in the order of the timeline.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>
    /// The timeline of one topic, made once. The first topic asked for that this index does not hold
    /// yet makes every missing topic's timeline in one pass over the entries: one filter per topic
    /// grew as topics times entries (a tenth of a second of one thread at 10,000 articles, 25 times that at 50,000).
    /// </summary>
    public Timeline ForTopic(string topicId)
    {
        lock (_gate)
        {
            if (_byTopic.TryGetValue(topicId, out var timeline)) return timeline;
            FillMissingTopics();
            if (!_byTopic.TryGetValue(topicId, out timeline)) _byTopic[topicId] = timeline = Timeline.Empty;
            return timeline;
        }
    }

    /// <summary>Every topic's timeline this index does not hold, from the entries in order; the ones it holds stay the same objects.</summary>
    private void FillMissingTopics()
    {
        var missing = new Dictionary<string, List<TimelineEntry>>(StringComparer.Ordinal);
        foreach (var entry in Timeline.Entries)
        {
            foreach (var topic in entry.Topics)
            {
                if (_byTopic.ContainsKey(topic)) continue;
                if (!missing.TryGetValue(topic, out var list)) missing[topic] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], entry)) list.Add(entry);
            }
        }
        foreach (var (topic, entries) in missing) _byTopic[topic] = new Timeline(entries);
    }

    /// <summary>The timeline of no article; a new one each time, as each index fills its topics' timelines.</summary>
    public static TimelineIndex Empty() => new([], [], [], [], new Timeline([]));

    /// <summary>The timeline of <paramref name="articles"/>.</summary>
    public static TimelineIndex Build(IReadOnlyList<Article> articles) => Empty().Next(ArticleChanges.Between([], articles));

    /// <summary>
    /// The timeline of the articles of this index with <paramref name="changes"/> applied; the same
    /// as building it from the resulting articles.
    /// </summary>
    public TimelineIndex Next(ArticleChanges changes)
    {
        if (changes.IsEmpty) return this;
        var occurrences = new Dictionary<string, List<Occurrence>>(_occurrences, StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in changes.Removed)
        {
            for (var i = 0; i < article.Events.Count; i++)
            {
                var key = TimelineBuilder.KeyOf(article, i);
                if (touched.Add(key)) occurrences[key] = [.. occurrences[key].Where(o => !changes.RemovedSet.Contains(o.Article))];
            }
        }
        foreach (var article in changes.Added)
        {
            for (var i = 0; i < article.Events.Count; i++)
            {
                var key = TimelineBuilder.KeyOf(article, i);
                if (touched.Add(key)) occurrences[key] = occurrences.TryGetValue(key, out var list) ? [.. list] : [];
                occurrences[key].Add(new Occurrence(article, i));
            }
        }

        var entries = new Dictionary<string, TimelineEntry>(_entries, StringComparer.Ordinal);
        var warnings = new Dictionary<string, IReadOnlyList<Diagnostic>>(_warnings, StringComparer.Ordinal);
        var gone = new List<TimelineEntry>();
        var made = new List<TimelineEntry>();
        foreach (var key in touched)
        {
            var list = occurrences[key];
            entries.TryGetValue(key, out var before);
            warnings.Remove(key);
            if (list.Count == 0)
            {
                occurrences.Remove(key);
                entries.Remove(key);
                gone.Add(before!);
                continue;
            }
            list.Sort(SourceOrder);
            var (entry, conflicts) = Merge(key, list, before);
            if (conflicts.Count > 0) warnings[key] = conflicts;
            if (ReferenceEquals(entry, before)) continue;
            if (before is not null) gone.Add(before);
            entries[key] = entry;
            made.Add(entry);
        }
        if (gone.Count == 0 && made.Count == 0)
            return new TimelineIndex(occurrences, entries, warnings, _byTopic, Timeline);

        var sorted = Sorted(entries, gone, made);
        // A topic's timeline changes only if an entry that went or came is on it.
        var changedTopics = gone.Concat(made).SelectMany(e => e.Topics).ToHashSet(StringComparer.Ordinal);
        Dictionary<string, Timeline> byTopic;
        lock (_gate) byTopic = _byTopic.Where(t => !changedTopics.Contains(t.Key)).ToDictionary(StringComparer.Ordinal);
        return new TimelineIndex(occurrences, entries, warnings, byTopic, new Timeline(sorted));
    }

    /// <summary>The entries in chronological order: this index's order with a few entries taken out and put in, or sorted anew.</summary>
    private List<TimelineEntry> Sorted(Dictionary<string, TimelineEntry> entries, List<TimelineEntry> gone, List<TimelineEntry> made)
    {
        if (gone.Count + made.Count > 64)
        {
            var all = entries.Values.ToList();
            all.Sort(TimelineEntry.Chronological);
            return all;
        }
        var goneSet = gone.ToHashSet(ReferenceEqualityComparer.Instance);
        var sorted = new List<TimelineEntry>(Timeline.Entries.Count + made.Count);
        sorted.AddRange(Timeline.Entries.Where(e => !goneSet.Contains(e)));
        foreach (var entry in made)
        {
            var at = sorted.BinarySearch(entry, TimelineEntry.Chronological);
            sorted.Insert(at < 0 ? ~at : at, entry);
        }
        return sorted;
    }

    /// <summary>
    /// One entry from every occurrence of a key: the oldest article's wording wins, the topics are
    /// united, every article is a source; an occurrence with another date is a warning. The entry
    /// made before from the very same articles is taken again.
    /// </summary>
    private static (TimelineEntry Entry, IReadOnlyList<Diagnostic> Warnings) Merge(string key, List<Occurrence> occurrences, TimelineEntry? before)
    {
        var first = occurrences[0];
        var warnings = new List<Diagnostic>();
        foreach (var other in occurrences.Skip(1).Where(o => o.Event.Date != first.Event.Date || o.Event.End != first.Event.End))
        {
            warnings.Add(Diagnostic.Warning(DiagnosticKind.ConflictingEvent.Id,
                $"The event '{key}' is dated {Describe(other.Event)} here but {Describe(first.Event)} in {first.Article.SourcePath}; the timeline shows the latter. Write the same date in both.",
                other.Event.Location));
        }
        var sources = occurrences.Select(o => o.Article).Distinct().ToList();
        if (before is not null && before.Sources.SequenceEqual(sources, ReferenceEqualityComparer.Instance)) return (before, warnings);
        var entry = new TimelineEntry(
            key,
            first.Event.Date,
            first.Event.End,
            first.Event.Title,
            occurrences.Select(o => o.Event.TextHtml).FirstOrDefault(t => t is not null),
            occurrences.SelectMany(o => o.Event.Topics).Distinct(StringComparer.Ordinal).ToList(),
            sources)
        {
            Image = occurrences.Select(o => o.Event.Image).FirstOrDefault(i => i is not null),
        };
        return (entry, warnings);
    }

    private static string Describe(TimelineEvent e) => e.End is { } end ? $"{e.Date}–{end}" : e.Date.ToString();
}
