using System.Globalization;

namespace SiteGen.Theme.Rendering;

/// <summary>Counted nouns, with the zero, one and many forms each language's strings give.</summary>
public static class Counts
{
    public static string Articles(Strings strings, int count) => count switch
    {
        0 => strings.ArticleZero,
        1 => strings.ArticleOne,
        _ => strings.ArticleMany.Replace("{count}", count.ToString("N0", CultureInfo.GetCultureInfo(strings.LanguageCode)), StringComparison.Ordinal),
    };

    public static string Events(Strings strings, int count) => count == 1
        ? strings.EventOne
        : strings.EventMany.Replace("{count}", count.ToString("N0", CultureInfo.GetCultureInfo(strings.LanguageCode)), StringComparison.Ordinal);
}
