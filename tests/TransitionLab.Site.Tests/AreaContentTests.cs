using TransitionLab.Core.Content;

namespace TransitionLab.Site.Tests;

/// <summary>Areas (<c>content/areas/*.md</c>) are validated like other content and get their own pages.</summary>
public sealed class AreaContentTests
{
    private const string File = "areas/walcheren.md";

    private const string Area = """
        ---
        title: Walcheren
        slug: walcheren
        summary: Drie gemeenten die samen werken aan jeugd.
        example: true
        municipalities: [Middelburg, Vlissingen]
        goals:
          - id: minder-uithuisplaatsingen
            description: Minder kinderen uit huis geplaatst
            unit: aantal per jaar
            baseline: 60
            target: 30
        arena:
          - organisation: Gemeente Middelburg
            role: Opdrachtgever
        ---
        Gezinnen lossen zorgen eerst samen op.
        """;

    [Fact]
    public void Valid_area_loads_and_holds_the_experiments_of_its_municipalities()
    {
        using var tree = new ContentTree().Write(File, Area);
        var loaded = ContentLoader.Load(tree.Path);
        Assert.Empty(loaded.Problems);
        var area = Assert.Single(loaded.Catalogue.Areas);
        Assert.True(area.Example);
        Assert.Equal(["netwerkberaden"], loaded.Catalogue.ExperimentsIn(area).Select(e => e.Slug));
        Assert.Equal(60, area.Goals[0].Baseline);
    }

    [Fact]
    public void Area_goal_without_a_target_is_reported_at_its_line()
    {
        using var tree = new ContentTree().Write(File, Area.Replace("    target: 30\n", ""));
        var problem = Assert.Single(tree.Problems());
        Assert.Equal($"{File}:8: het verplichte veld 'target' ontbreekt (een getal)", problem.ToString());
    }

    [Fact]
    public void Area_with_a_person_field_in_the_arena_is_reported_as_unknown()
    {
        using var tree = new ContentTree().Write(File, Area.Replace("    role: Opdrachtgever", "    role: Opdrachtgever\n    person: Jan Jansen"));
        var problem = Assert.Single(tree.Problems());
        Assert.Equal(File, problem.File);
        Assert.Equal(16, problem.Line);
        Assert.Contains("onbekend veld 'person'", problem.Message);
    }

    [Fact]
    public void Area_example_flag_that_is_not_true_or_false_is_reported()
    {
        using var tree = new ContentTree().Write(File, Area.Replace("example: true", "example: ja"));
        var problem = Assert.Single(tree.Problems());
        Assert.Equal($"{File}:5: 'example' moet true of false zijn; er staat 'ja'", problem.ToString());
    }

    [Fact]
    public async Task Area_page_and_index_are_built_with_the_example_note()
    {
        using var tree = new ContentTree().Write(File, Area);
        using var site = await BuiltSite.BuildAsync(tree.Path);
        var index = site.Page("/gebieden/");
        Assert.Equal("Gebieden", index.QuerySelector("h1")!.TextContent);
        Assert.NotNull(index.QuerySelector("a[href='/gebieden/walcheren/']"));
        var page = site.Page("/gebieden/walcheren/");
        Assert.Equal("Walcheren", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Voorbeeld", page.QuerySelector(".example-note")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/experimenten/netwerkberaden/']"));
        Assert.Equal("Transitieagenda", site.Page("/transitieagenda/").QuerySelector("h1")!.TextContent);
    }
}
