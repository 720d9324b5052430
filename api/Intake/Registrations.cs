using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;

namespace TransitionLab.Api.Intake;

/// <summary>
/// The intake: a frontrunner registers an experiment as a draft, changes and submits it; a steward of its
/// municipality approves it (which publishes it), asks for changes per field, or rejects it. Every step is journaled
/// through the <see cref="StoreWriter"/> and audited. The JSON API, the HTML forms and other code (a course case
/// proposed by a teacher) all come through here.
/// </summary>
public sealed class Registrations(Database db, ImportedCatalogue catalogue, StoreWriter writer, TimeProvider time)
{
    /// <summary>The registration with exactly this slug (LiteDB's id lookup ignores case), or <c>null</c>.</summary>
    public StoredRegistration? Find(string slug) => db.Registrations.FindById(slug) is { } r && r.Id == slug ? r : null;

    /// <summary>The registrations <paramref name="caller"/> registered, newest change first.</summary>
    public IReadOnlyList<StoredRegistration> Mine(Caller caller) =>
        db.Registrations.Find(r => r.OwnerKeyId == caller.KeyId).OrderByDescending(r => r.UpdatedAt).ToArray();

    /// <summary>The review queue of <paramref name="caller"/>: submitted registrations in their scope, oldest submission first.</summary>
    public IReadOnlyList<StoredRegistration> Queue(Caller caller) =>
        db.Registrations.Find(r => r.State == "submitted").Where(r => ReviewScope.Covers(caller, r.Municipality))
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Whether <paramref name="caller"/> may read <paramref name="registration"/>: its owner, or who reviews it.</summary>
    public bool MayRead(Caller caller, StoredRegistration registration) => MayChange(caller, registration) || ReviewScope.Covers(caller, registration.Municipality);

    /// <summary>
    /// Registers a new experiment as a draft for <paramref name="caller"/>. With <paramref name="complete"/> false (a form's
    /// "save") a half-filled draft is kept: only personal data, the slug, the title and the municipality must be right.
    /// </summary>
    public async Task<RegistrationWrite> CreateAsync(DraftExperimentRequest draft, Caller caller, bool complete = true)
    {
        var key = db.Keys.FindById(caller.KeyId);
        if (key is null || !(key.Role == KeyRole.Admin || key.IsOpenInvitation || (draft.Slug is { } own && caller.MayWriteFor(own))))
            return RegistrationWrite.Fail(RegistrationWriteStatus.Forbidden, key is { InvitedBy: not null }
                ? $"Deze uitnodiging is al gebruikt voor '{key.Experiments.FirstOrDefault()}'; wijzig dat experiment."
                : "Een koploper registreert alleen een concept voor een experiment dat op de eigen sleutel staat, of met een uitnodiging.");
        // An invitation fixes the municipality; an empty one is filled in, another one is an error next to the field.
        if (key.IsOpenInvitation && string.IsNullOrWhiteSpace(draft.Municipality)) draft = draft with { Municipality = key.Municipality };
        if (draft.Slug is { } slug && (Reserved.Contains(slug) || catalogue.Current.FindExperiment(slug) is not null || db.FindExperiment(slug) is not null
                || db.Registrations.FindById(slug) is not null))
            return RegistrationWrite.Fail(RegistrationWriteStatus.Conflict, $"Het experiment '{slug}' bestaat al; kies een andere slug.");
        if (Check(draft, key, complete) is { } invalid) return invalid;
        return await WriteAsync(caller, new SaveDraftChange
        {
            ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = time.GetUtcNow(), Slug = draft.Slug!, Draft = DraftJson.Write(draft),
            Municipality = draft.Municipality!.Trim(), Title = draft.Title!.Trim(), Create = true,
        });
    }

    /// <summary>
    /// Changes the working copy of <paramref name="slug"/>; a published experiment gets a new revision, reviewed again.
    /// <paramref name="complete"/> as for <see cref="CreateAsync"/>.
    /// </summary>
    public async Task<RegistrationWrite> UpdateAsync(string slug, DraftExperimentRequest draft, Caller caller, bool complete = true)
    {
        if (Find(slug) is not { } current)
            return RegistrationWrite.Fail(RegistrationWriteStatus.NotFound, catalogue.Current.FindExperiment(slug) is not null
                ? $"'{slug}' staat in de catalogus (content/); wijzig het daar."
                : $"Er is geen aanmelding '{slug}'.");
        if (!MayChange(caller, current)) return RegistrationWrite.Fail(RegistrationWriteStatus.Forbidden, "Alleen wie het experiment aanmeldde, wijzigt het.");
        if (draft.Slug is { } other && other != slug)
            return RegistrationWrite.Invalid(new Dictionary<string, string[]> { ["slug"] = [$"De slug blijft '{slug}'."] }, "De aanmelding is niet opgeslagen; zie 'errors' per veld.");
        draft = draft with { Slug = slug };
        var key = db.Keys.FindById(caller.KeyId);
        if (key is { InvitedBy: not null } && string.IsNullOrWhiteSpace(draft.Municipality)) draft = draft with { Municipality = key.Municipality };
        if (Check(draft, key, complete) is { } invalid) return invalid;
        return await WriteAsync(caller, new SaveDraftChange
        {
            ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = time.GetUtcNow(), Slug = slug, Draft = DraftJson.Write(draft),
            Municipality = draft.Municipality!.Trim(), Title = draft.Title!.Trim(), Create = false,
        });
    }

