using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace TransitionLab.Site.Layout;

/// <summary>A heading whose level is a parameter, so shared content keeps a correct outline wherever it is nested.</summary>
public sealed class Heading : ComponentBase
{
    /// <summary>Heading level, 1 to 6.</summary>
    [Parameter] public int Level { get; set; } = 2;
    /// <summary>Element id, for in-page links.</summary>
    [Parameter] public string? Id { get; set; }
    /// <summary>Heading text.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, $"h{Math.Clamp(Level, 1, 6)}");
        if (Id is not null) builder.AddAttribute(1, "id", Id);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
