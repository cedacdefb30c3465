using SiteGen.Building;

namespace SiteGen.Cli;

/// <summary>The end-of-build table: what each pipeline made and how long it took.</summary>
internal static class BuildSummary
{
    public static async Task WriteAsync(BuildReport report, TextWriter stdout)
    {
        if (report.Engine is null) return;
        await stdout.WriteLineAsync($"{"pipeline",-12} {"documents",10} {"time",10}");
        foreach (var pipeline in report.Engine.Pipelines)
            await stdout.WriteLineAsync($"{pipeline.Name,-12} {pipeline.Outputs.Count,10} {pipeline.Elapsed.TotalMilliseconds,8:F0} ms");
        if (report.Index is { } index)
        {
            var counts = Content.Aggregates.TranslationReport.Of(index.Content).UntranslatedCounts(index.Content);
            await stdout.WriteLineAsync("Untranslated articles: " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")) + " (sitegen translations lists them)");
        }
    }
}
