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
            await stdout.WriteLineAsync($"  {item.Article.SourcePath}: no {string.Join(", ", item.MissingLanguages)} version (add translationKey: … to both)");
        await stdout.WriteLineAsync($"Translations older than their source: {translations.Outdated.Count}");
        foreach (var item in translations.Outdated)
            await stdout.WriteLineAsync($"  {item.Translation.SourcePath}: its source {item.Source.SourcePath} changed on {(item.Source.LastModified ?? item.Source.Date):yyyy-MM-dd}, after it ({(item.Translation.LastModified ?? item.Translation.Date):yyyy-MM-dd})");
        return SiteGenCli.Success;
    }
}
