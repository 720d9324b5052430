using TransitionLab.Core.Course;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;

namespace TransitionLab.Core.Content;

/// <summary>
/// The front matter of each content kind, field by field. Keys are English snake_case; enum values
/// are the kebab-case codes of <see cref="Language.EnumCode"/>. README documents the same fields.
/// </summary>
internal static class FrontMatterTypes
{
    // Bounds no real experiment comes near (the longest title in content has 69 characters) and only a mistake
    // or an attack would cross: a title is a heading and a list entry, not a paragraph. Drafts posted to the
    // API are read by these same rules.
    internal const int MaxTitle = 150;
    internal const int MaxSummary = 400;
    internal const int MaxName = 150;
    internal const int MaxDescription = 300;
    private const int MaxUrl = 2000;
    private static readonly DateOnly EarliestDate = new(2000, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

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
            RegisteredOn = r.OptionalDate("registered"),
            ReviewedOn = r.OptionalDate("reviewed"),
            BodyHtml = body.Html,
            BodyText = body.PlainText,
            Source = source,
        };
        if (funding.EndDate is { } end && end < start) r.ReportAt("funding", $"de end_date van funding ({end:yyyy-MM-dd}) ligt voor de start_date ({start:yyyy-MM-dd})");
        if (start != default) InRange(r, "start_date", "start_date", start);
        if (funding.EndDate is { } fundingEnd) InRange(r, "funding", "end_date", fundingEnd);
        AtMost(r, "title", experiment.Title, MaxTitle);
        AtMost(r, "summary", experiment.Summary, MaxSummary);
        AtMost(r, "municipality", experiment.Municipality, MaxName);
        AtMost(r, "region", experiment.Region, MaxName);
        EachAtMost(r, "frontrunners", experiment.Frontrunners, MaxName);
        EachAtMost(r, "partners", experiment.Partners, MaxName);
        for (var i = 0; i < experiment.Links.Count; i++)
        {
            var (title, url) = (experiment.Links[i].Title, experiment.Links[i].Url);
            if (title.Length > MaxDescription) r.ReportAt("links", $"de titel van link {i + 1} heeft {title.Length} tekens; het maximum is {MaxDescription}");
            if (url.Length > MaxUrl) r.ReportAt("links", $"het adres van link {i + 1} heeft {url.Length} tekens; het maximum is {MaxUrl}");
        }
        foreach (var duplicate in goals.GroupBy(g => g.Id).Where(g => g.Count() > 1))
            r.ReportAt("goals", $"doel-id '{duplicate.Key}' komt meer dan één keer voor; elk doel heeft een eigen id nodig");
        foreach (var link in experiment.Links.Where(l => !Uri.TryCreate(l.Url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")))
            r.ReportAt("links", $"link '{link.Title}' heeft een volledig http(s)-adres nodig; er staat '{link.Url}'");
        return experiment;
    }

    private static AreaGoal ReadGoal(FrontMatterReader g)
    {
        var goal = new AreaGoal(
            g.RequiredString("id"), g.RequiredString("description"), g.RequiredString("target_group"),
            g.RequiredString("unit"), g.RequiredDecimal("baseline"), g.RequiredDecimal("target"));
        if (goal.Id.Length > 0 && !Slugs.IsValid(goal.Id)) g.ReportAt("id", $"doel-id '{goal.Id}' mag alleen kleine letters, cijfers en streepjes bevatten");
        AtMost(g, "description", goal.Description, MaxDescription);
        AtMost(g, "target_group", goal.TargetGroup, MaxName);
        AtMost(g, "unit", goal.Unit, MaxName);
        return goal;
    }

    internal static void AtMost(FrontMatterReader r, string key, string value, int max)
    {
        if (value.Length > max) r.ReportAt(key, $"'{key}' heeft {value.Length} tekens; het maximum is {max}");
    }

    internal static void EachAtMost(FrontMatterReader r, string key, IReadOnlyList<string> values, int max)
    {
        for (var i = 0; i < values.Count; i++)
            if (values[i].Length > max) r.ReportAt(key, $"item {i + 1} van '{key}' heeft {values[i].Length} tekens; het maximum is {max}");
    }

    private static void InRange(FrontMatterReader r, string key, string dateKey, DateOnly date)
    {
        if (date < EarliestDate || date > LatestDate)
            r.ReportAt(key, $"'{dateKey}' moet tussen {EarliestDate:yyyy-MM-dd} en {LatestDate:yyyy-MM-dd} liggen; er staat {date:yyyy-MM-dd}");
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
        ExerciseForm = r.OptionalEnum("exercise_form", ExerciseKind.Text),
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
