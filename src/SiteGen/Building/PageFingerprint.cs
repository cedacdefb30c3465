using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using SiteGen.Content.Model;
using SiteGen.Theme.Rendering;

namespace SiteGen.Building;

/// <summary>
/// A 64-bit digest of everything a page is rendered from, so that serve mode renders again only the
/// pages whose inputs changed. Values are walked structurally (records, lists, tuples); an
/// <see cref="Article"/> counts by identity, since an unchanged file keeps its Article instance from
/// one build to the next; the theme context counts by the version of site.yml and topics.yml.
/// </summary>
internal static class PageFingerprint
{
    private const ulong Offset = 14695981039346656037, Prime = 1099511628211;

    private static readonly ConditionalWeakTable<object, StrongBox<long>> Identities = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();
    private static long _nextIdentity;

    public static ulong Of(PageRequest page)
    {
        var hash = Text(Offset, page.Destination);
        hash = Text(hash, page.Component.FullName ?? page.Component.Name);
        foreach (var (name, value) in page.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            hash = Value(Text(hash, name), value, 0);
        return hash;
    }

    private static ulong Value(ulong hash, object? value, int depth)
    {
        if (depth > 32) throw new InvalidOperationException("Page parameters are nested too deep to fingerprint.");
        switch (value)
        {
            case null: return Mix(hash, 0x9E37);
            case string text: return Text(hash, text);
            case Article article: return Mix(hash, (ulong)Identities.GetValue(article, _ => new StrongBox<long>(Interlocked.Increment(ref _nextIdentity))).Value);
            case ThemeContext theme: return Text(hash, theme.Content.SettingsVersion);
            case Type type: return Text(hash, type.FullName ?? type.Name);
            case Enum or bool or int or long or DateTimeOffset or DateTime or Uri or Rules.PartialDate: return Text(hash, value.ToString() ?? "");
            case ITuple tuple:
                for (var i = 0; i < tuple.Length; i++) hash = Value(hash, tuple[i], depth + 1);
                return hash;
            case IEnumerable items:
                hash = Mix(hash, 0x5B);
                foreach (var item in items) hash = Value(hash, item, depth + 1);
                return Mix(hash, 0x5D);
        }
        var type2 = value.GetType();
        hash = Text(hash, type2.Name);
        foreach (var property in Properties.GetOrAdd(type2, t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").OrderBy(p => p.Name, StringComparer.Ordinal).ToArray()))
            hash = Value(hash, property.GetValue(value), depth + 1);
        return hash;
    }

    private static ulong Text(ulong hash, string text)
    {
        foreach (var c in text) hash = (hash ^ c) * Prime;
        return Mix(hash, (ulong)text.Length);
    }

    private static ulong Mix(ulong hash, ulong value) => (hash ^ value) * Prime;
}
