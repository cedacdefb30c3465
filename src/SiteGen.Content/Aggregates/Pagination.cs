namespace SiteGen.Content.Aggregates;

/// <summary>One page of a paginated list: its number (from 1), its items and how many pages there are.</summary>
public sealed record Page<T>(int Number, int Count, IReadOnlyList<T> Items)
{
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < Count;
}

public static class Pagination
{
    /// <summary>Cuts <paramref name="items"/> into pages of <paramref name="pageSize"/>; an empty list still has one (empty) page.</summary>
    public static IReadOnlyList<Page<T>> Paginate<T>(IReadOnlyList<T> items, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        return Enumerable.Range(1, count)
            .Select(n => new Page<T>(n, count, items.Skip((n - 1) * pageSize).Take(pageSize).ToList()))
            .ToList();
    }
}
