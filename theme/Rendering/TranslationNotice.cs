namespace SiteGen.Theme.Rendering;

/// <summary>
/// The words of a translation's notice, by the original's language: "Traduit de l’anglais",
/// "The French original was updated on {date}, after this translation." French grammar needs a
/// sentence per language ("de l’anglais", "du français"), so each is a string of its own.
/// </summary>
public static class TranslationNotice
{
    public static string From(Strings strings, string originalLanguage) => originalLanguage switch
    {
        "fr" => strings.TranslatedFromFr,
        "en" => strings.TranslatedFromEn,
        _ => strings.TranslatedFromEn,
    };

    /// <summary>The sentence around the date, split where the date goes.</summary>
    public static (string Before, string After) Updated(Strings strings, string originalLanguage)
    {
        var sentence = originalLanguage == "fr" ? strings.OriginalUpdatedFr : strings.OriginalUpdatedEn;
        var at = sentence.IndexOf("{date}", StringComparison.Ordinal);
        return at < 0 ? (sentence + " ", "") : (sentence[..at], sentence[(at + "{date}".Length)..]);
    }
}
