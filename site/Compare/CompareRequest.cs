using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Compare;

/// <summary>What is wrong with a choice of experiments to compare.</summary>
public enum CompareProblem
{
    /// <summary>Nothing: no choice yet, or a good one.</summary>
    None,
    /// <summary>One experiment: nothing to compare it with.</summary>
    TooFew,
    /// <summary>More than <see cref="CompareRequest.MaxColumns"/>: more columns than a page can hold side by side.</summary>
    TooMany,
    /// <summary>A name that is not an experiment of the site (any more).</summary>
    Unknown,
}

/// <summary>
/// The experiments a visitor chose, read from the <c>e</c> values of the query: blank values and repeats are
/// dropped, the order is kept. Nothing the visitor typed is kept beyond the lookup, so a hostile value can only
/// make the choice <see cref="CompareProblem.Unknown"/>.
/// </summary>
/// <param name="Columns">The chosen experiments, when the choice is good; empty otherwise.</param>
/// <param name="Problem">What is wrong with the choice.</param>
public sealed record CompareRequest(IReadOnlyList<CompareColumn> Columns, CompareProblem Problem)
{
    /// <summary>The fewest experiments a comparison shows.</summary>
    public const int MinColumns = 2;
    /// <summary>The most experiments a comparison shows: more do not fit side by side on a laptop.</summary>
    public const int MaxColumns = 4;

    /// <summary>No choice: the page explains how to choose.</summary>
    public static CompareRequest None { get; } = new([], CompareProblem.None);

    /// <summary>The choice of <paramref name="values"/> among the experiments of <paramref name="site"/>.</summary>
    public static CompareRequest From(IEnumerable<string?> values, SiteContext site)
    {
        var slugs = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Take(MaxColumns + 1).ToArray();
        if (slugs.Length == 0) return None;
        if (slugs.Length > MaxColumns) return new([], CompareProblem.TooMany);
        var experiments = new List<Experiment>(slugs.Length);
        foreach (var slug in slugs)
        {
            if (site.Catalogue.FindExperiment(slug) is not { } experiment) return new([], CompareProblem.Unknown);
            experiments.Add(experiment);
        }
        if (experiments.Count < MinColumns) return new([], CompareProblem.TooFew);
        return new(experiments.Select(e => CompareColumn.For(site, e)).ToArray(), CompareProblem.None);
    }
}
