using SiteGen.Rules;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// Which page of a timeline shows an entry. Every year has a page; a year with more than
/// <see cref="SplitAbove"/> entries is split: its page keeps the entries known to the year only
/// and lists its months, each of which has a page; a month past the same bound is split into days
/// likewise. Entries known to the year only (or the month only) of a split period that are too
/// many for one page follow on numbered pages (<c>/fr/chronologie/2017/page/2/</c>). So no
/// timeline page grows with the archive, and the links to an entry and the pages agree: both
/// come from this one object, made from the timeline itself.
/// </summary>
public sealed class TimelinePaging
{
    /// <summary>
    /// No page of a timeline holds more entries than this: an entry is 0.3 to 1 KB of HTML (its
    /// text, topics and sources), so a page stays under about 100 KB.
    /// </summary>
    public const int SplitAbove = 100;

    public static readonly TimelinePaging None = new(new HashSet<PartialDate>(), new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly IReadOnlySet<PartialDate> _split;

    /// <summary>The page number (2 or more) of the entries past the first page of their period, by key.</summary>
    private readonly IReadOnlyDictionary<string, int> _laterPages;

    private TimelinePaging(IReadOnlySet<PartialDate> split, IReadOnlyDictionary<string, int> laterPages)
    {
        _split = split;
        _laterPages = laterPages;
    }

    /// <summary>A text that changes whenever an entry moves to another page: pages that link to entries depend on it.</summary>
    public string Version => string.Join(",", _split.Order().Select(p => p.ToIsoString()))
        + ";" + string.Join(",", _laterPages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    public static TimelinePaging Of(Timeline timeline)
    {
        var split = new HashSet<PartialDate>();
        foreach (var year in timeline.Years.Where(y => y.Entries.Count() > SplitAbove))
        {
            split.Add(new PartialDate(year.Year));
            foreach (var month in year.Months.Where(m => m.Month > 0 && m.Entries.Count > SplitAbove))
                split.Add(new PartialDate(year.Year, month.Month));
        }
        if (split.Count == 0) return None;
        var paging = new TimelinePaging(split, new Dictionary<string, int>(StringComparer.Ordinal));
        var later = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var period in timeline.Entries.GroupBy(e => paging.PeriodOf(e.Date)))
        {
            var i = 0;
            foreach (var entry in period)
            {
                var page = i++ / SplitAbove + 1;
                if (page > 1) later[entry.Key] = page;
            }
        }
        return new TimelinePaging(split, later);
    }

    /// <summary>The period whose pages show an entry starting on <paramref name="date"/>: its year, month or day.</summary>
    public PartialDate PeriodOf(PartialDate date)
    {
        var year = new PartialDate(date.Year);
        if (date.Month == 0 || !_split.Contains(year)) return year;
        var month = new PartialDate(date.Year, date.Month);
        return date.Day == 0 || !_split.Contains(month) ? month : date;
    }

    /// <summary>The page that shows an entry: its period, and its number among the period's pages (1 for most).</summary>
    public TimelinePlace PlaceOf(PartialDate date, string key) => new(PeriodOf(date), _laterPages.TryGetValue(key, out var page) ? page : 1);

    /// <summary>Whether a period's first page lists shorter periods (its months, or its days).</summary>
    public bool IsSplit(PartialDate period) => _split.Contains(period);

    /// <summary>Every page of a timeline, in chronological order, each with the entries it shows itself.</summary>
    public IReadOnlyList<TimelinePeriod> Pages(Timeline timeline)
    {
        var pages = new List<TimelinePeriod>();
        foreach (var group in timeline.Entries.GroupBy(e => PlaceOf(e.Date, e.Key)))
            pages.Add(new TimelinePeriod(group.Key, new Timeline(group.ToList())));
        // A split year or month whose entries all have a finer date still has its page: the list of its parts.
        var periods = pages.Select(p => p.Place.Period).ToHashSet();
        foreach (var period in _split.Where(p => !periods.Contains(p)))
            pages.Add(new TimelinePeriod(new TimelinePlace(period, 1), Timeline.Empty));
        pages.Sort((a, b) => a.Place.Period.CompareTo(b.Place.Period) is var byPeriod && byPeriod != 0 ? byPeriod : a.Place.Page.CompareTo(b.Place.Page));
        return pages;
    }
}

/// <summary>A page of a timeline: the period (year, month or day) it shows, and its number among that period's pages.</summary>
public readonly record struct TimelinePlace(PartialDate Period, int Page);

/// <summary>A page of a timeline and the entries it shows itself.</summary>
public sealed record TimelinePeriod(TimelinePlace Place, Timeline Timeline);
