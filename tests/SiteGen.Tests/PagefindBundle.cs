using System.Formats.Cbor;
using System.IO.Compression;
using System.Text.Json;

namespace SiteGen.Tests;

/// <summary>
/// What a Pagefind bundle says, read straight from its files with a general CBOR reader and written out
/// by page address instead of page number, so that two bundles of the same pages numbered in another
/// order compare equal: per language, each page's fragment and word count, each word's and variant's
/// postings, each filter value's pages, each sort's order of values, the meta fields.
/// </summary>
internal static class PagefindBundle
{
    /// <summary>Two bundles say the same (<see cref="Describe"/>; SITEGEN_PAGEFIND_DUMP=/tmp/x writes both descriptions).</summary>
    public static void ShouldBeAlike(string own, string pagefind, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var ours = Describe(own).Split('\n');
        var theirs = Describe(pagefind).Split('\n');
        var dump = Environment.GetEnvironmentVariable("SITEGEN_PAGEFIND_DUMP");
        if (dump is not null)
        {
            File.WriteAllLines($"{dump}.{test}.own", ours);
            File.WriteAllLines($"{dump}.{test}.pagefind", theirs);
        }
        string.Join('\n', ours.Except(theirs).Take(20).Select(l => "only ours: " + l).Concat(theirs.Except(ours).Take(20).Select(l => "only Pagefind's: " + l)))
            .ShouldBeEmpty();
        ours.ShouldBe(theirs);
    }

    /// <summary>
    /// Two whole bundles say the same, hold the same fragments (named by the hash of their text), as many index, filter
    /// and meta files per language, and the same scripts, styles and WebAssembly byte for byte. The index, filter and meta
    /// files are compared by what they hold: their names hash page numbers, which Pagefind gives in the order its
    /// directory walk meets the pages, and their bytes come from another gzip writer.
    /// </summary>
    public static void ShouldBeTheSameBundle(string own, string pagefind, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        ShouldBeAlike(own, pagefind, test);
        static string Kind(string name) => System.Text.RegularExpressions.Regex.Replace(name.Replace('\\', '/'),
            @"^((?:index|filter)/\w+_|pagefind\.\w+_)[0-9a-f]+(\.pf_\w+)$", "$1#$2");
        static bool Static(string name) => !name.Contains('/') && !name.EndsWith(".pf_meta", StringComparison.Ordinal) && name != "pagefind-entry.json";
        var ownTree = TestSite.Tree(own);
        var theirTree = TestSite.Tree(pagefind);
        ownTree.Keys.Select(Kind).Order(StringComparer.Ordinal).ShouldBe(theirTree.Keys.Select(Kind).Order(StringComparer.Ordinal), "files of the same kinds and fragments of the same names");
        foreach (var (name, hash) in theirTree.Where(f => Static(f.Key)))
            ownTree[name].ShouldBe(hash, $"{name} is Pagefind's own file");
    }

