using SiteGen.Building;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Loading;

namespace SiteGen.Cli;

/// <summary><c>sitegen translations</c>: the articles missing a translation, and the translations older than their source.</summary>
internal static class TranslationsCommand
{
    public static async Task<int> RunAsync(string input, BuildOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var report = await SiteBuilder.LoadAsync(input, null, options, cancellationToken);
        foreach (var diagnostic in report.Diagnostics) await stderr.WriteLineAsync(diagnostic.ToString());
        if (!report.Succeeded || report.Index is null) return SiteGenCli.ContentErrors;

        var content = report.Index.Content;
        var translations = TranslationReport.Of(content);
        await stdout.WriteLineAsync($"Untranslated articles: {translations.Untranslated.Count}");
        foreach (var item in translations.Untranslated)
            await stdout.WriteLineAsync($"  {item.Article.SourcePath}: no {string.Join(", ", item.MissingLanguages)} version" + Hint(item, translations, content));
        await stdout.WriteLineAsync($"Translations older than their original: {translations.Outdated.Count}");
        foreach (var item in translations.Outdated)
            await stdout.WriteLineAsync($"  {item.Translation.SourcePath}: its original {item.Source.SourcePath} changed on " +
                $"{Translations.Day(item.Source.Modified, content.Site):yyyy-MM-dd}, after it ({Translations.Day(item.Translation.Modified, content.Site):yyyy-MM-dd})");
        return SiteGenCli.Success;
    }

    /// <summary>A translationKey one slip away from an untranslated article's key in the other language is most likely the pair.</summary>
    private static string Hint(Untranslated item, TranslationReport report, SiteGen.Content.Model.SiteContent content)
    {
        if (item.Article.TranslationKey is not { } key) return " (add translationKey: … to both)";
        var others = report.Untranslated.Where(u => item.MissingLanguages.Contains(u.Article.Language) && u.Article.TranslationKey is not null)
            .Select(u => u.Article.TranslationKey!).Distinct(StringComparer.Ordinal).ToList();
        return Rules.KeySuggestion.Nearest(key, others) is { } near && near != key
            ? $" (translationKey '{key}': did you mean `{near}`, the key of an article in {string.Join(", ", item.MissingLanguages)}?)"
            : " (add translationKey: … to both)";
    }
}
