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
        var versions = content.Site.Languages.Select(l => l.Code == article.Language ? article : content.TranslationOf(article, l.Code))
            .OfType<Article>().ToList();
        if (versions.Count < 2) return null;
        var original = versions.OrderBy(v => v.Date).ThenBy(v => Order(content, v.Language)).First();
        return ReferenceEquals(original, article) ? null : original;
    }

    /// <summary>
    /// Whether <paramref name="original"/> changed on a later day than <paramref name="translation"/>
    /// did: days, in the site's time zone, are the precision every date has (a date without a time
    /// is a whole day), so two versions saved the same day are not stale.
    /// </summary>
    public static bool IsStale(Article translation, Article original, SiteSettings site) =>
        Day(original.Modified, site) > Day(translation.Modified, site);

    public static DateOnly Day(DateTimeOffset moment, SiteSettings site) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, site.TimeZone).DateTime);

    private static int Order(SiteContent content, string language)
    {
        for (var i = 0; i < content.Site.Languages.Count; i++)
            if (content.Site.Languages[i].Code == language) return i;
        return int.MaxValue;
    }
}
