using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>
/// SiteGen's own indexer: it writes the index of a site's pages in the files of a Pagefind 1.6 bundle (meta, word chunks,
/// filters, fragments), read by Pagefind's own search script and WebAssembly, from the pages as Pagefind reads them
/// (<see cref="PagefindPageReader"/>) and with its word rules and stemmers (<see cref="PagefindWords"/>, <see cref="Stemmer"/>).
/// Pagefind's indexer spends about 2 ms of CPU a page, more than the whole build of that page; this one reads the pages on
/// every core and shares a stem between all the pages that hold the word.
/// </summary>
internal static class PagefindIndexBuilder
{
    /// <summary>One page read: its address, what Pagefind takes from it, and its words.</summary>
    private sealed record ReadPage(string Url, PagefindPageData Data, string Content, int WordCount, PagefindWords Words);

    /// <summary>The languages indexed: code, meta file hash, page count.</summary>
    public sealed record Language(string Code, string Hash, int PageCount);

    /// <summary>
    /// Indexes <paramref name="pages"/> (paths relative to <paramref name="site"/>, '/'-separated) into <paramref name="bundle"/>:
    /// only the pages marked data-pagefind-body when some are (as Pagefind does), each language apart.
    /// </summary>
    public static IReadOnlyList<Language> Write(string site, IReadOnlyList<string> pages, string bundle, CancellationToken cancellationToken)
    {
        var read = new ReadPage[pages.Count];
        var stemmers = new ConcurrentBag<Dictionary<string, Stemmer?>>();
        using var local = new ThreadLocal<Dictionary<string, Stemmer?>>(() =>
        {
            var mine = new Dictionary<string, Stemmer?>(StringComparer.Ordinal);
            stemmers.Add(mine);
            return mine;
        });
        try
        {
            Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var html = File.ReadAllText(Path.Combine(site, pages[i]));
                var data = PagefindPageReader.Read(html);
                var cache = local.Value!;
                if (!cache.TryGetValue(data.Language, out var stemmer))
                    cache[data.Language] = stemmer = Stemmer.AlgorithmOf(data.Language) is { } algorithm ? Stemmer.Create(algorithm) : null;
                var words = new PagefindWords(stemmer);
                var (content, wordCount) = words.ReadContent(data.Digest, data.AnchorContent);
                foreach (var (field, value) in data.Meta) words.ReadMeta(field, value);
                read[i] = new ReadPage(UrlOf(pages[i]), data, content, wordCount, words);
            });
        }
        finally
        {
            foreach (var cache in stemmers)
                foreach (var stemmer in cache.Values) stemmer?.Dispose();
        }

        var indexed = read.Any(p => p.Data.HasCustomBody) ? read.Where(p => p.Data.HasCustomBody) : read;
        Directory.CreateDirectory(Path.Combine(bundle, "fragment"));
        var languages = new List<Language>();
        foreach (var group in indexed.GroupBy(p => p.Data.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            languages.Add(WriteLanguage(group.Key, [.. group.OrderBy(p => p.Url, StringComparer.Ordinal)], bundle));
        }
        return languages;
    }

    private static Language WriteLanguage(string language, IReadOnlyList<ReadPage> pages, string bundle)
    {
        var index = new PagefindLanguageIndex { Language = language, Version = PagefindIndexer.Version };
        index.SetMetaFields(pages.SelectMany(p => p.Data.Meta.Keys));
        var fieldNumber = index.MetaFields.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => f.i, StringComparer.Ordinal);
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        var locations = new List<int>();
        var metaLocations = new List<int>();
        for (var page = 0; page < pages.Count; page++)
        {
            var read = pages[page];
            var json = Fragment(read);
            var full = $"{language}_{PagefindFile.Hash(json)}";
            var length = language.Length + 8;
            while (fragments.TryGetValue(full[..length], out var taken) && taken != full && length < full.Length) length++;
            var name = full[..length];
            if (fragments.TryAdd(name, full)) PagefindFile.Write(Path.Combine(bundle, "fragment", $"{name}.pf_fragment"), json);
            index.Pages.Add(new PagefindLanguageIndex.Page(name, read.WordCount, [[0x60]]));

            foreach (var (key, occurrences) in read.Words.Words)
            {
                EncodeContent(occurrences.Content, locations);
                EncodeMeta(occurrences.Meta, fieldNumber, metaLocations);
                index.AddPosting(key.Word, key.Variant, page, locations, metaLocations);
            }
            foreach (var (filter, values) in read.Data.Filters)
                foreach (var value in values) index.AddFilter(filter, value, page);
        }
        foreach (var sort in pages.SelectMany(p => p.Data.Sort.Keys).Distinct(StringComparer.Ordinal))
            index.Sorts[sort] = SortOrder(pages, sort);
        return new Language(language, index.Write(bundle), pages.Count);
    }

    /// <summary>Weight 24 (1) first, then the others by weight, each run led by -(weight + 1), positions as differences within the run.</summary>
    private static void EncodeContent(List<(int Position, byte Weight)> content, List<int> into)
    {
        into.Clear();
        if (content.Count == 0) return;
        var ordered = content.Select((c, i) => (c.Position, c.Weight, i))
            .OrderBy(c => c.Weight == 24 ? 0 : c.Weight).ThenBy(c => c.i);
        int? weight = null;
        var previous = 0;
        foreach (var (position, w, _) in ordered)
        {
            if (w != weight)
            {
                into.Add(-w - 1);
                weight = w;
                previous = 0;
            }
            into.Add(position - previous);
            previous = position;
        }
    }

    private static void EncodeMeta(List<(string Field, int Position)> meta, Dictionary<string, int> fieldNumber, List<int> into)
    {
        into.Clear();
        if (meta.Count == 0) return;
        int? field = null;
        var previous = 0;
        foreach (var (name, position, _) in meta.Select((m, i) => (fieldNumber[m.Field], m.Position, i)).OrderBy(m => m.Item1).ThenBy(m => m.i))
        {
            if (name != field)
            {
                into.Add(-name - 1);
                field = name;
                previous = 0;
            }
            into.Add(position - previous);
            previous = position;
        }
    }

    /// <summary>Pagefind's sort: numeric when every value is a number, else by bytes; ties keep page order; pages without a value left out.</summary>
    private static List<int> SortOrder(IReadOnlyList<ReadPage> pages, string sort)
    {
        var values = pages.Select((p, i) => (Value: p.Data.Sort.GetValueOrDefault(sort), Page: i)).Where(v => v.Value is not null).ToList();
        static float? Number(string value) =>
            int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i
            : float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : null;
        if (values.All(v => Number(v.Value!) is not null))
            return [.. values.OrderBy(v => Number(v.Value!)!.Value).Select(v => v.Page)];
        return [.. values.OrderBy(v => v.Value!, PagefindLanguageIndex.Utf8Order.Instance).Select(v => v.Page)];
    }

    /// <summary>The fragment as Pagefind's serde writes it: url, content, word_count, filters, meta, anchors; compact, non-ASCII as is.</summary>
    private static byte[] Fragment(ReadPage page)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("url", page.Url);
            json.WriteString("content", page.Content);
            json.WriteNumber("word_count", page.WordCount);
            json.WriteStartObject("filters");
            foreach (var (name, values) in page.Data.Filters)
            {
                json.WriteStartArray(name);
                foreach (var value in values) json.WriteStringValue(value);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteStartObject("meta");
            foreach (var (name, value) in page.Data.Meta) json.WriteString(name, value);
            json.WriteEndObject();
            json.WriteStartArray("anchors");
            foreach (var anchor in page.Words.Anchors)
            {
                json.WriteStartObject();
                json.WriteString("element", anchor.Element);
                json.WriteString("id", anchor.Id);
                json.WriteString("text", anchor.Text);
                json.WriteNumber("location", anchor.Location);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Pagefind's address of a page: '/' and its path, without a final index.html.</summary>
    private static string UrlOf(string page)
    {
        var url = page.Replace('\\', '/');
        if (url.EndsWith("/index.html", StringComparison.Ordinal)) url = url[..^"index.html".Length];
        else if (url == "index.html") url = "";
        return "/" + url;
    }
}
