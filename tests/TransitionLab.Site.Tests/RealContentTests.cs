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

    [Fact]
    public async Task A_standalone_build_without_an_api_links_only_to_pages_it_wrote()
    {
        // Without --api the forms' links stay on the site's own origin: each needs a page that says where to sign in.
        using var site = await BuiltSite.BuildAsync(Repository.Content, apiBaseUrl: "");

        Assert.Empty(site.BrokenInternalLinks());
        var reflectionForm = site.Page(SiteUrls.ReflectionForm("doorbraakfunctionaris-zaanstad"));
        Assert.Equal("noindex", reflectionForm.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("koploperssleutel", reflectionForm.QuerySelector("main")!.TextContent);
        Assert.NotNull(reflectionForm.QuerySelector("main a[href='/aanmelden/']"));
        Assert.NotNull(reflectionForm.QuerySelector("main a[href='/experimenten/doorbraakfunctionaris-zaanstad/']"));
        Assert.Contains("deelnemerssleutel", site.Page("/cursus/casussen/").QuerySelector("main")!.TextContent);
        // A static host has no intake: whoever types its addresses learns where to sign in, not a 404.
        Assert.Equal("Experiment aanmelden", site.Page("/experimenten/aanmelden/").QuerySelector("h1")!.TextContent);
        Assert.Equal("Redactie", site.Page("/redactie/").QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("/redactie/", site.Text("/sitemap.xml"));
    }
}
