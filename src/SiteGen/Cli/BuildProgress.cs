using SiteGen.Building;
using SiteGen.Pipeline;
using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>
/// Shows a build as it goes: a live display per pipeline when a person watches a terminal, plain
/// lines (one per finished pipeline) in CI or when the output is redirected.
/// </summary>
internal static class BuildProgress
{
    public static bool IsInteractive(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static async Task<BuildReport> RunAsync(BuildRequest request, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (!IsInteractive(stdout))
        {
            var gate = new object();
            // For measuring, not for users: when each pipeline's phase ended, counted from the process's start.
            DateTime? started = Environment.GetEnvironmentVariable("SITEGEN_PHASE_TIMES") == "1" ? System.Diagnostics.Process.GetCurrentProcess().StartTime : null;
            return await SiteBuilder.BuildAsync(request with { Observer = e =>
            {
                if (started is { } start)
                    lock (gate) Console.Error.WriteLine($"{(DateTime.Now - start).TotalMilliseconds,7:F0} ms {e.Pipeline,-14} {e.Phase,-8} {e.Elapsed.TotalMilliseconds,7:F0} ms {e.Documents,7}");
                if (e.Phase != Phase.Output && e.Status == PipelineStatus.Succeeded) return;
                lock (gate) stdout.WriteLine($"{e.Pipeline,-12} {Describe(e.Status),-9} {e.Documents,8} documents");
            } }, cancellationToken);
        }

        BuildReport? report = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new System.Collections.Concurrent.ConcurrentDictionary<string, ProgressTask>();
                report = await SiteBuilder.BuildAsync(request with { Observer = e =>
                {
                    var task = tasks.GetOrAdd(e.Pipeline, name => context.AddTask(name, maxValue: 4));
                    task.Increment(1);
                    if (e.Status != PipelineStatus.Succeeded) task.Description = $"{e.Pipeline} ({Describe(e.Status)})";
                } }, cancellationToken);
            });
        return report!;
    }

    private static string Describe(PipelineStatus status) => status switch
    {
        PipelineStatus.Succeeded => "done",
        PipelineStatus.Failed => "failed",
        _ => "skipped",
    };
}
