using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace SiteGen.Theme.Rendering;

/// <summary>Where rendered pages go: a writer per page, closed once the page is written.</summary>
public interface IPageSink
{
    /// <summary>False when the page's file already holds what rendering it would give.</summary>
    bool NeedsRendering(PageRequest page) => true;

    TextWriter Open(string destination);
    Task CloseAsync(string destination, TextWriter writer);
}

/// <summary>
/// A page to render: the file it goes to, and the component that shows its model. Made with
/// <see cref="For{TComponent, TModel}"/>, so a component only ever gets the model it takes.
/// </summary>
public sealed record PageRequest
{
    private PageRequest(string destination, [DynamicallyAccessedMembers(Kept)] Type component, ThemeContext theme, IPageModel model)
    {
        Destination = destination;
        Component = component;
        Theme = theme;
        Model = model;
    }

    public string Destination { get; }
    /// <summary>What a component needs kept when sitegen is compiled ahead of time: the renderer sets its parameters by reflection.</summary>
    public const DynamicallyAccessedMemberTypes Kept = DynamicallyAccessedMemberTypes.All;

    [DynamicallyAccessedMembers(Kept)]
    public Type Component { get; }
    public ThemeContext Theme { get; }
    public IPageModel Model { get; }

    public static PageRequest For<[DynamicallyAccessedMembers(Kept)] TComponent, TModel>(string destination, ThemeContext theme, TModel model)
        where TComponent : PageComponent<TModel> where TModel : IPageModel =>
        new(destination, typeof(TComponent), theme, model);

    internal Dictionary<string, object?> Parameters() => new(2)
    {
        [nameof(PageComponent<IPageModel>.Theme)] = Theme,
        [nameof(PageComponent<IPageModel>.Model)] = Model,
    };
}

/// <summary>A component to render on its own (not a page), with its parameters by name.</summary>
internal sealed record ComponentRequest(string Destination, [property: DynamicallyAccessedMembers(PageRequest.Kept)][param: DynamicallyAccessedMembers(PageRequest.Kept)] Type Component, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>
/// Renders Razor components to static HTML on every core, each page into the writer its sink gives. Each worker keeps one renderer for
/// all its pages and removes each page's root component once written, so the renderer neither
/// grows with the site (what makes one renderer for a whole site slow) nor is created again and
/// again. Each page goes to its sink as soon as it is rendered: a large site never sits in memory.
/// </summary>
public static class PageRenderer
{
    private static readonly IServiceProvider Services = new ThemeServices();

    /// <summary>
    /// What the renderer asks its services for: an encoder that keeps text readable in the files
    /// (letters of every script written as they are, not as &amp;#xE9;), and a component activator
    /// that calls the components' constructors. The default activator compiles an expression tree
    /// per component type (27 emitted methods, each JIT-compiled at every start); the theme's
    /// components have parameterless constructors and inject nothing. Everything else is optional.
    /// </summary>
    private sealed class ThemeServices : IServiceProvider, IComponentActivator
    {
        private readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

        public object? GetService(Type serviceType) =>
            serviceType == typeof(HtmlEncoder) ? _encoder : serviceType == typeof(IComponentActivator) ? this : null;

        public IComponent CreateInstance([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] Type componentType) =>
            Activator.CreateInstance(componentType) as IComponent
            ?? throw new ArgumentException($"{componentType.FullName} is not a component.", nameof(componentType));
    }

    /// <summary>Renders every page into the writer <paramref name="sink"/> opens for it.</summary>
    public static Task RenderAsync(IReadOnlyList<PageRequest> pages, IPageSink sink, CancellationToken cancellationToken) =>
        RenderAsync(pages, sink, page => sink.NeedsRendering(page) ? new ComponentRequest(page.Destination, page.Component, page.Parameters()) : null, cancellationToken);

    /// <summary>Renders components that are parts of pages (timeline entries), each into the writer <paramref name="sink"/> opens for it.</summary>
    internal static Task RenderAsync(IReadOnlyList<ComponentRequest> components, IPageSink sink, CancellationToken cancellationToken) =>
        RenderAsync(components, sink, component => component, cancellationToken);

    private static async Task RenderAsync<T>(IReadOnlyList<T> pages, IPageSink sink, Func<T, ComponentRequest?> request, CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, (pages.Count + 49) / 50));
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var renderer = new ReusableRenderer(Services);
            int index;
            while ((index = Interlocked.Increment(ref next)) < pages.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (request(pages[index]) is not { } page) continue;
                var writer = sink.Open(page.Destination);
                await renderer.RenderAsync(page.Component, page.Parameters, writer);
                await sink.CloseAsync(page.Destination, writer);
            }
        }, cancellationToken)));
    }

    /// <summary>A static HTML renderer that forgets each root component after writing it.</summary>
    private sealed class ReusableRenderer(IServiceProvider services) : StaticHtmlRenderer(services, NullLoggerFactory.Instance)
    {
        public Task RenderAsync([DynamicallyAccessedMembers(PageRequest.Kept)] Type component, IReadOnlyDictionary<string, object?> parameters, TextWriter writer) =>
            Dispatcher.InvokeAsync(async () =>
            {
#pragma warning disable BL0006 // Renderer's protected members are the documented way for a renderer to manage its root components.
                var id = AssignRootComponentId(InstantiateComponent(component));
                await RenderRootComponentAsync(id, ParameterView.FromDictionary(parameters as IDictionary<string, object?> ?? parameters.ToDictionary()));
                WriteComponentHtml(id, writer);
                RemoveRootComponent(id);
#pragma warning restore BL0006
            });
    }

    /// <summary>Creates each output folder once, however many pages go into it.</summary>
    public sealed class FolderCache
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _created = new(StringComparer.Ordinal);

        public void Ensure(string folder)
        {
            if (_created.ContainsKey(folder)) return;
            Directory.CreateDirectory(folder);
            _created[folder] = true;
        }
    }
}
