using SiteGen.Rules;
using System.Collections.Concurrent;
using System.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// Runs pipelines phase by phase in dependency order, independent phases concurrently.
/// Every diagnostic is collected; a pipeline that fails makes the pipelines depending on it
/// skip, while the others go on so that one run reports as many problems as it can.
/// </summary>
public sealed class Engine(Action<PhaseEvent>? observer = null)
{
    public const string ModuleFailedId = "SG0904";

    public async Task<EngineResult> RunAsync(IReadOnlyList<Pipeline> pipelines, CancellationToken cancellationToken = default)
    {
        var ordered = PipelineGraph.Order(pipelines, out var graphErrors);
        if (graphErrors.Count > 0) return new EngineResult(graphErrors, []);

        var run = new Run(ordered, observer, cancellationToken);
        return await run.ExecuteAsync().ConfigureAwait(false);
    }

    private sealed class Run(IReadOnlyList<Pipeline> pipelines, Action<PhaseEvent>? observer, CancellationToken cancellationToken)
    {
        private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();
        private readonly Dictionary<string, PipelineState> _states =
            pipelines.ToDictionary(p => p.Name, p => new PipelineState(p), StringComparer.Ordinal);

        public async Task<EngineResult> ExecuteAsync()
        {
            foreach (var state in _states.Values)
                state.Tasks[Phase.Input] = RunPhaseAsync(state, Phase.Input, []);
            foreach (var pipeline in pipelines) // dependency order: dependencies' tasks exist already
            {
                var state = _states[pipeline.Name];
                var prerequisites = pipeline.Dependencies.Select(d => _states[d].Tasks[Phase.Process]).Prepend(state.Tasks[Phase.Input]);
                state.Tasks[Phase.Process] = RunPhaseAsync(state, Phase.Process, [.. prerequisites]);
            }
            var allProcessed = Barrier(Phase.Process);
            foreach (var state in _states.Values)
                state.Tasks[Phase.PostProcess] = RunPhaseAsync(state, Phase.PostProcess, [state.Tasks[Phase.Process], allProcessed]);
            var allPostProcessed = Barrier(Phase.PostProcess);
            foreach (var state in _states.Values)
                state.Tasks[Phase.Output] = RunPhaseAsync(state, Phase.Output, [allPostProcessed]);

            await Task.WhenAll(_states.Values.Select(s => s.Tasks[Phase.Output])).ConfigureAwait(false);

            var outcomes = pipelines.Select(p => _states[p.Name].ToOutcome()).ToList();
            var diagnostics = _diagnostics
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
            return new EngineResult(diagnostics, outcomes);
        }

        /// <summary>A task that completes when every pipeline has finished a phase, true if all succeeded.</summary>
        private Task<bool> Barrier(Phase phase) =>
            Task.WhenAll(_states.Values.Select(s => s.Tasks[phase]))
                .ContinueWith(t => t.Result.All(ok => ok), cancellationToken, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

        private async Task<bool> RunPhaseAsync(PipelineState state, Phase phase, Task<bool>[] prerequisites)
        {
            var ready = await Task.WhenAll(prerequisites).ConfigureAwait(false);
            if (!ready.All(ok => ok) || state.Status != PipelineStatus.Succeeded)
            {
                if (state.Status == PipelineStatus.Succeeded) state.Status = PipelineStatus.Skipped;
                return false;
            }
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            var stopwatch = Stopwatch.StartNew();
            var context = new ExecutionContext(this, state.Pipeline, phase, cancellationToken);
            var documents = phase == Phase.Input ? (IReadOnlyList<Document>)[] : state.Current;
            try
            {
                foreach (var module in state.Pipeline.ModulesOf(phase))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    documents = await Task.Run(() => module.ExecuteAsync(documents, context), cancellationToken).ConfigureAwait(false);
                    if (context.ReportedError) break;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                context.Report(Diagnostic.Error(ModuleFailedId,
                    $"Pipeline '{state.Pipeline.Name}' stopped in its {phase} phase: {exception.GetType().Name}: {exception.Message}"
                    // For whoever mends SiteGen itself: SITEGEN_TRACE=1 shows where (never shown otherwise).
                    + (Environment.GetEnvironmentVariable("SITEGEN_TRACE") == "1" ? "\n" + exception : ""),
                    SourceLocation.None));
            }
            state.PhaseTimes[phase] = stopwatch.Elapsed;
            state.Current = documents;
            if (phase == Phase.Process) state.Outputs = documents;
            if (context.ReportedError) state.Status = PipelineStatus.Failed;
            observer?.Invoke(new PhaseEvent(state.Pipeline.Name, phase, state.Status, stopwatch.Elapsed, documents.Count));
            return !context.ReportedError;
        }

        private sealed class PipelineState(Pipeline pipeline)
        {
            public Pipeline Pipeline { get; } = pipeline;
            public Dictionary<Phase, Task<bool>> Tasks { get; } = [];
            public ConcurrentDictionary<Phase, TimeSpan> PhaseTimes { get; } = new();
            public IReadOnlyList<Document> Current { get; set; } = [];
            public IReadOnlyList<Document> Outputs { get; set; } = [];
            public volatile PipelineStatus Status = PipelineStatus.Succeeded;

            public PipelineOutcome ToOutcome() =>
                new(Pipeline.Name, Status, Outputs, new SortedDictionary<Phase, TimeSpan>(PhaseTimes));
        }

        private sealed class ExecutionContext(Run run, Pipeline pipeline, Phase phase, CancellationToken cancellationToken)
            : IExecutionContext
        {
            private int _errors;

            public string PipelineName => pipeline.Name;
            public Phase Phase => phase;
            public CancellationToken CancellationToken => cancellationToken;
            public bool ReportedError => Volatile.Read(ref _errors) > 0;

            public IReadOnlyList<Document> OutputsOf(string pipelineName)
            {
                if (phase == Phase.Input)
                    throw new InvalidOperationException($"Pipeline '{pipeline.Name}' reads '{pipelineName}' in its Input phase; read other pipelines from Process on.");
                if (phase == Phase.Process && !pipeline.Dependencies.Contains(pipelineName))
                    throw new InvalidOperationException($"Pipeline '{pipeline.Name}' reads '{pipelineName}' without depending on it.");
                if (!run._states.TryGetValue(pipelineName, out var state))
                    throw new InvalidOperationException($"There is no pipeline named '{pipelineName}'.");
                return state.Outputs;
            }

            public void Report(Diagnostic diagnostic)
            {
                if (diagnostic.IsError) Interlocked.Increment(ref _errors);
                run._diagnostics.Enqueue(diagnostic);
            }
        }
    }
}
