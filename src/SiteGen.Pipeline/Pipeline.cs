namespace SiteGen.Pipeline;

/// <summary>A named sequence of modules for each phase, with the pipelines it depends on.</summary>
public sealed class Pipeline(string name)
{
    public string Name { get; } = name;
    public List<string> Dependencies { get; } = [];
    public List<IModule> Input { get; } = [];
    public List<IModule> Process { get; } = [];
    public List<IModule> PostProcess { get; } = [];
    public List<IModule> Output { get; } = [];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };

    public Pipeline DependsOn(params string[] names) { Dependencies.AddRange(names); return this; }
    public Pipeline WithInput(params IModule[] modules) { Input.AddRange(modules); return this; }
    public Pipeline WithProcess(params IModule[] modules) { Process.AddRange(modules); return this; }
    public Pipeline WithPostProcess(params IModule[] modules) { PostProcess.AddRange(modules); return this; }
    public Pipeline WithOutput(params IModule[] modules) { Output.AddRange(modules); return this; }

    public override string ToString() => Name;
}
