using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Forms;

/// <summary>
/// Pages the API renders on request rather than at build time: a form shown again with its errors.
/// They use the same components and layout as the static pages, so a re-shown form looks the same.
/// </summary>
public static class SiteForms
{
    /// <summary>The reflection form with the posted values and the errors next to their fields.</summary>
    public static async Task<string> ReflectionFormAsync(SiteContext site, Experiment experiment, FormState state)
    {
        await using var renderer = new PageRenderer(site);
        return await renderer.RenderAsync(new ReflectionFormPage(experiment, state, NextCycle(site, experiment.Slug)));
    }

    /// <summary>The sign-in page, with an error after a wrong key, leading to <paramref name="returnUrl"/> once signed in.</summary>
    public static async Task<string> SignInAsync(SiteContext site, string? error, string returnUrl)
    {
        await using var renderer = new PageRenderer(site);
        return await renderer.RenderAsync(new SignInPage(error, returnUrl));
    }

    /// <summary>The cycle to suggest: one after the highest stored cycle.</summary>
    public static int NextCycle(SiteContext site, string experimentSlug) =>
        site.ReflectionsOf(experimentSlug) is { Count: > 0 } list ? list.Max(r => r.Cycle) + 1 : 1;
}
