using SiteGen.Rules;
namespace SiteGen.Pipeline;

/// <summary>Checks names and dependencies, and orders pipelines so each comes after its dependencies.</summary>
public static class PipelineGraph
{
    public const string DuplicateId = "SG0901", UnknownDependencyId = "SG0902", CycleId = "SG0903";

    public static IReadOnlyList<Pipeline> Order(IReadOnlyList<Pipeline> pipelines, out List<Diagnostic> errors)
    {
        errors = [];
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
                errors.Add(Diagnostic.Error(DuplicateId, $"Two pipelines are named '{pipeline.Name}'; give each pipeline its own name.", SourceLocation.None));
        }
        foreach (var pipeline in pipelines)
        foreach (var dependency in pipeline.Dependencies.Where(d => !byName.ContainsKey(d)))
            errors.Add(Diagnostic.Error(UnknownDependencyId, $"Pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist.", SourceLocation.None));
        if (errors.Count > 0) return [];

        var ordered = new List<Pipeline>(pipelines.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the stack, true: done
        var stack = new List<string>();
        foreach (var pipeline in pipelines)
        {
            if (!Visit(pipeline, byName, state, stack, ordered, errors)) return [];
        }
        return ordered;
    }

    private static bool Visit(Pipeline pipeline, Dictionary<string, Pipeline> byName, Dictionary<string, bool> state,
        List<string> stack, List<Pipeline> ordered, List<Diagnostic> errors)
    {
        if (state.TryGetValue(pipeline.Name, out var done))
        {
            if (done) return true;
            var cycle = stack.Skip(stack.IndexOf(pipeline.Name)).Append(pipeline.Name);
            errors.Add(Diagnostic.Error(CycleId, $"Pipelines depend on each other in a cycle: {string.Join(" -> ", cycle)}.", SourceLocation.None));
            return false;
        }
        state[pipeline.Name] = false;
        stack.Add(pipeline.Name);
        foreach (var dependency in pipeline.Dependencies)
        {
            if (!Visit(byName[dependency], byName, state, stack, ordered, errors)) return false;
        }
        stack.RemoveAt(stack.Count - 1);
        state[pipeline.Name] = true;
        ordered.Add(pipeline);
        return true;
    }
}
