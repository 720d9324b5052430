using TransitionLab.Core.Reflections;
using TransitionLab.Core.Snapshots;

namespace TransitionLab.Site.Tests;

/// <summary>
/// The fixture site with copies of Walcheren (<c>netwerkberaden-kopie-01</c>, titled "Kopie 01", …) that share its
/// reflections, each copy's a day newer than the one before: a catalogue with many experiments that say the same,
/// for the pages that must stay short when thousands do.
/// </summary>
internal static class WalcherenCopies
{
    public static async Task<BuiltSite> BuildAsync(int copies)
    {
        using var content = new TempFolder();
        FolderTree.Copy(Repository.Fixture("site"), content.Path);
        await using var stream = File.OpenRead(FixtureSiteWithSnapshot.SnapshotFile);
        var snapshot = PlatformSnapshot.Read(stream);
        var walcheren = File.ReadAllText(content.File("experiments/netwerkberaden-walcheren.md"));
        var reflections = new List<Reflection>(snapshot.Reflections);
        for (var i = 1; i <= copies; i++)
        {
            var slug = $"netwerkberaden-kopie-{i:00}";
            File.WriteAllText(content.File($"experiments/{slug}.md"),
                walcheren.Replace("slug: netwerkberaden-walcheren", $"slug: {slug}").Replace("title: Netwerkberaden op Walcheren", $"title: Kopie {i:00}"));
            reflections.AddRange(snapshot.Reflections.Where(r => r.ExperimentSlug == "netwerkberaden-walcheren")
                .Select(r => r with { Id = Guid.NewGuid(), ExperimentSlug = slug, Date = r.Date.AddDays(i) }));
        }
        return await BuiltSite.BuildAsync(content.Path, reflections, snapshot.Decisions);
    }
}
