using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;
using TransitionLab.Core.Decisions;

namespace TransitionLab.Api.Decisions;

/// <summary>A new decision as journaled; it is complete when journaled (version 1).</summary>
public sealed record CreateDecisionChange : StoreChange
{
    /// <summary>The decision to store.</summary>
    public required StoredDecision Decision { get; init; }

    /// <inheritdoc />
    protected override bool NeedsMarker => false;

    /// <inheritdoc />
    protected override bool WasApplied(Database db) => db.Decisions.FindById(Decision.Id) is not null;

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        db.Decisions.Insert(Decision);
        db.AppendAudit(KeyId, At, "decision.create", Decision.Id.ToString());
        return new ChangeOutcome(ChangeStatus.Created, Decision.Id.ToString(), Decision.ToDomain()) { Experiment = Decision.ExperimentSlug };
    }
}

/// <summary>A decision update as journaled; If-Match is compared when it is applied, so two writers with one ETag cannot both win.</summary>
public sealed record UpdateDecisionChange : StoreChange
{
    /// <summary>The decision to replace.</summary>
    public required Guid DecisionId { get; init; }
    /// <summary>The validated request.</summary>
    public required DecisionRequest Request { get; init; }
    /// <summary>The If-Match header as sent.</summary>
    public required string IfMatch { get; init; }
    /// <summary>Level of the updating steward's key; journal lines written before levels existed keep the decision's own.</summary>
    public DecisionLevel? Level { get; init; }
    /// <summary>Area of the updating steward's key; see <see cref="Level"/>.</summary>
    public string? Area { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        if (db.Decisions.FindById(DecisionId) is not { } latest) return new ChangeOutcome(ChangeStatus.NotFound, DecisionId.ToString());
        if (!IfMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == latest.ETag())) return new ChangeOutcome(ChangeStatus.Stale, DecisionId.ToString());
        var next = Request.ToStored(DecisionId, latest.ExperimentSlug, latest.Version + 1, KeyId, At, Level ?? latest.Level, Level is null ? latest.Area : Area);
        db.Decisions.Update(next);
        db.AppendAudit(KeyId, At, "decision.update", $"{DecisionId}/{next.Version}");
        return new ChangeOutcome(ChangeStatus.Updated, DecisionId.ToString(), next.ToDomain()) { Experiment = next.ExperimentSlug };
    }
}
