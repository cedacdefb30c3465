using SiteGen.Pipeline;

namespace SiteGen.Incremental;

/// <param name="Key">Stable from one build to the next (a source path, a language and topic id).</param>
/// <param name="Inputs">What every page of the group is made from, besides the settings.</param>
/// <param name="Make">The group's documents: pages, and text files made with them.</param>
internal readonly record struct PageGroup(string Key, PageInputs Inputs, Func<IEnumerable<Document>> Make);

/// <summary>
/// What a group of pages is made from, compared item by item: objects by identity (the content
/// model is immutable, and an unchanged file keeps its objects from one build to the next),
/// texts and plain values by value. <see cref="Always"/> never equals anything: such a group is
/// made at every build, and its pages are still rendered only when their model's fingerprint changed.
/// </summary>
internal readonly struct PageInputs(params object?[] items) : IEquatable<PageInputs>
{
    private readonly object?[]? _items = items;

    public static PageInputs Always => default;

    public bool Equals(PageInputs other)
    {
        if (_items is null || other._items is null || _items.Length != other._items.Length) return false;
        for (var i = 0; i < _items.Length; i++)
        {
            var (a, b) = (_items[i], other._items[i]);
            if (ReferenceEquals(a, b) || (a is string or ValueType && Equals(a, b))) continue;
            return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is PageInputs other && Equals(other);

    public override int GetHashCode() => _items?.Length ?? 0;
}
