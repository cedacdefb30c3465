using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace SiteGen.Theme.Components;

/// <summary>A heading whose level depends on where it is placed (a timeline on its own page, or inside a topic page).</summary>
public sealed class Heading : ComponentBase
{
    [Parameter, EditorRequired] public int Level { get; set; }
    [Parameter] public string? Id { get; set; }
    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h" + Math.Clamp(Level, 1, 6));
        if (Id is not null) builder.AddAttribute(1, "id", Id);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
