namespace SiteGen.Search;

/// <summary>
/// One language of a Pagefind 1.6 bundle, written as its pf_meta, pf_index and pf_filter files.
/// The meta file is [version, pages, index chunks, filters, sorts, meta fields]; a page is [fragment
/// hash, word count, …]; an index chunk file is [words], a word [word, postings, variants], a variant
/// [word, postings], a posting [page number as a difference from the previous posting's, locations, …]
/// (the locations encoded as Pagefind encodes them); a filter file is [name, [value, page numbers]].
/// </summary>
internal sealed class PagefindLanguageIndex
{
    /// <summary>Pagefind's chunk size: a chunk closes once its words' postings hold this many locations and pages.</summary>
    private const int ChunkSize = 20000;

    public required string Language { get; init; }
    public required string Version { get; init; }
    public List<Page> Pages { get; } = [];
    private readonly Dictionary<string, Word> words = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedDictionary<string, List<int>>> filters = new(Utf8Order.Instance);
    private readonly List<string> metaFields = [];
    /// <summary>The pages in each sort's order (Pagefind: pages without a value for it are left out).</summary>
    public Dictionary<string, List<int>> Sorts { get; } = new(StringComparer.Ordinal);

    /// <param name="Rest">The fields after the word count, as Pagefind encoded them.</param>
    public sealed record Page(string Fragment, long WordCount, byte[][] Rest);

    private sealed class Word
    {
        public PagefindPostings Postings { get; } = new();
        public List<(string Variant, PagefindPostings Postings)>? Variants { get; set; }
    }

    private Word Entry(string word)
    {
        if (!words.TryGetValue(word, out var entry)) words[word] = entry = new Word();
        return entry;
    }

    /// <summary>
    /// Adds a page's posting for <paramref name="word"/> (or its <paramref name="variant"/>), pages added in order: the
    /// locations as Pagefind 1.6 encodes them (weight marks -(weight + 1), positions as differences within a weight),
    /// already written as a CBOR array of <paramref name="locationCount"/> items, and the meta locations likewise (field
    /// marks -(field + 1), positions as differences within a field).
    /// </summary>
    public void AddPosting(string word, string? variant, int page, ReadOnlySpan<byte> locations, int locationCount, IReadOnlyList<int> metaLocations)
    {
        var entry = Entry(word);
        if (variant is null)
        {
            entry.Postings.Add(page, locations, locationCount, metaLocations);
            return;
        }
        var variants = entry.Variants ??= [];
        var index = variants.FindIndex(v => v.Variant == variant);
        if (index < 0) variants.Add((variant, new PagefindPostings()));
        variants[index < 0 ? ^1 : index].Postings.Add(page, locations, locationCount, metaLocations);
    }

    public void AddFilter(string name, string value, int page)
    {
        if (!filters.TryGetValue(name, out var values)) filters[name] = values = new(Utf8Order.Instance);
        if (!values.TryGetValue(value, out var pages)) values[value] = pages = [];
        pages.Add(page);
    }

    /// <summary>Sets the meta fields, sorted as Pagefind sorts them.</summary>
    public void SetMetaFields(IEnumerable<string> fields)
    {
        metaFields.Clear();
        metaFields.AddRange(fields.Distinct().OrderBy(f => f, Utf8Order.Instance));
    }

    /// <summary>The names of the meta fields, in order: a posting's meta locations name a field by -(its place + 1).</summary>
    public IReadOnlyList<string> MetaFields => metaFields;

    /// <summary>Writes the index and filter files and the meta file into <paramref name="bundle"/>; returns the meta file's hash.</summary>
    public string Write(string bundle)
    {
        Directory.CreateDirectory(Path.Combine(bundle, "index"));
        Directory.CreateDirectory(Path.Combine(bundle, "filter"));
        var chunks = new List<(string From, string To, string Hash)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in Chunks())
        {
            var cbor = new CborOutput();
            cbor.Array(1);
            cbor.Array(chunk.Count);
            foreach (var (text, word) in chunk)
            {
                cbor.Array(3);
                cbor.Text(text);
                WritePostings(cbor, word.Postings);
                var variants = word.Variants ?? [];
                cbor.Array(variants.Count);
                foreach (var (variant, postings) in variants)
                {
                    cbor.Array(2);
                    cbor.Text(variant);
                    WritePostings(cbor, postings);
                }
            }
            var hash = Save(bundle, "index", "pf_index", cbor.Written, taken);
            chunks.Add((chunk[0].Key, chunk[^1].Key, hash));
        }
        for (var i = 0; i + 1 < chunks.Count; i++)
        {
            var (to, from) = Prefixes(chunks[i].To, chunks[i + 1].From);
            chunks[i] = chunks[i] with { To = to };
            chunks[i + 1] = chunks[i + 1] with { From = from };
        }
        var filterFiles = new List<(string Name, string Hash)>();
        foreach (var (name, values) in filters)
        {
            var cbor = new CborOutput();
            cbor.Array(2);
            cbor.Text(name);
            cbor.Array(values.Count);
            foreach (var (value, pages) in values)
            {
                cbor.Array(2);
                cbor.Text(value);
                cbor.Array(pages.Count);
                foreach (var page in pages) cbor.Unsigned((ulong)page);
            }
            filterFiles.Add((name, Save(bundle, "filter", "pf_filter", cbor.Written, taken)));
        }

