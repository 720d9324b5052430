using TransitionLab.Core.Experiments;

namespace TransitionLab.Core.Catalogue;

/// <summary>Everything the content folder holds, validated and cross-referenced.</summary>
public sealed record ContentCatalogue
{
    /// <summary>Experiments ordered by slug.</summary>
    public required IReadOnlyList<Experiment> Experiments { get; init; }
    /// <summary>Themes ordered by title.</summary>
    public required IReadOnlyList<Theme> Themes { get; init; }
    /// <summary>Concepts ordered by title.</summary>
    public required IReadOnlyList<Concept> Concepts { get; init; }
    /// <summary>Course modules in course order.</summary>
    public required IReadOnlyList<CourseModule> Modules { get; init; }
    /// <summary>Plain pages ordered by slug.</summary>
    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>An empty catalogue.</summary>
    public static ContentCatalogue Empty { get; } = new()
    {
        Experiments = [], Themes = [], Concepts = [], Modules = [], Pages = [],
    };

    /// <summary>Finds an experiment by slug.</summary>
    public Experiment? FindExperiment(string slug) => Experiments.FirstOrDefault(e => e.Slug == slug);
}
