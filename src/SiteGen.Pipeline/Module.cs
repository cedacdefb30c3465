namespace SiteGen.Pipeline;

/// <summary>Modules made from a function, for steps too small to deserve a class of their own.</summary>
public static class Module
{
    public static IModule From(Func<IReadOnlyList<Document>, IExecutionContext, IReadOnlyList<Document>> execute) =>
        new FunctionModule((inputs, context) => Task.FromResult(execute(inputs, context)));

    public static IModule FromAsync(Func<IReadOnlyList<Document>, IExecutionContext, Task<IReadOnlyList<Document>>> execute) =>
        new FunctionModule(execute);

    private sealed class FunctionModule(Func<IReadOnlyList<Document>, IExecutionContext, Task<IReadOnlyList<Document>>> execute) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) => execute(inputs, context);
    }
}