    public static string Describe(string bundle)
    {
        var lines = new List<string>();
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "pagefind-entry.json")));
        foreach (var language in entry.RootElement.GetProperty("languages").EnumerateObject().OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            var meta = (List<object?>)Decode(Read(Path.Combine(bundle, $"pagefind.{language.Value.GetProperty("hash").GetString()}.pf_meta")));
            var pages = ((List<object?>)meta[1]!).Cast<List<object?>>().ToList();
            language.Value.GetProperty("page_count").GetInt32().ShouldBe(pages.Count);
            var urls = new List<string>();
            foreach (var page in pages)
            {
                var fragment = System.Text.Encoding.UTF8.GetString(Read(Path.Combine(bundle, "fragment", $"{page[0]}.pf_fragment")));
                using var json = JsonDocument.Parse(fragment);
                var url = json.RootElement.GetProperty("url").GetString()!;
                urls.Add(url);
                lines.Add($"{language.Name} page {url} words={page[1]} rest={Show(page.Skip(2))} fragment={fragment}");
            }
            var chunks = ((List<object?>)meta[2]!).Cast<List<object?>>().ToList();
            string? previous = null;
            foreach (var chunk in chunks)
            {
                var words = (List<object?>)((List<object?>)Decode(Read(Path.Combine(bundle, "index", $"{chunk[2]}.pf_index"))))[0]!;
                foreach (var word in words.Cast<List<object?>>())
                {
                    var text = (string)word[0]!;
                    if (previous is not null) string.CompareOrdinal(previous, text).ShouldBeLessThan(0, "words in order across chunks");
                    previous = text;
                    string.CompareOrdinal(text, (string)chunk[0]!).ShouldBeGreaterThanOrEqualTo(0);
                    lines.AddRange(Postings(language.Name, $"word {text}", (List<object?>)word[1]!, urls));
                    foreach (var variant in ((List<object?>)word[2]!).Cast<List<object?>>())
                        lines.AddRange(Postings(language.Name, $"word {text} variant {variant[0]}", (List<object?>)variant[1]!, urls));
                }
            }
            foreach (var filter in ((List<object?>)meta[3]!).Cast<List<object?>>())
            {
                var file = (List<object?>)Decode(Read(Path.Combine(bundle, "filter", $"{filter[1]}.pf_filter")));
                file[0].ShouldBe(filter[0]);
                foreach (var value in ((List<object?>)file[1]!).Cast<List<object?>>())
                    lines.Add($"{language.Name} filter {filter[0]}={value[0]}: {string.Join(' ', ((List<object?>)value[1]!).Select(p => urls[Convert.ToInt32(p)]).Order(StringComparer.Ordinal))}");
            }
            foreach (var sort in ((List<object?>)meta[4]!).Cast<List<object?>>())
            {
                var order = ((List<object?>)sort[1]!).Select(p => urls[Convert.ToInt32(p)]).ToList();
                order.Count.ShouldBe(order.Distinct().Count());
                lines.Add($"{language.Name} sort {sort[0]}: {string.Join(' ', order)}");
            }
            lines.Add($"{language.Name} meta fields: {Show((List<object?>)meta[5]!)}");
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    /// <summary>A word's postings by page address: page numbers are differences from the previous posting's.</summary>
    private static IEnumerable<string> Postings(string language, string what, List<object?> postings, List<string> urls)
    {
        var page = 0L;
        foreach (var posting in postings.Cast<List<object?>>())
        {
            page += Convert.ToInt64(posting[0]);
            yield return $"{language} {what} on {urls[(int)page]}: {Show(posting.Skip(1))}";
        }
    }

    private static string Show(IEnumerable<object?> values) =>
        "[" + string.Join(",", values.Select(v => v is List<object?> list ? Show(list) : v is string s ? $"\"{s}\"" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))) + "]";

    private static byte[] Read(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var body = new MemoryStream();
        gzip.CopyTo(body);
        var bytes = body.ToArray();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 12).ShouldBe("pagefind_dcd");
        return bytes[12..];
    }

    private static object Decode(byte[] bytes)
    {
        var reader = new CborReader(bytes);
        var value = Value(reader);
        reader.BytesRemaining.ShouldBe(0);
        return value!;
    }

    private static object? Value(CborReader reader)
    {
        switch (reader.PeekState())
        {
            case CborReaderState.StartArray:
                var list = new List<object?>();
                reader.ReadStartArray();
                while (reader.PeekState() != CborReaderState.EndArray) list.Add(Value(reader));
                reader.ReadEndArray();
                return list;
            case CborReaderState.TextString: return reader.ReadTextString();
            case CborReaderState.UnsignedInteger: return (long)reader.ReadUInt64();
            case CborReaderState.NegativeInteger: return reader.ReadInt64();
            case CborReaderState.Boolean: return reader.ReadBoolean();
            case CborReaderState.Null: reader.ReadNull(); return null;
            default: throw new InvalidDataException($"Unexpected CBOR {reader.PeekState()}");
        }
    }
}
