using Microsoft.AspNetCore.Components;

namespace SiteGen.Theme.Rendering;

/// <summary>The base of every page component: the theme and the page's typed model, its only parameters.</summary>
public abstract class PageComponent<TModel> : ComponentBase where TModel : IPageModel
{
    [Parameter, EditorRequired] public ThemeContext Theme { get; set; } = default!;

    [Parameter, EditorRequired] public TModel Model { get; set; } = default!;
}
