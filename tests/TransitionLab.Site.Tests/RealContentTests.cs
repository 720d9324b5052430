using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Content;

namespace TransitionLab.Site.Tests;

/// <summary>The repository's own content/ folder must always build.</summary>
public sealed class RealContentTests
{
    [Fact]
    public async Task Repository_content_builds_with_zero_problems()
    {
        var loaded = ContentLoader.Load(Repository.Content);
        Assert.Empty(loaded.Problems.Select(p => p.ToString()));

        using var site = await BuiltSite.BuildAsync(Repository.Content);
        Assert.All(SiteUrls.FixedPages, path => Assert.True(site.Exists(path), path));
        Assert.All(loaded.Catalogue.Experiments, e => Assert.True(site.Exists(SiteUrls.Experiment(e.Slug)), e.Slug));
    }
}
