using System.Text;

namespace SiteGen.Search;

/// <summary>A word as the index holds it: its stem without accents, and the word as written when it had accents.</summary>
internal readonly record struct PagefindKey(string Word, string? Variant);

/// <summary>Where a word stands on a page: its places in the content with their weights, and its places in each meta field.</summary>
internal sealed class PagefindOccurrences
{
    public List<(int Position, byte Weight)> Content { get; } = [];
    public List<(string Field, int Position)> Meta { get; } = [];
}

/// <summary>An anchor of a page: an element with an id, its text, and the content word it stands before.</summary>
internal sealed record PagefindAnchor(string Element, string Id, string Text, int Location);

/// <summary>
/// Turns a page's digest into the words Pagefind 1.6 indexes (its parse_digest): the content split at white space,
/// each word lower-cased and kept to its letters, digits and connectors, stemmed with the page's language; a word with
/// other characters (d’autres, États-Unis, 2024-09-10) also indexed as its parts, at the same place and a share of its
/// weight; headings and data-pagefind-weight weighting the words inside (24 for 1); a word with accents indexed under
/// its stem without them, as a variant written as it was. The meta fields' words are placed the same way, per field.
/// </summary>
internal sealed class PagefindWords
{
    private const float WeightMultiplier = 24f;
    private const float WeightMax = 10f;

    private readonly SiteGen.Stemming.WordStemmer? stemmer;
    private readonly Dictionary<string, PagefindKey> keys;
    private int position;
    private string field = "";
    private readonly Action<PagefindKey, byte> inContent;
    private readonly Action<PagefindKey, byte> inMeta;

    /// <param name="keys">The keys of the words already seen, shared by the pages one thread reads in one language.</param>
    public PagefindWords(SiteGen.Stemming.WordStemmer? stemmer, Dictionary<string, PagefindKey>? keys = null)
    {
        this.stemmer = stemmer;
        this.keys = keys ?? new(StringComparer.Ordinal);
        inContent = (key, weight) => At(key).Content.Add((position, weight));
        inMeta = (key, _) => At(key).Meta.Add((field, position));
    }

    public Dictionary<PagefindKey, PagefindOccurrences> Words { get; } = [];
    public List<PagefindAnchor> Anchors { get; } = [];

    /// <summary>Reads the digest; returns the content (without the marks) and its word count.</summary>
    public (string Content, int WordCount) ReadContent(string digest, IReadOnlyDictionary<string, string> anchorContent)
    {
        var content = new StringBuilder(digest.Length);
        position = 0;
        var last = 0;
        var weights = new List<byte> { (byte)WeightMultiplier };
        foreach (var word in Split(digest))
        {
            if (word[0] == '_' && Mark(word, position, weights, anchorContent)) continue;
            var baseWord = word.Contains('\u200B') ? word.Replace("\u200B", "") : word;
            if (baseWord.Length == 0) continue;
            content.Append(baseWord).Append(' ');
            var weight = weights.Count > 0 ? weights[^1] : (byte)1;
            Track(word, baseWord, inContent, weight, inContent: true);
            last = position;
            position++;
        }
        if (content.Length > 0) content.Length--;
        return (content.ToString(), last + 1);
    }

    /// <summary>Places the words of the meta field numbered <paramref name="field"/>.</summary>
    public void ReadMeta(string field, string value)
    {
        this.field = field;
        position = 0;
        foreach (var word in Split(value))
        {
            var baseWord = word.Contains('\u200B') ? word.Replace("\u200B", "") : word;
            if (baseWord.Length == 0) continue;
            Track(word, baseWord, inMeta, 1, inContent: false);
            position++;
        }
    }

    private PagefindOccurrences At(PagefindKey key)
    {
        if (!Words.TryGetValue(key, out var occurrences)) Words[key] = occurrences = new PagefindOccurrences();
        return occurrences;
    }

