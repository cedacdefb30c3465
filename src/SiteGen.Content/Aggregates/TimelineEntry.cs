using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// One entry of a timeline: an event, or several events sharing an <c>id</c> merged into one
/// with every article that mentions it as a source.
/// </summary>
public sealed record TimelineEntry(
    string Key,
    PartialDate Date,
    PartialDate? End,
    string Title,
    string? TextHtml,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Article> Sources)
{
    /// <summary>The first image its events give, in the order that decides the wording.</summary>
    public Picture? Image { get; init; }

    /// <summary>The HTML id of the entry on timeline pages.</summary>
    public string Anchor => AnchorOf(Key);

    public static string AnchorOf(string key) => "event-" + key;

    /// <summary>Date, then precision (a year before its months), then title, then first source: a total, stable order.</summary>
    public static readonly IComparer<TimelineEntry> Chronological = Comparer<TimelineEntry>.Create((a, b) =>
    {
        var byDate = a.Date.CompareTo(b.Date);
        if (byDate != 0) return byDate;
        var byTitle = string.CompareOrdinal(a.Title, b.Title);
        if (byTitle != 0) return byTitle;
        var bySource = string.CompareOrdinal(a.Sources[0].SourcePath, b.Sources[0].SourcePath);
        return bySource != 0 ? bySource : string.CompareOrdinal(a.Key, b.Key);
    });
}

/// <summary>The entries of one month of a year (month 0: known to the year only).</summary>
public sealed record TimelineMonth(int Month, IReadOnlyList<TimelineEntry> Entries);

public sealed record TimelineYear(int Year, IReadOnlyList<TimelineMonth> Months)
{
    public IEnumerable<TimelineEntry> Entries => Months.SelectMany(m => m.Entries);
}

/// <summary>A timeline in chronological order, grouped by year then month.</summary>
public sealed record Timeline(IReadOnlyList<TimelineEntry> Entries)
{
    public static readonly Timeline Empty = new([]);

    public IReadOnlyList<TimelineYear> Years { get; } = Entries
        .GroupBy(e => e.Date.Year)
        .Select(year => new TimelineYear(year.Key, year.GroupBy(e => e.Date.Month).Select(m => new TimelineMonth(m.Key, m.ToList())).ToList()))
        .ToList();

    public Timeline ForTopic(string topicId) => new(Entries.Where(e => e.Topics.Contains(topicId)).ToList());

    /// <summary>The entries of one year (an entry belongs to the year it starts in).</summary>
    public Timeline ForYear(int year) => new(Years.FirstOrDefault(y => y.Year == year)?.Entries.ToList() ?? []);
}
