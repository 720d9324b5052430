using TransitionLab.Core.Areas;
using TransitionLab.Core.Catalogue;

namespace TransitionLab.Core.Content;

/// <summary>
/// The front matter of an area (<c>content/areas/*.md</c>): title, slug, summary, municipalities, shared
/// goals with baseline, target and unit, the arena's organisations and roles, and whether it is an example.
/// The body is the shared vision.
/// </summary>
internal static class AreaFrontMatter
{
    public static Area Read(FrontMatterReader r, RenderedMarkdown body, string source)
    {
        var area = new Area
        {
            Title = r.RequiredString("title"),
            Slug = r.RequiredString("slug"),
            Summary = r.RequiredString("summary"),
            Municipalities = r.StringList("municipalities", required: true),
            Goals = r.List("goals", ReadGoal, required: true),
            Arena = r.List("arena", a => new ArenaMember(a.RequiredString("organisation"), a.RequiredString("role")), required: true),
            Example = r.OptionalBool("example"),
            BodyHtml = body.Html,
            Source = source,
        };
        FrontMatterTypes.AtMost(r, "title", area.Title, FrontMatterTypes.MaxTitle);
        FrontMatterTypes.AtMost(r, "summary", area.Summary, FrontMatterTypes.MaxSummary);
        FrontMatterTypes.EachAtMost(r, "municipalities", area.Municipalities, FrontMatterTypes.MaxName);
        foreach (var duplicate in area.Municipalities.GroupBy(m => m, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            r.ReportAt("municipalities", $"gemeente '{duplicate.Key}' staat er meer dan één keer in");
        foreach (var duplicate in area.Goals.GroupBy(g => g.Id).Where(g => g.Count() > 1))
            r.ReportAt("goals", $"doel-id '{duplicate.Key}' komt meer dan één keer voor; elk doel heeft een eigen id nodig");
        for (var i = 0; i < area.Arena.Count; i++)
        {
            if (area.Arena[i].Organisation.Length > FrontMatterTypes.MaxName)
                r.ReportAt("arena", $"bij deelnemer {i + 1} van de arena heeft de organisatie {area.Arena[i].Organisation.Length} tekens; het maximum is {FrontMatterTypes.MaxName}");
            if (area.Arena[i].Role.Length > FrontMatterTypes.MaxDescription)
                r.ReportAt("arena", $"bij deelnemer {i + 1} van de arena heeft de rol {area.Arena[i].Role.Length} tekens; het maximum is {FrontMatterTypes.MaxDescription}");
        }
        return area;
    }

    private static SharedGoal ReadGoal(FrontMatterReader g)
    {
        var goal = new SharedGoal(g.RequiredString("id"), g.RequiredString("description"), g.RequiredString("unit"),
            g.RequiredDecimal("baseline"), g.RequiredDecimal("target"));
        if (goal.Id.Length > 0 && !Slugs.IsValid(goal.Id)) g.ReportAt("id", $"doel-id '{goal.Id}' mag alleen kleine letters, cijfers en streepjes bevatten");
        if (goal.Baseline == goal.Target && goal.Id.Length > 0) g.ReportAt("target", $"doel '{goal.Id}' heeft dezelfde beginwaarde en streefwaarde ({goal.Target}); een doel vraagt om een verandering");
        FrontMatterTypes.AtMost(g, "description", goal.Description, FrontMatterTypes.MaxDescription);
        FrontMatterTypes.AtMost(g, "unit", goal.Unit, FrontMatterTypes.MaxName);
        return goal;
    }
}
