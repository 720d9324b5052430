using TransitionLab.Api.Experiments;
using TransitionLab.Api.Store;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;

namespace TransitionLab.Api.Course.Cases;

/// <summary>The one place where own cases change shape.</summary>
public static class OwnCaseMapping
{
    /// <summary>The prefix that marks a practice reflection's subject as an own case rather than a catalogue slug.</summary>
    public const string SubjectPrefix = "casus-";

    /// <summary>Validated request → stored; text is kept as written, only trimmed at the ends.</summary>
    public static StoredOwnCase ToStored(this OwnCaseRequest c, Guid id, string cohort, string participantKeyId, DateTimeOffset at) => new()
    {
        Id = id, Cohort = cohort, ParticipantKeyId = participantKeyId, CreatedAt = Dates.ToStored(at),
        Title = c.Title!.Trim(), Municipality = c.Municipality!.Trim(), Summary = c.Summary!.Trim(),
        Region = Blank(c.Region), Themes = c.Themes?.ToList() ?? [], Status = Blank(c.Status), StartDate = Blank(c.StartDate),
        FundingSource = Blank(c.Funding?.Source), FundingEndDate = Blank(c.Funding?.EndDate),
        Frontrunners = c.Frontrunners?.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).ToList() ?? [],
        Partners = c.Partners?.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList() ?? [],
        Goals = c.Goals?.Select(g => new StoredGoal
        {
            Id = g.Id!, Description = g.Description!.Trim(), TargetGroup = g.TargetGroup?.Trim() ?? "", Unit = g.Unit?.Trim() ?? "",
            Baseline = g.Baseline ?? 0, Target = g.Target ?? 0,
        }).ToList() ?? [],
        XCurve = Blank(c.XCurve), Stage = Blank(c.Stage), Body = Blank(c.Body),
    };

    /// <summary>Stored → DTO.</summary>
    public static OwnCaseDto AsDto(this StoredOwnCase s) => new(
        s.Id, s.Cohort, s.ParticipantKeyId, Dates.ToInstant(s.CreatedAt), s.Title, s.Municipality, s.Summary, s.Region, s.Themes, s.Status, s.StartDate,
        s.FundingSource is null && s.FundingEndDate is null ? null : new DraftFunding(s.FundingSource, s.FundingEndDate),
        s.Frontrunners, s.Partners, s.Goals.Select(g => new DraftGoal(g.Id, g.Description, g.TargetGroup, g.Unit, g.Baseline, g.Target)).ToArray(),
        s.XCurve, s.Stage, s.Body, s.ProposedAs);

    /// <summary>
    /// The case as an intake draft under <paramref name="slug"/>: the fields it has are carried over as written, so its
    /// author only checks and completes them; what it lacks stays empty for the intake's form to ask.
    /// </summary>
    public static DraftExperimentRequest AsDraft(this StoredOwnCase s, string slug) => new()
    {
        Title = s.Title, Slug = slug, Summary = s.Summary, Municipality = s.Municipality, Region = s.Region,
        Themes = s.Themes.Count > 0 ? s.Themes : null, Status = s.Status, StartDate = s.StartDate,
        Funding = s.FundingSource is null && s.FundingEndDate is null ? null : new DraftFunding(s.FundingSource, s.FundingEndDate),
        Frontrunners = s.Frontrunners.Count > 0 ? s.Frontrunners : null, Partners = s.Partners.Count > 0 ? s.Partners : null,
        Goals = s.Goals.Count > 0 ? s.Goals.Select(g => new DraftGoal(g.Id, g.Description, g.TargetGroup, g.Unit, g.Baseline, g.Target)).ToArray() : null,
        XCurve = s.XCurve, Stage = s.Stage, Body = s.Body,
    };

    /// <summary>
    /// The case as an experiment that a practice reflection is checked against: its goals are what a reflection may
    /// report on. It is never stored among the experiments, so it cannot reach the catalogue or a verdict.
    /// </summary>
    public static StoredExperiment AsPracticeSubject(this StoredOwnCase s) => new()
    {
        Id = SubjectOf(s.Id), Title = s.Title, Summary = s.Summary, Municipality = s.Municipality, Region = s.Region ?? "",
        Themes = s.Themes, Status = s.Status ?? ExperimentStatus.Running.ToCode(),
        StartDate = s.StartDate is { } start ? Dates.ToStored(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)) : s.CreatedAt.Date,
        FundingSource = s.FundingSource ?? "", Frontrunners = s.Frontrunners, Partners = s.Partners, Goals = s.Goals,
        XCurve = s.XCurve ?? XCurvePosition.PreDevelopment.ToCode(), Stage = s.Stage ?? LifecycleStage.Pilot.ToCode(),
        Source = "course-case", Origin = s.ParticipantKeyId, Updated = s.CreatedAt,
    };

    /// <summary>The subject a practice reflection on case <paramref name="id"/> records as its experiment.</summary>
    public static string SubjectOf(Guid id) => SubjectPrefix + id.ToString("N");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
