using TransitionLab.Api.Audit;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Language;

namespace TransitionLab.Api.Intake;

/// <summary>
/// Saving a registration's working copy as journaled: a new registration (which also ties an invitation's code to
/// its slug) or a change to an existing one. The state checks run here, on the journal's single writer, so two
/// concurrent requests with one invitation cannot both register an experiment.
/// </summary>
public sealed record SaveDraftChange : StoreChange
{
    /// <summary>Slug of the registration.</summary>
    public required string Slug { get; init; }
    /// <summary>The working copy as the API's draft JSON.</summary>
    public required string Draft { get; init; }
    /// <summary>Municipality of the working copy.</summary>
    public required string Municipality { get; init; }
    /// <summary>Title of the working copy.</summary>
    public required string Title { get; init; }
    /// <summary>Whether this registers a new experiment (else it changes an existing registration).</summary>
    public required bool Create { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db) => Create ? Register(db) : Change(db);

    private ChangeOutcome Register(Database db)
    {
        if (db.FindExperiment(Slug) is not null || db.Registrations.FindById(Slug) is not null)
            return new ChangeOutcome(ChangeStatus.Conflict, $"Het experiment '{Slug}' bestaat al; kies een andere slug.");
        var key = db.Keys.FindById(KeyId);
        if (key is { InvitedBy: not null, Experiments.Count: > 0 })
            return new ChangeOutcome(ChangeStatus.Conflict, $"Deze uitnodiging is al gebruikt voor '{key.Experiments[0]}'; wijzig dat experiment.");
        var registration = new StoredRegistration
        {
            Id = Slug, OwnerKeyId = KeyId, Municipality = Municipality, Title = Title, State = RegistrationState.Draft.ToCode(), Revision = 1,
            Draft = Draft, CreatedAt = Dates.ToStored(At), UpdatedAt = Dates.ToStored(At),
        };
        db.Registrations.Insert(registration);
        if (key is { InvitedBy: not null })
        {
            // From now on the code is this experiment's frontrunner key and no longer expires.
            db.Keys.Update(key.With(experiments: [Slug]));
            db.KeysByHash.Forget();
        }
        db.AppendAudit(KeyId, At, "experiment.draft", Slug);
        return new ChangeOutcome(ChangeStatus.Created, Slug, registration);
    }

    private ChangeOutcome Change(Database db)
    {
        if (db.Registrations.FindById(Slug) is not { } current) return new ChangeOutcome(ChangeStatus.NotFound, Slug);
        var state = current.StateOf();
        if (state == RegistrationState.Submitted)
            return new ChangeOutcome(ChangeStatus.Conflict, "De aanmelding ligt bij de redactie; wacht op hun oordeel voordat u haar wijzigt.");
        if (state == RegistrationState.Rejected)
            return new ChangeOutcome(ChangeStatus.Conflict, "De redactie heeft deze aanmelding afgewezen; zij kan niet meer worden gewijzigd.");
        var next = current with
        {
            Draft = Draft, Municipality = Municipality, Title = Title, UpdatedAt = Dates.ToStored(At),
            // A change to a published experiment is a new revision; the published version stays until it is approved.
            State = state == RegistrationState.Approved ? RegistrationState.Draft.ToCode() : current.State,
            Revision = state == RegistrationState.Approved ? current.Revision + 1 : current.Revision,
        };
        db.Registrations.Update(next);
        db.AppendAudit(KeyId, At, "experiment.draft.update", $"{Slug}/{next.Revision}");
        return new ChangeOutcome(ChangeStatus.Updated, Slug, next);
    }
}

/// <summary>Submitting a registration for review, as journaled.</summary>
public sealed record SubmitDraftChange : StoreChange
{
    /// <summary>Slug of the registration.</summary>
    public required string Slug { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        if (db.Registrations.FindById(Slug) is not { } current) return new ChangeOutcome(ChangeStatus.NotFound, Slug);
        var reason = current.StateOf() switch
        {
            RegistrationState.Submitted => "De aanmelding is al ingediend en ligt bij de redactie.",
            RegistrationState.Approved => "Deze versie is al gepubliceerd; wijzig het experiment om een nieuwe versie in te dienen.",
            RegistrationState.Rejected => "De redactie heeft deze aanmelding afgewezen; zij kan niet opnieuw worden ingediend.",
            _ => null,
        };
        if (reason is not null) return new ChangeOutcome(ChangeStatus.Conflict, reason);
        var next = current with { State = RegistrationState.Submitted.ToCode(), SubmittedAt = Dates.ToStored(At) };
        db.Registrations.Update(next);
        db.AppendAudit(KeyId, At, "experiment.submit", $"{Slug}/{next.Revision}");
        return new ChangeOutcome(ChangeStatus.Updated, Slug, next);
    }
}

/// <summary>A steward's review decision, as journaled; an approval carries the experiment exactly as it will be published.</summary>
public sealed record ReviewDraftChange : StoreChange
{
    /// <summary>Slug of the registration.</summary>
    public required string Slug { get; init; }
    /// <summary>The revision the steward saw; a registration changed since is not decided on.</summary>
    public required int Revision { get; init; }
    /// <summary>A <see cref="ReviewAction"/> code.</summary>
    public required string Action { get; init; }
    /// <summary>Comments by field.</summary>
    public Dictionary<string, string> Comments { get; init; } = [];
    /// <summary>Reason or general remark.</summary>
    public string Reason { get; init; } = "";
    /// <summary>The experiment to publish, for an approval.</summary>
    public StoredExperiment? Experiment { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        if (db.Registrations.FindById(Slug) is not { } current) return new ChangeOutcome(ChangeStatus.NotFound, Slug);
        if (current.StateOf() != RegistrationState.Submitted || current.Revision != Revision)
            return new ChangeOutcome(ChangeStatus.Conflict, "Deze aanmelding ligt niet (meer) ter beoordeling bij de redactie.");
        var action = RegistrationCodes.Parse<ReviewAction>(Action);
        var review = new StoredReview { KeyId = KeyId, At = Dates.ToStored(At), Action = Action, Revision = Revision, Comments = Comments, Reason = Reason };
        var next = current with
        {
            Reviews = [.. current.Reviews, review],
            State = (action switch
            {
                ReviewAction.Approve => RegistrationState.Approved,
                ReviewAction.RequestChanges => RegistrationState.ChangesRequested,
                _ => RegistrationState.Rejected,
            }).ToCode(),
            Published = action == ReviewAction.Approve ? current.Draft : current.Published,
            ApprovedAt = action == ReviewAction.Approve ? Dates.ToStored(At) : current.ApprovedAt,
        };
        if (action == ReviewAction.Approve)
        {
            if (Experiment is null) return new ChangeOutcome(ChangeStatus.Conflict, "Een goedkeuring zonder experiment kan niet worden gepubliceerd.");
            db.SaveExperiment(Experiment);
        }
        db.Registrations.Update(next);
        db.AppendAudit(KeyId, At, $"experiment.review.{Action}", $"{Slug}/{Revision}");
        // A published experiment changes lists, facets, its municipality's and themes' pages: the whole site is built again.
        return new ChangeOutcome(ChangeStatus.Updated, Slug, next) { AllPages = action == ReviewAction.Approve };
    }
}
