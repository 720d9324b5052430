using TransitionLab.Core.Catalogue;

namespace TransitionLab.Api.Experiments;

/// <summary>
/// The bodies of the imported catalogue's experiments, which the in-memory copy of the stored experiments
/// (<see cref="ExperimentLookup"/>) takes over where they are equal, so each body is held once.
/// </summary>
/// <remarks>
/// An experiment's body is its largest text, and both the catalogue and the stored copy are held for the life of
/// the process: at national scale (20,000 experiments) the second copy of every body and its plain text was
/// 150 MB of strings.
/// </remarks>
internal sealed class CatalogueBodies
{
    private ContentCatalogue _catalogue = ContentCatalogue.Empty;

    /// <summary>From now on, shares the bodies of <paramref name="catalogue"/>.</summary>
    public void Remember(ContentCatalogue catalogue) => Volatile.Write(ref _catalogue, catalogue);

    /// <summary><paramref name="stored"/>, holding the catalogue's body strings where they are equal to its own.</summary>
    public StoredExperiment Share(StoredExperiment stored)
    {
        if (Volatile.Read(ref _catalogue).FindExperiment(stored.Id) is not { } known) return stored;
        var html = string.Equals(known.BodyHtml, stored.BodyHtml, StringComparison.Ordinal) ? known.BodyHtml : stored.BodyHtml;
        var text = string.Equals(known.BodyText, stored.BodyText, StringComparison.Ordinal) ? known.BodyText : stored.BodyText;
        return ReferenceEquals(html, stored.BodyHtml) && ReferenceEquals(text, stored.BodyText) ? stored : stored with { BodyHtml = html, BodyText = text };
    }
}
