using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>An article that has no version in some languages.</summary>
public sealed record Untranslated(Article Article, IReadOnlyList<string> MissingLanguages);

/// <summary>A translation older than its source (the original): the source was modified on a later day than the translation was.</summary>
public sealed record OutdatedTranslation(Article Source, Article Translation);

/// <summary>
/// What translators need to know: which articles lack a version in another language, and which
/// translations lag behind their original (the version published first), by the rule of
/// <see cref="Translations"/> that readers' notices use too.
/// </summary>
public sealed record TranslationReport(IReadOnlyList<Untranslated> Untranslated, IReadOnlyList<OutdatedTranslation> Outdated)
{
    public static TranslationReport Of(SiteContent content)
    {
        var untranslated = content.AllArticles
            .Select(article => new Untranslated(article,
                content.OtherLanguages(article.Language).Where(l => content.TranslationOf(article, l.Code) is null).Select(l => l.Code).ToList()))
            .Where(u => u.MissingLanguages.Count > 0)
            .ToList();
        var outdated = content.AllArticles
            .Select(translation => (Translation: translation, Original: Translations.OriginalOf(translation, content)))
            .Where(pair => pair.Original is not null && Translations.IsStale(pair.Translation, pair.Original, content.Site))
            .Select(pair => new OutdatedTranslation(pair.Original!, pair.Translation))
            .ToList();
        return new TranslationReport(untranslated, outdated);
    }

    /// <summary>How many articles of each language have no version in some other language.</summary>
    public IReadOnlyDictionary<string, int> UntranslatedCounts(SiteContent content) =>
        content.Site.Languages.ToDictionary(l => l.Code, l => Untranslated.Count(u => u.Article.Language == l.Code));
}
