using System.Globalization;
using SiteGen.Stemming;

namespace SiteGen.Search;

/// <summary>
/// SiteGen's own indexer: it writes the index of a site's pages in the files of a Pagefind 1.6 bundle (meta, word chunks,
/// filters, fragments), read by Pagefind's own search script and WebAssembly, from the pages as Pagefind reads them
/// (<see cref="PagefindPageReader"/>) and with its word rules and stemmers (<see cref="PagefindWords"/>, <see cref="WordStemmer"/>).
/// Pagefind's indexer spends about 2 ms of CPU a page, more than the whole build of that page; this one reads the pages on
/// every core and shares a stem between all the pages that hold the word. What it keeps of a page until its language is
/// written is bytes (<see cref="PagefindReadPage"/>), and a word's postings are one buffer (<see cref="PagefindPostings"/>).
/// </summary>
internal static class PagefindIndexBuilder
{
    /// <summary>The languages indexed: code, meta file hash, page count.</summary>
    public sealed record Language(string Code, string Hash, int PageCount);

    /// <summary>
    /// Indexes <paramref name="pages"/> (paths relative to <paramref name="site"/>, '/'-separated) into <paramref name="bundle"/>:
    /// only the pages marked data-pagefind-body when some are (as Pagefind does), each language apart.
    /// </summary>
    public static IReadOnlyList<Language> Write(string site, IReadOnlyList<string> pages, string bundle, CancellationToken cancellationToken,
        int cores = -1)
    {
        var read = new PagefindReadPage[pages.Count];
        using var stemmers = new ThreadLocal<Dictionary<string, (WordStemmer? Stemmer, Dictionary<string, PagefindKey> Keys)>>(() => new(StringComparer.Ordinal));
        using var scratch = new ThreadLocal<CborOutput>(() => new CborOutput());
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = cores }, i =>
        {
            var data = PagefindPageReader.Read(File.ReadAllText(Path.Combine(site, pages[i])));
            var mine = stemmers.Value!;
            if (!mine.TryGetValue(data.Language, out var language))
                mine[data.Language] = language = (WordStemmer.For(data.Language), new Dictionary<string, PagefindKey>(StringComparer.Ordinal));
            read[i] = PagefindReadPage.Of(UrlOf(pages[i]), data, new PagefindWords(language.Stemmer, language.Keys), scratch.Value!);
        });

        var indexed = read.Any(p => p.HasCustomBody) ? read.Where(p => p.HasCustomBody) : read;
        Directory.CreateDirectory(Path.Combine(bundle, "fragment"));
        // The languages apart, at once: each writes files of its own.
        var groups = indexed.GroupBy(p => p.Language).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var languages = new Language[groups.Count];
        Parallel.For(0, groups.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = cores },
            i => languages[i] = WriteLanguage(groups[i].Key, [.. groups[i].OrderBy(p => p.Url, StringComparer.Ordinal)], bundle));
        return languages;
    }

    private static Language WriteLanguage(string language, IReadOnlyList<PagefindReadPage> pages, string bundle)
    {
        var index = new PagefindLanguageIndex { Language = language, Version = PagefindIndexer.Version };
        index.SetMetaFields(pages.SelectMany(p => p.MetaFields));
        var fieldNumber = index.MetaFields.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => f.i, StringComparer.Ordinal);
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        var metaLocations = new List<int>();
        var metaPlaces = new List<(int Field, int Position)>();
        for (var page = 0; page < pages.Count; page++)
        {
            var read = pages[page];
            var full = read.FragmentName;
            var length = language.Length + 8;
            while (fragments.TryGetValue(full[..length], out var taken) && taken != full && length < full.Length) length++;
            var name = full[..length];
            if (fragments.TryAdd(name, full)) File.WriteAllBytes(Path.Combine(bundle, "fragment", $"{name}.pf_fragment"), read.FragmentFile);
            index.Pages.Add(new PagefindLanguageIndex.Page(name, read.WordCount, [[0x60]]));

            var meta = 0;
            for (var k = 0; k < read.Keys.Length; k++)
            {
                metaPlaces.Clear();
                for (; meta < read.Meta.Length && read.Meta[meta] == k; meta += 3)
                    metaPlaces.Add((fieldNumber[read.MetaFields[read.Meta[meta + 1]]], read.Meta[meta + 2]));
                PagefindPostings.EncodeRuns(metaPlaces, metaLocations);
                index.AddPosting(read.Keys[k].Word, read.Keys[k].Variant, page, read.LocationsOf(k), read.LocationCounts[k], metaLocations);
            }
            foreach (var (filter, values) in read.Filters)
                foreach (var value in values) index.AddFilter(filter, value, page);
        }
        foreach (var sort in pages.SelectMany(p => p.Sort.Keys).Distinct(StringComparer.Ordinal))
            index.Sorts[sort] = SortOrder(pages, sort);
        return new Language(language, index.Write(bundle), pages.Count);
    }

    /// <summary>
    /// Pagefind's sort: numeric when every value is a number, else by bytes; pages without a value left out. Ties keep
    /// the order of the pages' paths: Pagefind keeps the order its directory walk met them in, which is the file
    /// system's (reverse creation on tmpfs, hashed on ext4), and a build must not depend on that.
    /// </summary>
    private static List<int> SortOrder(IReadOnlyList<PagefindReadPage> pages, string sort)
    {
        var values = pages.Select((p, i) => (Value: p.Sort.GetValueOrDefault(sort), Page: i)).Where(v => v.Value is not null).ToList();
        static float? Number(string value) =>
            int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i
            : float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : null;
        if (values.All(v => Number(v.Value!) is not null))
            return [.. values.OrderBy(v => Number(v.Value!)!.Value).ThenBy(v => v.Page).Select(v => v.Page)];
        return [.. values.OrderBy(v => v.Value!, PagefindLanguageIndex.Utf8Order.Instance).ThenBy(v => v.Page).Select(v => v.Page)];
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
