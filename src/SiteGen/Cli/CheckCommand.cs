using SiteGen.Building;
using SiteGen.Checking;
using SiteGen.Content.Loading;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen check</c>: validates the content, builds the site into a temporary folder and checks
/// every internal link, anchor and asset reference; external links are summarized, not fetched.
/// </summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(string input, Uri? baseUrl, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, bool verbose = false)
    {
        var temporary = Path.Combine(Path.GetTempPath(), "sitegen-check", Guid.NewGuid().ToString("N"));
        try
        {
            var report = await SiteBuilder.BuildAsync(new BuildRequest(input, Path.Combine(temporary, "site"), baseUrl,
                new BuildOptions(DateTimeOffset.UtcNow)) { Search = false }, cancellationToken);
            await DiagnosticPrinter.WriteAsync(report.Diagnostics, stderr, verbose);
            if (report.Refusal is { } refusal)
            {
                await stderr.WriteLineAsync($"sitegen: error: {refusal}");
                return SiteGenCli.UsageError;
            }
            if (!report.Succeeded || report.Index is null)
            {
                await stderr.WriteLineAsync($"Check failed: the content has {report.Diagnostics.Count(d => d.IsError)} error(s).");
                return SiteGenCli.ContentErrors;
            }

            var links = LinkChecker.Check(Path.Combine(temporary, "site"), report.Index.Content);
            foreach (var problem in links.Problems) await stderr.WriteLineAsync(problem.ToString());
            await DiagnosticPrinter.WriteAsync(links.Notes, stderr, verbose);
            await stdout.WriteLineAsync($"Checked {links.CheckedLinks} internal links, anchors and assets: {links.Problems.Count} broken.");
            await stdout.WriteLineAsync($"External links (not fetched): {links.ExternalLinks} to {links.ExternalHosts.Count} host(s)"
                + (links.ExternalHosts.Count == 0 ? "." : ": " + string.Join(", ", links.ExternalHosts.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).Take(10).Select(h => $"{h.Key} ({h.Value})")) + "."));
            return links.Problems.Count == 0 ? SiteGenCli.Success : SiteGenCli.ContentErrors;
        }
        finally
        {
            try { Directory.Delete(temporary, recursive: true); } catch (IOException) { }
        }
    }
}