    private static IEnumerable<string> Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private bool Mark(string word, int position, List<byte> weights, IReadOnlyDictionary<string, string> anchorContent)
    {
        if (word.StartsWith("___PAGEFIND_ANCHOR___", StringComparison.Ordinal))
        {
            var rest = word.Replace("___PAGEFIND_ANCHOR___", "");
            var colon = rest.IndexOf(':');
            if (colon >= 0)
            {
                var (element, anchorId) = (rest[..colon], rest[(colon + 1)..]);
                var text = anchorContent.TryGetValue(anchorId, out var raw) ? PagefindText.Normalize(raw) : "";
                var idColon = anchorId.IndexOf(':');
                if (idColon >= 0) Anchors.Add(new PagefindAnchor(element, anchorId[(idColon + 1)..], PagefindText.Normalize(text), position));
            }
            return true;
        }
        if (word.StartsWith("___PAGEFIND_WEIGHT___", StringComparison.Ordinal))
        {
            var weight = ParseWeight(word.Replace("___PAGEFIND_WEIGHT___", ""));
            weights.Add(weight <= 0 ? (byte)0 : Math.Max((byte)1, (byte)(Math.Clamp(weight, 0, WeightMax) * WeightMultiplier)));
            return true;
        }
        if (word.StartsWith("___PAGEFIND_AUTO_WEIGHT___", StringComparison.Ordinal))
        {
            if (weights.Count == 1)
                weights.Add((byte)(Math.Clamp(ParseWeight(word.Replace("___PAGEFIND_AUTO_WEIGHT___", "")), 0, WeightMax) * WeightMultiplier));
            else weights.Add(weights.Count > 0 ? weights[^1] : (byte)0);
            return true;
        }
        if (word.StartsWith("___END_PAGEFIND_WEIGHT___", StringComparison.Ordinal))
        {
            if (weights.Count > 0) weights.RemoveAt(weights.Count - 1);
            return true;
        }
        return false;
    }

    private static float ParseWeight(string text) =>
        float.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight) ? weight : 1f;

    /// <summary>Pagefind's track_word for one white-space word: the word itself, then its parts and emoji when it may be compound.</summary>
    private void Track(string word, string baseWord, Action<PagefindKey, byte> store, byte weight, bool inContent)
    {
        var possiblyCompound = false;
        var first = true;
        foreach (var rune in baseWord.EnumerateRunes())
        {
            // Pagefind 1.6 also takes a capital inside a word for a compound's boundary (TikTok: tik, tok).
            if (!PagefindText.IsAlphanumeric(rune) || (!first && Rune.IsUpper(rune))) possiblyCompound = true;
            first = false;
        }
        var full = Normalized(baseWord);
        if (full.Length > 0) store(KeyOf(full), weight);
        if (!possiblyCompound) return;

        if (full.Length > 0)
        {
            var discrete = PagefindText.DiscreteWords(word);
            if (discrete.Contains(' ') || !full.StartsWith(discrete, StringComparison.Ordinal))
            {
                // The parts, of more than one byte: the words between its punctuation and case changes, and in the
                // content what follows each full stop written as one word, when no part is written so (U.S.-based:
                // "sbased" beside "based").
                var parts = new List<string>();
                foreach (var part in discrete.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    if (Encoding.UTF8.GetByteCount(part) > 1) parts.Add(part);
                if (inContent)
                    for (var dot = baseWord.IndexOf('.'); dot >= 0; dot = baseWord.IndexOf('.', dot + 1))
                    {
                        var rest = Normalized(baseWord[(dot + 1)..]);
                        if (Encoding.UTF8.GetByteCount(rest) > 1 && !parts.Contains(rest)) parts.Add(rest);
                    }
                if (parts.Count > 0)
                {
                    var share = weight == 0 ? (byte)0 : Math.Max((byte)1, (byte)(weight / Math.Min(parts.Count, 255)));
                    foreach (var part in parts) store(KeyOf(part), share);
                }
            }
        }
        if (PagefindText.MayHoldEmoji(word))
            foreach (var emoji in PagefindText.Emoji(word)) store(KeyOf(emoji), weight);
    }

    /// <summary>A word as indexed: its letters, digits and connectors, lower-cased (the word itself when it is so already).</summary>
    private static string Normalized(string word)
    {
        var kept = true;
        foreach (var c in word)
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)) { kept = false; break; }
        if (kept) return word;
        var buffer = word.Length <= 256 ? stackalloc char[2 * word.Length] : new char[2 * word.Length];
        var length = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                var c = (char)rune.Value;
                if (char.IsAsciiLetterOrDigit(c) || c == '_') buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (PagefindText.IsAlphanumeric(rune) || (rune.IsBmp && Array.IndexOf(PagefindText.WordSymbols, (char)rune.Value) >= 0))
                length += Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer[length..]);
        }
        return length == word.Length && buffer[..length].SequenceEqual(word) ? word : new string(buffer[..length]);
    }

    private PagefindKey KeyOf(string word)
    {
        if (keys.TryGetValue(word, out var known)) return known;
        var key = NewKey(word);
        if (keys.Count < 1_000_000) keys[word] = key;
        return key;
    }

    private PagefindKey NewKey(string word)
    {
        var folded = PagefindText.Folded(word);
        var stem = stemmer is null ? folded : stemmer.Stem(folded);
        return new PagefindKey(stem, ReferenceEquals(folded, word) ? null : word);
    }
}
