using TransitionLab.Api.Store;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;

namespace TransitionLab.Api.Experiments;

/// <summary>The one place where experiments change shape: domain ↔ stored ↔ DTO.</summary>
public static class ExperimentMapping
{
    /// <summary>Source code of catalogue experiments.</summary>
    public const string ContentSource = "content";
    /// <summary>Source code of drafts stored directly by the API before the intake reviewed them (stores made before it).</summary>
    public const string DraftSource = "draft";

    /// <summary>Domain → stored.</summary>
    public static StoredExperiment ToStored(this Experiment e, string source, string origin) => new()
    {
        Id = e.Slug, Title = e.Title, Summary = e.Summary, Municipality = e.Municipality, Region = e.Region,
        Themes = e.Themes.ToList(), Concepts = e.Concepts.ToList(), Status = e.Status.ToCode(),
        StartDate = Dates.ToStored(e.StartDate), FundingSource = e.Funding.Source, FundingEndDate = Dates.ToStored(e.Funding.EndDate),
        Frontrunners = e.Frontrunners.ToList(), Partners = e.Partners.ToList(),
        Goals = e.Goals.Select(g => new StoredGoal { Id = g.Id, Description = g.Description, TargetGroup = g.TargetGroup, Unit = g.Unit, Baseline = g.Baseline, Target = g.Target }).ToList(),
        XCurve = e.XCurve.ToCode(), Stage = e.Stage.ToCode(),
        Links = e.Links.Select(l => new StoredLink { Title = l.Title, Url = l.Url }).ToList(),
        BodyHtml = e.BodyHtml, BodyText = e.BodyText, Source = source, Origin = origin, Updated = Dates.ToStored(e.Updated),
        RegisteredOn = Dates.ToStored(e.RegisteredOn), ReviewedOn = Dates.ToStored(e.ReviewedOn),
    };

    /// <summary>Stored → domain.</summary>
    public static Experiment ToDomain(this StoredExperiment s) => new()
    {
        Slug = s.Id, Title = s.Title, Summary = s.Summary, Municipality = s.Municipality, Region = s.Region,
        Themes = s.Themes, Concepts = s.Concepts, Status = Parse<ExperimentStatus>(s.Status),
        StartDate = Dates.ToDomain(s.StartDate), Funding = new Funding(s.FundingSource, Dates.ToDomain(s.FundingEndDate)),
        Frontrunners = s.Frontrunners, Partners = s.Partners,
        Goals = s.Goals.Select(g => new AreaGoal(g.Id, g.Description, g.TargetGroup, g.Unit, g.Baseline, g.Target)).ToArray(),
        XCurve = Parse<XCurvePosition>(s.XCurve), Stage = Parse<LifecycleStage>(s.Stage),
        Links = s.Links.Select(l => new ExternalLink(l.Title, l.Url)).ToArray(),
        BodyHtml = s.BodyHtml, BodyText = s.BodyText, Source = s.Origin,
        Updated = Dates.ToInstant(s.Updated), RegisteredOn = Dates.ToDomain(s.RegisteredOn), ReviewedOn = Dates.ToDomain(s.ReviewedOn),
    };

    /// <summary>Stored → DTO.</summary>
    public static ExperimentDto AsDto(this StoredExperiment s)
    {
        var e = s.ToDomain();
        return new ExperimentDto(e.Slug, e.Title, e.Summary, e.Municipality, e.Region, e.Themes, e.Concepts, e.Status, e.StartDate,
            new FundingDto(e.Funding.Source, e.Funding.EndDate), e.Frontrunners, e.Partners,
            e.Goals.Select(g => new GoalDto(g.Id, g.Description, g.TargetGroup, g.Unit, g.Baseline, g.Target)).ToArray(),
            e.XCurve, e.Stage, e.Links.Select(l => new LinkDto(l.Title, l.Url)).ToArray(), s.Source);
    }

    private static T Parse<T>(string code) where T : struct, Enum =>
        EnumCode.TryParse<T>(code, out var value) ? value : throw new InvalidDataException($"stored code '{code}' is not a {typeof(T).Name}");
}
