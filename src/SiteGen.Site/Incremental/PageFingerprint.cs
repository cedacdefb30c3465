using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using SiteGen.Content.Model;
using SiteGen.Theme.Rendering;

namespace SiteGen.Incremental;

/// <summary>
/// A 64-bit digest of everything a page is rendered from, so that serve mode renders again only the
/// pages whose inputs changed. Values are walked structurally (records, lists, tuples); an
/// <see cref="Article"/> counts by identity, since an unchanged file keeps its Article instance from
/// one build to the next; the theme context counts by the version of site.yml and topics.yml. The
/// content model is immutable, so the digest of a timeline is computed once and remembered: a
/// timeline shared by a page and its JSON is walked once.
/// </summary>
internal static class PageFingerprint
{
    private const ulong Offset = 14695981039346656037, Prime = 1099511628211;

    private static readonly ConditionalWeakTable<object, StrongBox<ulong>> Digests = new();
    private static readonly ConditionalWeakTable<object, StrongBox<long>> Identities = new();
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Getters = new();
    private static long _nextIdentity;

    public static ulong Of(PageRequest page)
    {
        var hash = Text(Offset, page.Destination);
        hash = Text(hash, page.Component.FullName ?? page.Component.Name);
        hash = Mix(hash, Digest(page.Theme, 0));
        return Mix(hash, Digest(page.Model, 0));
    }

    public static ulong Of(string destination, IEnumerable<object?> inputs)
    {
        var hash = Text(Offset, destination);
        foreach (var input in inputs) hash = Mix(hash, Digest(input, 0));
        return hash;
    }

    /// <summary>A digest of what a value holds, walked by its properties: an <see cref="Article"/> too, rather than by identity.</summary>
    public static ulong OfValue(object value) => Composite(value, 0);

    /// <summary>
    /// A digest of what <paramref name="part"/> takes of each item, in any order (a file that sorts
    /// them), each item's part remembered in <paramref name="memo"/>: for a file made from a small
    /// part of many shared objects (the sitemap uses a page head's address, date and alternates).
    /// </summary>
    public static ulong OfParts<T>(IEnumerable<T> items, ConditionalWeakTable<T, StrongBox<ulong>> memo, Func<T, object?> part) where T : class
    {
        ulong sum = 0, count = 0;
        foreach (var item in items)
        {
            sum += memo.GetValue(item, i => new StrongBox<ulong>(Mix(Digest(part(i), 0), 0x9E3779B97F4A7C15))).Value;
            count++;
        }
        return Mix(Mix(Offset, sum), count);
    }

    private static ulong Digest(object? value, int depth)
    {
        if (depth > 32) throw new InvalidOperationException("Page parameters are nested too deep to fingerprint.");
        switch (value)
        {
            case null: return 0x9E3779B97F4A7C15;
            case string text: return Text(Offset, text);
            case Article article: return (ulong)Identities.GetValue(article, _ => new StrongBox<long>(Interlocked.Increment(ref _nextIdentity))).Value;
            case ThemeContext theme: return Text(Text(Offset, theme.Content.SettingsVersion), theme.Content.Urls.LayoutVersion);
            case Type type: return Text(Offset, type.FullName ?? type.Name);
            case ulong number: return Mix(Offset, number);
            case byte[] bytes: return Mix(Offset, System.IO.Hashing.XxHash64.HashToUInt64(bytes));
            case Enum or bool or DateTimeOffset or DateTime or Uri or Rules.PartialDate: return Text(Offset, value.ToString() ?? "");
            case IFormattable number when value.GetType().IsPrimitive || value is decimal:
                return Text(Offset, number.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
        }
        // Only objects that are large or reused from one build to the next are remembered: whole
        // timelines and their entries (shared by the global and the topic timelines), page heads and article lists (kept by serve mode's memos); remembering every
        // small record would cost the garbage collector more than walking it again.
        if (value is not (Content.Aggregates.Timeline or Content.Aggregates.TimelineEntry or PageHead or List<Article>)) return Composite(value, depth);
        if (Digests.TryGetValue(value, out var known)) return known.Value;
        var digest = Composite(value, depth);
        Digests.AddOrUpdate(value, new StrongBox<ulong>(digest));
        return digest;
    }

    private static ulong Composite(object value, int depth)
    {
        var hash = Offset;
        switch (value)
        {
            case IDictionary dictionary:
                // Entries as DictionaryEntry (key and value as objects): no reflection over KeyValuePair<,>, a framework type.
                hash = Mix(hash, 0x7B);
                foreach (DictionaryEntry entry in dictionary) hash = Mix(Mix(hash, Digest(entry.Key, depth + 1)), Digest(entry.Value, depth + 1));
                return Mix(hash, 0x7D);
            case ITuple tuple:
                for (var i = 0; i < tuple.Length; i++) hash = Mix(hash, Digest(tuple[i], depth + 1));
                return hash;
            case IEnumerable items:
                hash = Mix(hash, 0x5B);
                foreach (var item in items) hash = Mix(hash, Digest(item, depth + 1));
                return Mix(hash, 0x5D);
        }
        hash = Text(hash, value.GetType().Name);
        foreach (var getter in Getters.GetOrAdd(value.GetType(), Compile))
            hash = Mix(hash, Digest(getter(value), depth + 1));
        return hash;
    }

    /// <summary>The types walked by their properties so far: the content and theme models only (see <see cref="Compile"/>).</summary>
    internal static IEnumerable<Type> WalkedTypes => Getters.Keys;

    /// <summary>
    /// Getters of a type's public properties, in name order: compiled when the runtime compiles code, else
    /// (sitegen compiled ahead of time) reflection's. Only the types of the content, rules, site and theme
    /// assemblies are walked so (framework values have their own cases above), and SiteGen.csproj keeps every
    /// member of those assemblies when it compiles ahead of time, so no property is trimmed away from a fingerprint.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The walked types' assemblies are TrimmerRootAssembly in SiteGen.csproj; IncrementalBuildTests.Fingerprints_walk_only_the_types_of_the_assemblies_kept_whole checks no other type is walked.")]
    private static Func<object, object?>[] Compile(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && p.GetMethod is not null)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => RuntimeFeature.IsDynamicCodeCompiled ? Compiled(type, p) : p.GetValue)
            .ToArray();

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only called when RuntimeFeature.IsDynamicCodeCompiled.")]
    private static Func<object, object?> Compiled(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    private static ulong Text(ulong hash, string text)
    {
        foreach (var c in text) hash = (hash ^ c) * Prime;
        return Mix(hash, (ulong)text.Length);
    }

    private static ulong Mix(ulong hash, ulong value) => (hash ^ value) * Prime ^ (value >> 29);
}
