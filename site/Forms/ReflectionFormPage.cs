using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Forms;

/// <summary>
/// The reflection form on a page of its own, which the API renders per request for a signed-in frontrunner:
/// pre-filled from the latest reflection, or after a post with errors, with the posted values and each
/// error next to its field.
/// </summary>
/// <param name="Experiment">The experiment reflected on.</param>
/// <param name="State">Posted values and errors.</param>
/// <param name="NextCycle">Cycle number to suggest.</param>
public sealed record ReflectionFormPage(Experiment Experiment, FormState State, int NextCycle)
    : SitePage(SiteUrls.ReflectionForm(Experiment.Slug), $"{FormText.FormPageTitle}: {Experiment.Title}", Experiment.Summary)
{
    /// <inheritdoc />
    public override bool Indexed => false;

    /// <inheritdoc />
    public override Type Component => typeof(ReflectionFormView);
}
