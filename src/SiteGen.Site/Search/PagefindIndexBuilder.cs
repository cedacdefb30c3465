using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Stemming;

namespace SiteGen.Search;

/// <summary>
/// SiteGen's own indexer: it writes the index of a site's pages in the files of a Pagefind 1.6 bundle (meta, word chunks,
/// filters, fragments), read by Pagefind's own search script and WebAssembly, from the pages as Pagefind reads them
/// (<see cref="PagefindPageReader"/>) and with its word rules and stemmers (<see cref="PagefindWords"/>, <see cref="WordStemmer"/>).
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
    public static IReadOnlyList<Language> Write(string site, IReadOnlyList<string> pages, string bundle, CancellationToken cancellationToken,
        int cores = -1)
    {
        var read = new ReadPage[pages.Count];
        using var stemmers = new ThreadLocal<Dictionary<string, (WordStemmer? Stemmer, Dictionary<string, PagefindKey> Keys)>>(() => new(StringComparer.Ordinal));
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = cores }, i =>
        {
            var html = File.ReadAllText(Path.Combine(site, pages[i]));
            var data = PagefindPageReader.Read(html);
            var mine = stemmers.Value!;
            if (!mine.TryGetValue(data.Language, out var language))
                mine[data.Language] = language = (WordStemmer.For(data.Language), new Dictionary<string, PagefindKey>(StringComparer.Ordinal));
            var words = new PagefindWords(language.Stemmer, language.Keys);
            var (content, wordCount) = words.ReadContent(data.Digest, data.AnchorContent);
            foreach (var (field, value) in data.Meta) words.ReadMeta(field, value);
            read[i] = new ReadPage(UrlOf(pages[i]), data with { Digest = "" }, content, wordCount, words); // the digest is read: not kept
        });

        var indexed = read.Any(p => p.Data.HasCustomBody) ? read.Where(p => p.Data.HasCustomBody) : read;
        Directory.CreateDirectory(Path.Combine(bundle, "fragment"));
        // The languages apart, at once: each writes files of its own.
        var groups = indexed.GroupBy(p => p.Data.Language).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var languages = new Language[groups.Count];
        Parallel.For(0, groups.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = cores },
            i => languages[i] = WriteLanguage(groups[i].Key, [.. groups[i].OrderBy(p => p.Url, StringComparer.Ordinal)], bundle));
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

    /// <summary>The positions by weight, lowest first, each run led by -(weight + 1), positions as differences within the run.</summary>
    private static void EncodeContent(List<(int Position, byte Weight)> content, List<int> into)
    {
        into.Clear();
        if (content.Count == 0) return;
        var ordered = content.Select((c, i) => (c.Position, c.Weight, i))
            .OrderBy(c => c.Weight).ThenBy(c => c.i);
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

    /// <summary>
    /// Pagefind's sort: numeric when every value is a number, else by bytes; pages without a value left out. Ties keep
    /// the order of the pages' paths: Pagefind keeps the order its directory walk met them in, which is the file
    /// system's (reverse creation on tmpfs, hashed on ext4), and a build must not depend on that.
    /// </summary>
    private static List<int> SortOrder(IReadOnlyList<ReadPage> pages, string sort)
    {
        var values = pages.Select((p, i) => (Value: p.Data.Sort.GetValueOrDefault(sort), Page: i)).Where(v => v.Value is not null).ToList();
        static float? Number(string value) =>
            int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i
            : float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : null;
        if (values.All(v => Number(v.Value!) is not null))
            return [.. values.OrderBy(v => Number(v.Value!)!.Value).ThenBy(v => v.Page).Select(v => v.Page)];
        return [.. values.OrderBy(v => v.Value!, PagefindLanguageIndex.Utf8Order.Instance).ThenBy(v => v.Page).Select(v => v.Page)];
    }

    /// <summary>
    /// The fragment as Pagefind's serde writes it, byte for byte (its name is the hash of these bytes): url, content,
    /// word_count, filters, meta, anchors; compact; only quotes, backslashes and control characters escaped.
    /// </summary>
    private static byte[] Fragment(ReadPage page)
    {
        var json = new StringBuilder(page.Content.Length + 256);
        json.Append("{\"url\":");
        Text(json, page.Url);
        json.Append(",\"content\":");
        Text(json, page.Content);
        json.Append(",\"word_count\":").Append(page.WordCount.ToString(CultureInfo.InvariantCulture)).Append(",\"filters\":{");
        var first = true;
        foreach (var (name, values) in page.Data.Filters)
        {
            if (!first) json.Append(',');
            first = false;
            Text(json, name);
            json.Append(":[");
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0) json.Append(',');
                Text(json, values[i]);
            }
            json.Append(']');
        }
        json.Append("},\"meta\":{");
        first = true;
        foreach (var (name, value) in page.Data.Meta)
        {
            if (!first) json.Append(',');
            first = false;
            Text(json, name);
            json.Append(':');
            Text(json, value);
        }
        json.Append("},\"anchors\":[");
        first = true;
        foreach (var anchor in page.Words.Anchors)
        {
            if (!first) json.Append(',');
            first = false;
            json.Append("{\"element\":");
            Text(json, anchor.Element);
            json.Append(",\"id\":");
            Text(json, anchor.Id);
            json.Append(",\"text\":");
            Text(json, anchor.Text);
            json.Append(",\"location\":").Append(anchor.Location.ToString(CultureInfo.InvariantCulture)).Append('}');
        }
        json.Append("]}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    /// <summary>A JSON string as serde_json writes it.</summary>
    private static void Text(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case < ' ': json.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: json.Append(c); break;
            }
        }
        json.Append('"');
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
