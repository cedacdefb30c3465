using SiteGen.Rules;
namespace SiteGen.Pipeline;

public enum PipelineStatus { Succeeded, Failed, Skipped }

/// <summary>How one pipeline ended, what its Process phase produced, and how long its phases took.</summary>
public sealed record PipelineOutcome(
    string Name,
    PipelineStatus Status,
    IReadOnlyList<Document> Outputs,
    IReadOnlyDictionary<Phase, TimeSpan> PhaseTimes)
{
    public TimeSpan Elapsed => PhaseTimes.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}

/// <summary>A phase of a pipeline has finished: what the engine tells an observer, such as a progress display.</summary>
public sealed record PhaseEvent(string Pipeline, Phase Phase, PipelineStatus Status, TimeSpan Elapsed, int Documents);

/// <summary>The end of a run: every diagnostic (in a stable order) and each pipeline's outcome.</summary>
public sealed record EngineResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<PipelineOutcome> Pipelines)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError) && Pipelines.All(p => p.Status == PipelineStatus.Succeeded);

    public PipelineOutcome this[string name] => Pipelines.First(p => p.Name == name);
}
