namespace SiteGen.Stemming;

/// <summary>
/// Stems words for one language as Pagefind 1.6 does (its get_stemmer: a Snowball algorithm per language code, the
/// code's first part; none for other languages, whose words are kept as they are). Not safe across threads: each
/// thread makes its own. Words repeat, so each stem is computed once.
/// </summary>
public sealed class WordStemmer
{
    private readonly Snowball.Stemmer algorithm;
    private readonly Dictionary<string, string> known = new(StringComparer.Ordinal);

    private WordStemmer(Snowball.Stemmer algorithm) => this.algorithm = algorithm;

    /// <summary>A stemmer for the language (BCP 47 code: "fr", "en-GB"), or null when Pagefind stems none for it.</summary>
    public static WordStemmer? For(string language)
    {
        Snowball.Stemmer? algorithm = language.Split('-')[0].ToLowerInvariant() switch
        {
            "ar" => new Snowball.ArabicStemmer(), "hy" => new Snowball.ArmenianStemmer(), "eu" => new Snowball.BasqueStemmer(),
            "ca" => new Snowball.CatalanStemmer(), "da" => new Snowball.DanishStemmer(), "nl" => new Snowball.DutchStemmer(),
            "en" => new Snowball.EnglishStemmer(), "fi" => new Snowball.FinnishStemmer(), "fr" => new Snowball.FrenchStemmer(),
            "de" => new Snowball.GermanStemmer(), "el" => new Snowball.GreekStemmer(), "hi" => new Snowball.HindiStemmer(),
            "hu" => new Snowball.HungarianStemmer(), "id" => new Snowball.IndonesianStemmer(), "ga" => new Snowball.IrishStemmer(),
            "it" => new Snowball.ItalianStemmer(), "lt" => new Snowball.LithuanianStemmer(), "ne" => new Snowball.NepaliStemmer(),
            "no" => new Snowball.NorwegianStemmer(), "pt" => new Snowball.PortugueseStemmer(), "ro" => new Snowball.RomanianStemmer(),
            "ru" => new Snowball.RussianStemmer(), "sr" => new Snowball.SerbianStemmer(), "es" => new Snowball.SpanishStemmer(),
            "sv" => new Snowball.SwedishStemmer(), "ta" => new Snowball.TamilStemmer(), "tr" => new Snowball.TurkishStemmer(),
            "yi" => new Snowball.YiddishStemmer(),
            _ => null,
        };
        return algorithm is null ? null : new WordStemmer(algorithm);
    }

    public string Stem(string word)
    {
        if (known.TryGetValue(word, out var stem)) return stem;
        stem = algorithm.Stem(word);
        if (known.Count < 1_000_000) known[word] = stem;
        return stem;
    }
}
