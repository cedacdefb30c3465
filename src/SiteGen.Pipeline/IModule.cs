using SiteGen.Rules;
namespace SiteGen.Pipeline;

/// <summary>One step of a pipeline phase: takes the phase's current documents and returns new ones.</summary>
public interface IModule
{
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context);
}

/// <summary>What a module can see and do beyond its inputs.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }
    Phase Phase { get; }
    CancellationToken CancellationToken { get; }

    /// <summary>The documents a dependency pipeline produced in its Process phase.</summary>
    IReadOnlyList<Document> OutputsOf(string pipelineName);

    /// <summary>Records a diagnostic; an error fails the pipeline once the current module returns.</summary>
    void Report(Diagnostic diagnostic);
}
