using Microsoft.AspNetCore.Components;

namespace TransitionLab.Site.Generation;

/// <summary>Base of every page component: the page model and the site it belongs to.</summary>
/// <typeparam name="TPage">The page model the component draws.</typeparam>
public abstract class PageComponent<TPage> : ComponentBase where TPage : SitePage
{
    /// <summary>The page model.</summary>
    [Parameter, EditorRequired] public TPage Page { get; set; } = default!;

    /// <summary>The site: catalogue, reflections and options.</summary>
    [Parameter, EditorRequired] public SiteContext Site { get; set; } = default!;
}
