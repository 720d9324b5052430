using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Experiments;

/// <summary>
/// The experiment lists (full index and facet lists, by the path of their first page) whose members changed
/// between two builds because some experiments changed: every page of such a list shifts. A page of any other
/// list changes only when a changed experiment is on it.
/// </summary>
public sealed class ListMoves
{
    private readonly HashSet<string>? _moved;

    private ListMoves(HashSet<string>? moved) => _moved = moved;

    /// <summary>What changed from <paramref name="earlier"/> to <paramref name="site"/> through <paramref name="experimentSlugs"/>.</summary>
    public static ListMoves Between(SiteContext earlier, SiteContext site, IReadOnlyCollection<string> experimentSlugs)
    {
        var everything = new ListMoves(null);
        var pairs = new List<(Experiment Before, Experiment After)>();
        foreach (var slug in experimentSlugs)
        {
            var before = earlier.Catalogue.FindExperiment(slug);
            var after = site.Catalogue.FindExperiment(slug);
            // A new or withdrawn experiment shifts the full index and each of its lists.
            if ((before is null) != (after is null)) return everything;
            if (before is not null && after is not null) pairs.Add((before, after));
        }

        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (facetBefore, facetAfter) in Facet.For(earlier).Zip(Facet.For(site)))
        {
            // A new value (a municipality first named by an edited draft) changes the side bar of every list page.
            if (!facetBefore.Values.Select(v => v.Path).SequenceEqual(facetAfter.Values.Select(v => v.Path), StringComparer.Ordinal)) return everything;
            var pathOf = facetAfter.Values.ToDictionary(v => v.Code, v => v.Path, StringComparer.Ordinal);
            foreach (var (before, after) in pairs)
            {
                var codesBefore = facetBefore.CodesOf(before).ToHashSet(StringComparer.Ordinal);
                codesBefore.SymmetricExceptWith(facetAfter.CodesOf(after));
                foreach (var code in codesBefore)
                    if (pathOf.TryGetValue(code, out var path)) moved.Add(path);
            }
        }
        return new ListMoves(moved);
    }

    /// <summary>Whether the list whose first page is <paramref name="firstPage"/> gained or lost an experiment.</summary>
    public bool Moved(string firstPage) => _moved is null || _moved.Contains(firstPage);
}
