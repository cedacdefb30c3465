using SiteGen.Building;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>Runs a build and tells the user how it went: every diagnostic in MSBuild's format, then a summary.</summary>
internal static class BuildCommand
{
    public static async Task<int> RunAsync(BuildRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, bool verbose = false)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        BuildReport report;
        try
        {
            report = await BuildProgress.RunAsync(request, stdout, cancellationToken);
        }
        catch (IOException exception)
        {
            await stderr.WriteLineAsync($"sitegen: error SG0905: the site could not be written: {exception.Message}");
            return SiteGenCli.ContentErrors;
        }
        catch (UnauthorizedAccessException exception)
        {
            await stderr.WriteLineAsync($"sitegen: error SG0905: the site could not be written: {exception.Message}");
            return SiteGenCli.ContentErrors;
        }
        if (report.Refusal is { } refusal)
        {
            await stderr.WriteLineAsync($"sitegen: error: {refusal}");
            return SiteGenCli.UsageError;
        }
        await DiagnosticPrinter.WriteAsync(report.Diagnostics, stderr, verbose);

        var errors = report.Diagnostics.Count(d => d.IsError);
        var warnings = report.Diagnostics.Count - errors;
        if (!report.Succeeded)
        {
            await stderr.WriteLineAsync($"Build failed: {errors} error(s), {warnings} warning(s). Nothing was written; '{request.Output}' is unchanged.");
            return SiteGenCli.ContentErrors;
        }
        if (report.Search is { Unavailable: { } unavailable }) await stdout.WriteLineAsync($"Search: {unavailable}");
        await BuildSummary.WriteAsync(report, stdout);
        await stdout.WriteLineAsync("Untranslated articles are listed by 'sitegen translations'.");
        if (report.Index?.Content.Site is { } site && site.BasePath != "/")
            await stdout.WriteLineAsync($"Note: the site lives under {site.BasePath}, where crawlers never read robots.txt; submit its sitemap, {new Uri(site.BaseUrl, site.BasePath + "sitemap.xml")}, to the search engines yourself.");
        await stdout.WriteLineAsync($"Built '{request.Output}' in {started.ElapsedMilliseconds} ms with {warnings} warning(s).");
        return SiteGenCli.Success;
    }
}
