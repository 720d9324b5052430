using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Cases;

/// <summary>A new own case as journaled; complete when journaled.</summary>
public sealed record CreateOwnCaseChange : StoreChange
{
    /// <summary>The case to store.</summary>
    public required StoredOwnCase Case { get; init; }

    /// <inheritdoc />
    protected override bool NeedsMarker => false;

    /// <inheritdoc />
    protected override bool WasApplied(Database db) => db.CourseCases.FindById(Case.Id) is not null;

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        db.CourseCases.Insert(Case);
        db.AppendAudit(KeyId, At, "course-case.create", Case.Id.ToString());
        return new ChangeOutcome(ChangeStatus.Created, Case.Id.ToString(), Case);
    }
}

/// <summary>An own case proposed to the intake, as journaled: the case remembers the registration it became.</summary>
public sealed record ProposeOwnCaseChange : StoreChange
{
    public required Guid CaseId { get; init; }
    /// <summary>Slug of the intake registration.</summary>
    public required string Registration { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        if (db.CourseCases.FindById(CaseId) is not { } current) return new ChangeOutcome(ChangeStatus.NotFound, CaseId.ToString());
        if (current.ProposedAs is not null) return new ChangeOutcome(ChangeStatus.Conflict, current.ProposedAs, current);
        var next = new StoredOwnCase
        {
            Id = current.Id, Cohort = current.Cohort, ParticipantKeyId = current.ParticipantKeyId, CreatedAt = current.CreatedAt, Title = current.Title,
            Municipality = current.Municipality, Summary = current.Summary, Region = current.Region, Themes = current.Themes, Status = current.Status,
            StartDate = current.StartDate, FundingSource = current.FundingSource, FundingEndDate = current.FundingEndDate, Frontrunners = current.Frontrunners,
            Partners = current.Partners, Goals = current.Goals, XCurve = current.XCurve, Stage = current.Stage, Body = current.Body,
            ProposedAs = Registration, ProposedAt = Dates.ToStored(At),
        };
        db.CourseCases.Update(next);
        db.AppendAudit(KeyId, At, "course-case.propose", $"{CaseId}/{Registration}");
        return new ChangeOutcome(ChangeStatus.Updated, CaseId.ToString(), next);
    }
}
