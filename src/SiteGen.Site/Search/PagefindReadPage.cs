namespace SiteGen.Search;

/// <summary>
/// One page read for the index, kept until its language is written, in as few bytes as it can: its fragment already
/// gzipped, its filters and sorts, and each word's content locations already encoded. Holding the words of every page
/// as lists until the end was most of the build's peak memory with search on (about 60 KB a page).
/// </summary>
internal sealed class PagefindReadPage
{
    public required string Url { get; init; }
    public required string Language { get; init; }
    public required bool HasCustomBody { get; init; }
    public required int WordCount { get; init; }

    /// <summary>The fragment's full name (language and hash) and its file's bytes.</summary>
    public required string FragmentName { get; init; }
    public required byte[] FragmentFile { get; init; }

    public required SortedDictionary<string, List<string>> Filters { get; init; }
    public required SortedDictionary<string, string> Sort { get; init; }
    public required string[] MetaFields { get; init; }

    /// <summary>The page's words, in the order it first holds them.</summary>
    public required PagefindKey[] Keys { get; init; }

    /// <summary>Word k's content locations: a CBOR array of <see cref="LocationCounts"/>[k] items, from Ends[k - 1] to Ends[k] in <see cref="Locations"/>.</summary>
    public required byte[] Locations { get; init; }
    public required int[] Ends { get; init; }
    public required int[] LocationCounts { get; init; }

    /// <summary>The words' places in meta fields, by word in order: word, field (a place in <see cref="MetaFields"/>), position.</summary>
    public required int[] Meta { get; init; }

    /// <summary>Reads a page's words and fragment into the form kept; <paramref name="scratch"/> is the calling thread's.</summary>
    public static PagefindReadPage Of(string url, PagefindPageData data, PagefindWords words, CborOutput scratch)
    {
        var (content, wordCount) = words.ReadContent(data.Digest, data.AnchorContent);
        foreach (var (field, value) in data.Meta) words.ReadMeta(field, value);
        var json = PagefindFragment.Json(url, content, wordCount, data.Filters, data.Meta, words.Anchors);
        var metaFields = data.Meta.Keys.ToArray();

        var keys = new PagefindKey[words.Words.Count];
        var ends = new int[keys.Length];
        var counts = new int[keys.Length];
        var meta = new List<int>();
        var locations = new List<int>();
        var places = new List<(int Weight, int Position)>();
        scratch.Clear();
        var k = 0;
        foreach (var (key, occurrences) in words.Words)
        {
            keys[k] = key;
            places.Clear();
            foreach (var (position, weight) in occurrences.Content) places.Add((weight, position));
            PagefindPostings.EncodeRuns(places, locations);
            scratch.Array(locations.Count);
            foreach (var location in locations) scratch.Integer(location);
            ends[k] = scratch.Written.Length;
            counts[k] = locations.Count;
            foreach (var (field, position) in occurrences.Meta)
            {
                meta.Add(k);
                meta.Add(Array.IndexOf(metaFields, field));
                meta.Add(position);
            }
            k++;
        }
        return new PagefindReadPage
        {
            Url = url,
            Language = data.Language,
            HasCustomBody = data.HasCustomBody,
            WordCount = wordCount,
            FragmentName = $"{data.Language}_{PagefindFile.Hash(json)}",
            FragmentFile = PagefindFile.Compress(json),
            Filters = data.Filters,
            Sort = data.Sort,
            MetaFields = metaFields,
            Keys = keys,
            Locations = scratch.Written.ToArray(),
            Ends = ends,
            LocationCounts = counts,
            Meta = [.. meta],
        };
    }

    /// <summary>Word <paramref name="k"/>'s content locations, encoded.</summary>
    public ReadOnlySpan<byte> LocationsOf(int k) => Locations.AsSpan(k == 0 ? 0 : Ends[k - 1], Ends[k] - (k == 0 ? 0 : Ends[k - 1]));
}
