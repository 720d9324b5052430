using System.Runtime.CompilerServices;
using TransitionLab.Core.Areas;
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
    /// <summary>Areas (municipalities or regions) ordered by title.</summary>
    public IReadOnlyList<Area> Areas { get; init; } = [];

    /// <summary>The content folder it was read from, to find files that sit beside a page; empty when not read from disk.</summary>
    public string Folder { get; init; } = "";

    /// <summary>An empty catalogue.</summary>
    public static ContentCatalogue Empty { get; } = new()
    {
        Experiments = [], Themes = [], Concepts = [], Modules = [], Pages = [],
    };

    // Per experiment list, not in a field: a record's fields take part in its equality, and `with` would copy a
    // lookup made for another list. A rebuild after a write looks up each changed experiment several times, and at
    // national scale a search through 20,000 took most of a second per rebuild.
    private static readonly ConditionalWeakTable<IReadOnlyList<Experiment>, Dictionary<string, Experiment>> BySlug = new();

    /// <summary>Finds an experiment by slug.</summary>
    public Experiment? FindExperiment(string slug) =>
        BySlug.GetValue(Experiments, list => list.DistinctBy(e => e.Slug, StringComparer.Ordinal).ToDictionary(e => e.Slug, StringComparer.Ordinal))
            .GetValueOrDefault(slug);

    /// <summary>Finds an area by slug.</summary>
    public Area? FindArea(string slug) => Areas.FirstOrDefault(a => a.Slug == slug);

    /// <summary>The areas an experiment belongs to through its municipality, in title order.</summary>
    public IReadOnlyList<Area> AreasOf(Experiment experiment) => Areas.Where(a => a.Holds(experiment.Municipality)).ToArray();

    /// <summary>The experiments of an area, in slug order.</summary>
    public IReadOnlyList<Experiment> ExperimentsIn(Area area) => Experiments.Where(e => area.Holds(e.Municipality)).ToArray();
}