    /// <summary>Submits the working copy of <paramref name="slug"/> for review; it must meet every rule by then.</summary>
    public async Task<RegistrationWrite> SubmitAsync(string slug, Caller caller)
    {
        if (Find(slug) is not { } current) return RegistrationWrite.Fail(RegistrationWriteStatus.NotFound, $"Er is geen aanmelding '{slug}'.");
        if (!MayChange(caller, current)) return RegistrationWrite.Fail(RegistrationWriteStatus.Forbidden, "Alleen wie het experiment aanmeldde, dient het in.");
        var (_, errors) = DraftExperiments.Read(DraftJson.Read(current.Draft), catalogue.Current);
        if (errors.Count > 0) return RegistrationWrite.Invalid(errors, "De aanmelding is nog niet compleet; vul de velden in 'errors' aan en dien haar dan in.");
        return await WriteAsync(caller, new SubmitDraftChange { ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = time.GetUtcNow(), Slug = slug });
    }

    /// <summary>A steward's decision on a submitted registration; an approval publishes it at once.</summary>
    public async Task<RegistrationWrite> ReviewAsync(string slug, ReviewRequest review, Caller caller)
    {
        if (Find(slug) is not { } current) return RegistrationWrite.Fail(RegistrationWriteStatus.NotFound, $"Er is geen aanmelding '{slug}'.");
        if (!ReviewScope.Covers(caller, current.Municipality))
            return RegistrationWrite.Fail(RegistrationWriteStatus.Forbidden, $"Alleen de redactie (een regisseur) van {current.Municipality} beoordeelt deze aanmelding.");
        if (current.OwnerKeyId == caller.KeyId) return RegistrationWrite.Fail(RegistrationWriteStatus.Forbidden, "U beoordeelt niet uw eigen aanmelding.");
        if (ReviewRules.Validate(review) is { Count: > 0 } reviewErrors) return RegistrationWrite.Invalid(reviewErrors, "Het oordeel is niet opgeslagen; zie 'errors' per veld.");

        var now = time.GetUtcNow();
        StoredExperiment? published = null;
        if (review.Action == ReviewAction.Approve)
        {
            var (experiment, errors) = DraftExperiments.Read(DraftJson.Read(current.Draft), catalogue.Current);
            if (experiment is null) return RegistrationWrite.Invalid(errors, "De aanmelding voldoet niet (meer) aan de regels; vraag de koploper om aanpassingen.");
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            // Dates only, so the page of the published experiment and the page built from its exported Markdown are the same.
            published = (experiment with
            {
                Updated = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                RegisteredOn = DateOnly.FromDateTime(Dates.ToInstant(current.CreatedAt).UtcDateTime),
                ReviewedOn = today,
            }).ToStored(ImportedCatalogue.PublishedSource, current.OwnerKeyId);
        }
        var write = await WriteAsync(caller, new ReviewDraftChange
        {
            ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, Slug = slug, Revision = current.Revision, Action = review.Action!.Value.ToCode(),
            Comments = (review.Comments ?? new Dictionary<string, string>()).Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim()),
            Reason = review.Reason?.Trim() ?? "", Experiment = published,
        });
        return write;
    }

    // Paths of the intake's own pages under /experimenten/ can never be an experiment's slug.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "aanmelden" };

    private static bool MayChange(Caller caller, StoredRegistration registration) =>
        registration.OwnerKeyId == caller.KeyId || caller.Role == KeyRole.Admin || caller.MayWriteFor(registration.Id);

    // The rules of a content file and the free-text guard, plus an invitation's fixed municipality. A half-filled draft
    // (not complete) may break the other rules until it is submitted.
    private RegistrationWrite? Check(DraftExperimentRequest draft, StoredKey? key, bool complete)
    {
        var (_, found) = DraftExperiments.Read(draft, catalogue.Current);
        var guarded = DraftExperiments.Guarded(draft).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var errors = found.Where(e => complete || e.Key is "slug" or "title" or "municipality" || guarded.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value);
        if (key is { InvitedBy: not null, Municipality: { } fixedMunicipality }
            && !string.Equals(draft.Municipality?.Trim(), fixedMunicipality.Trim(), StringComparison.OrdinalIgnoreCase))
            errors["municipality"] = [$"Deze uitnodiging geldt voor {fixedMunicipality}. Een experiment in een andere gemeente meldt u aan met een uitnodiging van die gemeente."];
        return errors.Count > 0 ? RegistrationWrite.Invalid(errors, "De aanmelding is niet opgeslagen; zie 'errors' per veld.") : null;
    }

    private async Task<RegistrationWrite> WriteAsync(Caller caller, StoreChange change)
    {
        var outcome = await writer.WriteAsync(change);
        return outcome.Status switch
        {
            ChangeStatus.Created or ChangeStatus.Updated => new RegistrationWrite(RegistrationWriteStatus.Stored, (StoredRegistration)outcome.Written!, null, null),
            ChangeStatus.Conflict => RegistrationWrite.Fail(RegistrationWriteStatus.Conflict, outcome.Target),
            _ => RegistrationWrite.Fail(RegistrationWriteStatus.NotFound, $"Er is geen aanmelding '{outcome.Target}'."),
        };
    }
}
