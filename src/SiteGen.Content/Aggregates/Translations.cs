using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// Which version of a translated article is the original, and whether a translation lags behind
/// it: the rule readers' notices and <c>sitegen translations</c> share.
/// </summary>
public static class Translations
{
    /// <summary>
    /// The version published first (by date, then the site's language order); null when the
    /// article has no other version or is the original itself.
    /// </summary>
    public static Article? OriginalOf(Article article, SiteContent content)
    {
        if (article.TranslationKey is null) return null;
        // The earliest version, the first language of site.yml among those of the same date; a plain loop,
        // as every page of every article asks (a sort per call was a visible share of a build's garbage).
        Article? original = null;
        var versions = 0;
        foreach (var language in content.Site.Languages)
        {
            var version = language.Code == article.Language ? article : content.TranslationOf(article, language.Code);
            if (version is null) continue;
            versions++;
            if (original is null || version.Date < original.Date) original = version;
        }
        return versions < 2 || ReferenceEquals(original, article) ? null : original;
    }

    /// <summary>
    /// Whether <paramref name="original"/> changed on a later day than <paramref name="translation"/>
    /// did: days, in the site's time zone, are the precision every date has (a date without a time
    /// is a whole day), so two versions saved the same day are not stale.
    /// </summary>
    public static bool IsStale(Article translation, Article original, SiteSettings site) =>
        Day(original.Modified, site) > Day(translation.Modified, site);

    public static DateOnly Day(DateTimeOffset moment, SiteSettings site) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, site.TimeZone).DateTime);
}
