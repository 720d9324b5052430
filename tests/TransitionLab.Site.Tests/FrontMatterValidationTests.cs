using TransitionLab.Core.Content;

namespace TransitionLab.Site.Tests;

/// <summary>Every kind of front matter error stops the build with its file and line.</summary>
public sealed class FrontMatterValidationTests
{
    private const string File = "experiments/netwerkberaden.md";

    [Fact]
    public void Valid_tree_has_no_problems()
    {
        using var tree = new ContentTree();
        Assert.Empty(tree.Problems());
    }

    [Fact]
    public void Unknown_field_is_reported_at_its_line()
    {
        using var tree = new ContentTree().ChangeExperiment("stage: pilot", "stage: pilot\nbudget: 1000");
        AssertSingle(tree, File, 23, "onbekend veld 'budget'");
    }

    [Fact]
    public void Field_of_the_wrong_type_is_reported()
    {
        using var tree = new ContentTree().ChangeExperiment("    baseline: 40", "    baseline: veertig");
        AssertSingle(tree, File, 19, "'baseline' moet een getal zijn");
    }

    [Fact]
    public void List_where_a_text_is_expected_is_reported()
    {
        using var tree = new ContentTree().ChangeExperiment("region: Zeeland", "region: [Zeeland, Noord-Brabant]");
        AssertSingle(tree, File, 6, "'region' moet een tekst zijn");
    }

    [Fact]
    public void Unknown_enum_code_is_reported_with_the_allowed_codes()
    {
        using var tree = new ContentTree().ChangeExperiment("status: running", "status: busy");
        AssertSingle(tree, File, 9, "een van deze waarden zijn: planned, running, completed, stopped, mainstreamed");
    }

    [Fact]
    public void Overlong_text_is_reported_at_its_line_with_the_limit()
    {
        using var tree = new ContentTree().ChangeExperiment("title: Netwerkberaden", "title: " + new string('N', 151));
        AssertSingle(tree, File, 2, "'title' heeft 151 tekens; het maximum is 150");
    }

    [Fact]
    public void Date_outside_the_plausible_range_is_reported()
    {
        using var tree = new ContentTree().ChangeExperiment("start_date: 2019-09-01", "start_date: 1019-09-01");
        AssertSingle(tree, File, 10, "'start_date' moet tussen 2000-01-01 en 2100-12-31 liggen; er staat 1019-09-01");
    }

    [Fact]
    public void Missing_required_field_is_reported()
    {
        using var tree = new ContentTree().ChangeExperiment("region: Zeeland\n", "");
        Assert.Contains(tree.Problems(), p => p.File == File && p.Message.Contains("het verplichte veld 'region' ontbreekt"));
    }

    [Fact]
    public void Impossible_date_is_reported()
    {
        using var tree = new ContentTree().ChangeExperiment("start_date: 2019-09-01", "start_date: 2019-02-30");
        AssertSingle(tree, File, 10, "moet een bestaande datum zijn");
    }

    [Fact]
    public void Duplicate_slug_is_reported_on_the_second_file()
    {
        using var tree = new ContentTree().Write("experiments/zz-copy.md", ContentTree.Experiment);
        AssertSingle(tree, "experiments/zz-copy.md", 3, "slug 'netwerkberaden' komt twee keer voor");
    }

    [Fact]
    public void Unknown_theme_reference_is_reported()
    {
        using var tree = new ContentTree().ChangeExperiment("themes: [jeugd]", "themes: [jeugd, schulden]");
        AssertSingle(tree, File, 7, "een thema 'schulden', maar die bestaat niet");
    }

    [Fact]
    public void Unknown_concept_reference_is_reported()
    {
        using var tree = new ContentTree().ChangeExperiment("concepts: [regime]", "concepts: [niche]");
        AssertSingle(tree, File, 8, "een begrip 'niche', maar die bestaat niet");
    }

    [Fact]
    public void Broken_internal_link_is_reported_at_its_body_line()
    {
        using var tree = new ContentTree().ChangeExperiment("(/begrippen/regime/)", "(/begrippen/bestaat-niet/)");
        AssertSingle(tree, File, 24, "link '/begrippen/bestaat-niet/' werkt niet");
    }

    [Fact]
    public void Link_to_a_facet_page_is_not_broken()
    {
        using var tree = new ContentTree().ChangeExperiment("(/begrippen/regime/)", "(/experimenten/thema/jeugd/)");
        Assert.Empty(tree.Problems());
    }

    [Fact]
    public void Bad_yaml_is_reported()
    {
        using var tree = new ContentTree().ChangeExperiment("region: Zeeland", "region: [Zeeland");
        var problem = Assert.Single(tree.Problems());
        Assert.Equal(File, problem.File);
        Assert.Contains("geen geldige YAML", problem.Message);
        Assert.InRange(problem.Line, 2, 8);
    }

    [Fact]
    public void File_without_front_matter_is_reported()
    {
        using var tree = new ContentTree().Write("themes/wonen.md", "# Wonen\n");
        AssertSingle(tree, "themes/wonen.md", 1, "moet beginnen met een regel '---'");
    }

    private static void AssertSingle(ContentTree tree, string file, int line, string message)
    {
        var problems = tree.Problems();
        var problem = Assert.Single(problems);
        Assert.Equal(file, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
        Assert.StartsWith($"{file}:{line}: ", problem.ToString());
    }
}
