using TransitionLab.Core.Catalogue;

namespace TransitionLab.Core.Content;

/// <summary>What loading a content folder gave: the catalogue and every problem found.</summary>
/// <param name="Catalogue">The catalogue; complete only when <see cref="Problems"/> is empty.</param>
/// <param name="Problems">Problems ordered by file and line.</param>
public sealed record ContentLoadResult(ContentCatalogue Catalogue, IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>No problems: safe to build or import.</summary>
    public bool IsValid => Problems.Count == 0;
}