        var meta = new CborOutput();
        meta.Array(6);
        meta.Text(Version);
        meta.Array(Pages.Count);
        foreach (var page in Pages)
        {
            meta.Array(2 + page.Rest.Length);
            meta.Text(page.Fragment);
            meta.Unsigned((ulong)page.WordCount);
            foreach (var field in page.Rest) meta.Encoded(field);
        }
        meta.Array(chunks.Count);
        foreach (var (from, to, hash) in chunks)
        {
            meta.Array(3);
            meta.Text(from);
            meta.Text(to);
            meta.Text(hash);
        }
        meta.Array(filterFiles.Count);
        foreach (var (name, hash) in filterFiles)
        {
            meta.Array(2);
            meta.Text(name);
            meta.Text(hash);
        }
        meta.Array(Sorts.Count);
        foreach (var (name, pages) in Sorts.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            meta.Array(2);
            meta.Text(name);
            meta.Array(pages.Count);
            foreach (var page in pages) meta.Unsigned((ulong)page);
        }
        meta.Array(metaFields.Count);
        foreach (var field in metaFields) meta.Text(field);
        var metaHash = $"{Language}_{PagefindFile.Hash(meta.Written)[..(Language.Length + 8)]}";
        PagefindFile.Write(Path.Combine(bundle, $"pagefind.{metaHash}.pf_meta"), meta.Written);
        return metaHash;
    }

    private static void WritePostings(CborOutput cbor, PagefindPostings postings)
    {
        cbor.Array(postings.Count);
        cbor.Encoded(postings.Encoded);
    }

    /// <summary>The words in order, cut as Pagefind cuts them: a chunk ends at the word that brings it to <see cref="ChunkSize"/>.</summary>
    private IEnumerable<List<KeyValuePair<string, Word>>> Chunks()
    {
        var chunk = new List<KeyValuePair<string, Word>>();
        var size = 0;
        foreach (var word in words.OrderBy(w => w.Key, Utf8Order.Instance))
        {
            size += word.Value.Postings.Size + (word.Value.Variants?.Sum(v => v.Postings.Size) ?? 0);
            chunk.Add(word);
            if (size < ChunkSize) continue;
            yield return chunk;
            chunk = [];
            size = 0;
        }
        if (chunk.Count > 0) yield return chunk;
    }

    /// <summary>Named by the SHA-1 of its body, the language and seven characters, longer while the name is taken.</summary>
    private string Save(string bundle, string folder, string extension, ReadOnlySpan<byte> body, HashSet<string> taken)
    {
        var full = $"{Language}_{PagefindFile.Hash(body)}";
        var length = Language.Length + 8;
        while (!taken.Add(full[..length]) && length < full.Length) length++;
        var name = full[..length];
        PagefindFile.Write(Path.Combine(bundle, folder, $"{name}.{extension}"), body);
        return name;
    }

    /// <summary>The shortest prefixes that still tell two neighbouring chunks' last and first words apart (Pagefind's get_prefixes).</summary>
    private static (string A, string B) Prefixes(string a, string b)
    {
        var runesA = a.EnumerateRunes().ToList();
        var runesB = b.EnumerateRunes().ToList();
        var common = 0;
        while (common < runesA.Count && common < runesB.Count && runesA[common] == runesB[common]) common++;
        return (string.Concat(runesA.Take(common + 1)), string.Concat(runesB.Take(common + 1)));
    }

    /// <summary>Rust's string order, the order Pagefind sorts words in: by UTF-8 bytes, that is by code points.</summary>
    internal sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").AsSpan();
            var b = (y ?? "").AsSpan();
            var common = a.CommonPrefixLength(b);
            if (common == a.Length || common == b.Length) return a.Length.CompareTo(b.Length);
            // UTF-16 order is code point order except that surrogates (U+D800–DFFF, code points above U+FFFF) sort below U+E000–FFFF.
            int Key(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;
            return Key(a[common]).CompareTo(Key(b[common]));
        }
    }
}
