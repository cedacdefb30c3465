using SiteGen.Building;
using SiteGen.Content.Aggregates;
using SiteGen.Pipelines;
using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>The end-of-build tables, like Hugo's: what was made per language and kind, then the time each pipeline took.</summary>
internal static class BuildSummary
{
    /// <summary>"Next scheduled: … appears at …, in 3 h 20 min": the publishing workflow's schedule puts it online then.</summary>
    public static string NextScheduled(SiteGen.Content.Model.Article next, SiteGen.Content.Model.SiteContent content)
    {
        var at = next.PublishDate!.Value;
        var wait = at - content.BuildTime;
        var inText = wait.TotalDays >= 2 ? $"{(int)wait.TotalDays} days" : wait.TotalHours >= 1 ? $"{(int)wait.TotalHours} h {wait.Minutes} min" : $"{Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} min";
        return $"Next scheduled: \"{next.Title}\" ({content.Urls.Article(next)}) appears at {at:yyyy-MM-dd HH:mm zzz}, in {inText}, "
            + "when a build runs after that time (the publishing workflow builds on a schedule).";
    }

    public static Task WriteAsync(BuildReport report, TextWriter stdout)
    {
        if (report.Engine is null || report.Index is null) return Task.CompletedTask;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = BuildProgress.IsInteractive(stdout) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = BuildProgress.IsInteractive(stdout) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        var border = BuildProgress.IsInteractive(stdout) ? TableBorder.Rounded : TableBorder.Ascii;
        var content = report.Index.Content;
        var languages = content.Site.Languages.Select(l => l.Code).ToList();
        var untranslated = TranslationReport.Of(content).UntranslatedCounts(content);

        var made = new Table().Border(border).AddColumn("");
        foreach (var language in languages) made.AddColumn(new TableColumn(language.ToUpperInvariant()).RightAligned());
        void Row(string label, Func<string, int> count) => made.AddRow([label, .. languages.Select(l => count(l).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))]);
        Row("Articles", l => content.ArticlesIn(l).Count);
        foreach (var kind in SitePipelines.PageKinds)
            if (kind.SummaryRow is { } row) Row(row, l => Pages(report, kind.Name, l, kind.SummaryExtension));
        Row("Events", l => report.Index[l].Timeline.Entries.Count);
        Row("Untranslated", l => untranslated[l]);
        Row("Warnings", l => report.Diagnostics.Count(d => !d.IsError && d.Location.Path.Contains($"/{l}/", StringComparison.Ordinal)));
        console.Write(made);

        var times = new Table().Border(border).AddColumn("Pipeline").AddColumn(new TableColumn("Documents").RightAligned()).AddColumn(new TableColumn("Time").RightAligned());
        foreach (var pipeline in report.Engine.Pipelines)
            times.AddRow(pipeline.Name, pipeline.Outputs.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), $"{pipeline.Elapsed.TotalMilliseconds:F0} ms");
        console.Write(times);
        if (content.NextScheduled is { } next) console.WriteLine(NextScheduled(next, content), new Style());
        return Task.CompletedTask;
    }

    private static int Pages(BuildReport report, string pipeline, string language, string extension) =>
        report.Engine!.Pipelines.First(p => p.Name == pipeline).Outputs
            .Count(d => d.Destination is { } destination && destination.StartsWith(language + "/", StringComparison.Ordinal) && destination.EndsWith(extension, StringComparison.Ordinal));
}
