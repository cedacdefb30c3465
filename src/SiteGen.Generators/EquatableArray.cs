using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SiteGen.Generators
{
    /// <summary>An immutable array compared by its items, so incremental steps can tell an unchanged result.</summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    {
        private readonly T[]? items;

        public EquatableArray(IEnumerable<T> items) => this.items = items.ToArray();

        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        public int Count => items?.Length ?? 0;
        public T this[int index] => items![index];

        public bool Equals(EquatableArray<T> other) =>
            (items ?? Array.Empty<T>()).SequenceEqual(other.items ?? Array.Empty<T>());

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in items ?? Array.Empty<T>()) hash = hash * 31 + (item?.GetHashCode() ?? 0);
            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new EquatableArray<T>(items);
    }
}
