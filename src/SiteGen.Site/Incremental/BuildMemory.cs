namespace SiteGen.Incremental;

/// <summary>
/// Everything a build's pipelines may remember across builds, in one place: the input memory,
/// the output memory, the page groups as last made and the render caches. A full build takes a
/// fresh one (it remembers nothing from earlier builds); serve takes the one over its state.
/// </summary>
/// <param name="State">Serve's state, which keeps the article pages' site for <see cref="EditedPages"/>; null in a full build.</param>
internal sealed record BuildMemory(IInputMemory Input, IOutputMemory Output, PageMemory Pages, RenderCacheStore Caches, IncrementalState? State = null)
{
    public static BuildMemory Fresh() => new(IInputMemory.None, IOutputMemory.None, new PageMemory(), new RenderCacheStore());

    public static BuildMemory Of(IncrementalState state) => new(new InputMemory(state), new OutputMemory(state), state.PageMemory, state.Caches, state);
}
