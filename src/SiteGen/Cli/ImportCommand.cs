using SiteGen.Import;

namespace SiteGen.Cli;

/// <summary><c>sitegen import hugo</c>: writes input/ from a Hugo site, then says what it did and what to run next.</summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string site, string input, bool force, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var report = HugoImport.Run(site, input, force);
        if (!report.Succeeded)
        {
            await stderr.WriteLineAsync($"sitegen: error: {report.Message}");
            return SiteGenCli.UsageError;
        }
        await DiagnosticPrinter.WriteAsync(report.Warnings, stderr, verbose);
        await stdout.WriteLineAsync(report.Message);
        await stdout.WriteLineAsync($"  {report.Articles} article(s), {report.Pages} page(s); {report.ListPagesSkipped} list page(s) (_index.md) left out: SiteGen makes its own lists.");
        await stdout.WriteLineAsync($"  {report.TranslationPairs} translation pair(s); {report.Aliases} old address(es) kept as aliases.");
        await stdout.WriteLineAsync($"  {report.Topics} topic(s) from tags and categories" +
            (report.TopicsInOneLanguage > 0 ? $"; {report.TopicsInOneLanguage} named in one language only (the name is repeated: translate it in topics.yml)" : "") +
            (report.Untagged > 0 ? $"; {report.Untagged} post(s) without a tag are under the topic '{HugoImport.GeneralTopic}'" : "") + ".");
        if (report.Authors > 0) await stdout.WriteLineAsync($"  {report.Authors} author(s) in authors.yml, each with a page.");
        await stdout.WriteLineAsync($"  {report.StaticFiles} file(s) copied under assets/.");
        var warnings = report.Warnings.GroupBy(w => w.Id).Select(g => $"{g.Count()} {g.Key}").ToList();
        await stdout.WriteLineAsync($"  Warnings: {(warnings.Count == 0 ? "none" : string.Join(", ", warnings))}.");
        if (report.KeysNotCarried.Count > 0)
            await stdout.WriteLineAsync("  Front matter keys not carried: " + string.Join(", ",
                report.KeysNotCarried.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal).Take(12).Select(k => $"{k.Key} ({k.Value})")) + ".");
        await stdout.WriteLineAsync($"Next: sitegen check --input {input}");
        return SiteGenCli.Success;
    }
}
