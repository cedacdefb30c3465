using System.Globalization;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>
/// Joins the bundles Pagefind wrote for parts of one language into one bundle, as a single run over
/// the whole language writes it: pages numbered one part after the other, the words' postings, the
/// filters and the sort orders joined, the fragments moved in under their own names. A run's memory
/// grows with its pages (about 130 KB a page), so a large language is indexed in parts of bounded size.
/// </summary>
internal static class PagefindJoin
{
    /// <summary>Joins <paramref name="parts"/> (Pagefind output folders, in page order) into <paramref name="bundle"/>; returns the entry to merge.</summary>
    public static string Join(string bundle, IReadOnlyList<string> parts)
    {
        var language = Language(parts[0]);
        Directory.CreateDirectory(Path.Combine(bundle, "fragment"));
        PagefindLanguageIndex? joined = null;
        var sortValues = new Dictionary<string, List<(int Page, string Value)>>(StringComparer.Ordinal);
        var indexes = parts.Select(part => PagefindLanguageIndex.Read(part, language, MetaHash(part, language))).ToList();
        // Pagefind numbers the meta fields in the order of their names.
        var fields = indexes.SelectMany(i => i.MetaFields).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var (part, index) in parts.Zip(indexes))
        {
            index.RenumberMetaFields(fields);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var page in index.Pages) names[page.Fragment] = MoveFragment(part, bundle, language, page.Fragment);
            var offset = joined?.Pages.Count ?? 0;
            foreach (var (sort, pages) in index.Sorts)
            {
                if (!sortValues.TryGetValue(sort, out var values)) sortValues[sort] = values = [];
                values.AddRange(pages.AsParallel().AsOrdered().Select(p => (p + offset, SortValue(bundle, names[index.Pages[p].Fragment], sort))));
            }
            if (joined is null)
            {
                joined = index;
                for (var i = 0; i < index.Pages.Count; i++) index.Pages[i] = index.Pages[i] with { Fragment = names[index.Pages[i].Fragment] };
            }
            else joined.Append(index, fragment => names[fragment]);
        }
        if (joined is null) throw new InvalidDataException("No part of the language was indexed.");

        joined.Sorts.Clear();
        foreach (var (sort, values) in sortValues) joined.Sorts[sort] = Order(values);
        foreach (var asset in Directory.EnumerateFiles(parts[0]))
        {
            var name = Path.GetFileName(asset);
            if (name == PagefindEntry.FileName || name.EndsWith(".pf_meta", StringComparison.Ordinal)) continue;
            File.Copy(asset, Path.Combine(bundle, name), overwrite: true);
        }
        var metaHash = joined.Write(bundle);

        return PagefindEntry.WithLanguage(File.ReadAllText(Path.Combine(parts[0], PagefindEntry.FileName)), language, metaHash, joined.Pages.Count);
    }

    /// <summary>The one language a part holds (a part of several languages cannot be joined to another's pages).</summary>
    private static string Language(string part)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(part, PagefindEntry.FileName)));
        var languages = entry.RootElement.GetProperty("languages").EnumerateObject().Select(l => l.Name).ToList();
        return languages.Count == 1 ? languages[0] : throw new InvalidDataException($"{part} holds {languages.Count} languages, not one.");
    }

    private static string MetaHash(string part, string language)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(part, PagefindEntry.FileName)));
        return entry.RootElement.GetProperty("languages").TryGetProperty(language, out var found) && found.TryGetProperty("hash", out var hash)
               && hash.GetString() is { } text
            ? text
            : throw new InvalidDataException($"{part} holds no index for {language}.");
    }

    /// <summary>
    /// Moves a fragment into the bundle under its name, or under a longer prefix of its full hash when another part's
    /// fragment took the name (Pagefind's names are 7 characters of the SHA-1 of the fragment); identical fragments share one.
    /// </summary>
    private static string MoveFragment(string part, string bundle, string language, string name)
    {
        var source = Path.Combine(part, "fragment", $"{name}.pf_fragment");
        string Target(string n) => Path.Combine(bundle, "fragment", $"{n}.pf_fragment");
        if (!File.Exists(Target(name)))
        {
            File.Move(source, Target(name));
            return name;
        }
        var body = PagefindFile.Read(source);
        var full = $"{language}_{PagefindFile.Hash(body)}";
        for (var candidate = name; candidate.Length <= full.Length; candidate = full[..(candidate.Length + 1)])
        {
            if (!File.Exists(Target(candidate)))
            {
                File.Move(source, Target(candidate));
                return candidate;
            }
            if (PagefindFile.Read(Target(candidate)).AsSpan().SequenceEqual(body))
            {
                File.Delete(source);
                return candidate;
            }
            if (candidate.Length == full.Length) break;
        }
        throw new InvalidDataException($"Two fragments of {language} share the name {name} and their whole hash.");
    }

    /// <summary>A page's value for a sort, read from the fragment's meta field of that name: the sort values are not in the index.</summary>
    private static string SortValue(string bundle, string fragment, string sort)
    {
        using var json = JsonDocument.Parse(PagefindFile.Read(Path.Combine(bundle, "fragment", $"{fragment}.pf_fragment")));
        return json.RootElement.TryGetProperty("meta", out var meta) && meta.TryGetProperty(sort, out var value) && value.GetString() is { } text
            ? text
            : throw new InvalidDataException($"The page of fragment {fragment} is sorted by {sort} without a meta field {sort}; a page split over parts needs both.");
    }

    /// <summary>Pagefind's sort: by number when every value is one, else by the string's bytes; ties in page order.</summary>
    private static List<int> Order(List<(int Page, string Value)> values)
    {
        values.Sort((a, b) => a.Page.CompareTo(b.Page));
        var numbers = values.Select(v => Number(v.Value)).ToList();
        if (numbers.All(n => n is not null))
            return values.Select((v, i) => (v.Page, Number: numbers[i]!.Value)).OrderBy(v => v.Number).Select(v => v.Page).ToList();
        return values.OrderBy(v => v.Value, StringComparer.Ordinal).Select(v => v.Page).ToList();
    }

    private static float? Number(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole
        : float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real
        : null;
}
