using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;

namespace TransitionLab.Core.Content;

/// <summary>
/// The front matter of each content kind, field by field. Keys are English snake_case; enum values
/// are the kebab-case codes of <see cref="Language.EnumCode"/>. README documents the same fields.
/// </summary>
internal static class FrontMatterTypes
{
    public static Experiment ReadExperiment(FrontMatterReader r, RenderedMarkdown body, string source)
    {
        var start = r.RequiredDate("start_date");
        var funding = r.Mapping("funding", f => new Funding(f.RequiredString("source"), f.OptionalDate("end_date")))
                      ?? new Funding("", null);
        var goals = r.List("goals", ReadGoal, required: true);
        var experiment = new Experiment
        {
            Title = r.RequiredString("title"),
            Slug = r.RequiredString("slug"),
            Summary = r.RequiredString("summary"),
            Municipality = r.RequiredString("municipality"),
            Region = r.RequiredString("region"),
            Themes = r.References("themes", ContentKind.Theme, required: true),
            Concepts = r.References("concepts", ContentKind.Concept),
            Status = r.RequiredEnum<ExperimentStatus>("status"),
            StartDate = start,
            Funding = funding,
            Frontrunners = r.StringList("frontrunners", required: true),
            Partners = r.StringList("partners"),
            Goals = goals,
            XCurve = r.RequiredEnum<XCurvePosition>("x_curve"),
            Stage = r.RequiredEnum<LifecycleStage>("stage"),
            Links = r.List("links", l => new ExternalLink(l.RequiredString("title"), l.RequiredString("url"))),
            Updated = ToInstant(r.OptionalDate("updated") ?? start),
            BodyHtml = body.Html,
            BodyText = body.PlainText,
            Source = source,
        };
        if (funding.EndDate is { } end && end < start) r.ReportAt("funding", $"funding end_date {end:yyyy-MM-dd} is before start_date {start:yyyy-MM-dd}");
        foreach (var duplicate in goals.GroupBy(g => g.Id).Where(g => g.Count() > 1))
            r.ReportAt("goals", $"goal id '{duplicate.Key}' is used more than once; each goal needs its own id");
        foreach (var link in experiment.Links.Where(l => !Uri.TryCreate(l.Url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")))
            r.ReportAt("links", $"link '{link.Title}' must have an absolute http(s) url, found '{link.Url}'");
        return experiment;
    }

    private static AreaGoal ReadGoal(FrontMatterReader g)
    {
        var goal = new AreaGoal(
            g.RequiredString("id"), g.RequiredString("description"), g.RequiredString("target_group"),
            g.RequiredString("unit"), g.RequiredDecimal("baseline"), g.RequiredDecimal("target"));
        if (goal.Id.Length > 0 && !Slugs.IsValid(goal.Id)) g.ReportAt("id", $"goal id '{goal.Id}' must be lowercase letters, digits and hyphens");
        return goal;
    }

    public static Theme ReadTheme(FrontMatterReader r, RenderedMarkdown body, string source) => new()
    {
        Title = r.RequiredString("title"),
        Slug = r.RequiredString("slug"),
        Summary = r.RequiredString("summary"),
        BodyHtml = body.Html,
        Source = source,
    };

    public static Concept ReadConcept(FrontMatterReader r, RenderedMarkdown body, string source) => new()
    {
        Title = r.RequiredString("title"),
        Slug = r.RequiredString("slug"),
        Summary = r.RequiredString("summary"),
        Aliases = r.StringList("aliases"),
        Related = r.References("related", ContentKind.Concept),
        BodyHtml = body.Html,
        Source = source,
    };

    public static CourseModule ReadModule(FrontMatterReader r, RenderedMarkdown body, string source) => new()
    {
        Title = r.RequiredString("title"),
        Slug = r.RequiredString("slug"),
        Order = r.RequiredInt("order", 1, 99),
        Summary = r.RequiredString("summary"),
        LearningGoals = r.StringList("learning_goals", required: true),
        Concepts = r.References("concepts", ContentKind.Concept, required: true),
        Cases = r.References("cases", ContentKind.Experiment, required: true),
        Exercise = r.RequiredString("exercise"),
        BodyHtml = body.Html,
        Source = source,
    };

    public static Page ReadPage(FrontMatterReader r, RenderedMarkdown body, string source) => new()
    {
        Title = r.RequiredString("title"),
        Slug = r.RequiredString("slug"),
        Summary = r.RequiredString("summary"),
        BodyHtml = body.Html,
        Source = source,
    };

    private static DateTimeOffset ToInstant(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
