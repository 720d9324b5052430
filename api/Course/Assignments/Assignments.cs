using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Course;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Course.Assignments;

/// <summary>How a write on a hand-in ended.</summary>
public enum AssignmentWriteStatus
{
    Stored,
    /// <summary>The request is invalid; see the errors.</summary>
    Invalid,
    /// <summary>The caller may not do this.</summary>
    Forbidden,
    /// <summary>No such hand-in.</summary>
    NotFound,
}

/// <summary>The result of a write on a hand-in.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Assignment">The hand-in as it now stands, when stored.</param>
/// <param name="Errors">Errors per field, when invalid.</param>
/// <param name="Message">Why it was refused, when forbidden or not found.</param>
public sealed record AssignmentWrite(AssignmentWriteStatus Status, StoredAssignment? Assignment = null,
    IReadOnlyDictionary<string, string[]>? Errors = null, string? Message = null);

/// <summary>
/// The rules of hand-ins and comments for the JSON API and the site's forms alike. A participant saves drafts and
/// hands in; the teacher of the cohort sees every hand-in; peers see a hand-in once its author shares it. Drafts are
/// seen by their author only. Peers and the teacher comment; only the teacher marks a hand-in done.
/// </summary>
public sealed class Assignments(Database db, StoreWriter writer, TimeProvider time)
{
    /// <summary>The exercise form of a module.</summary>
    public static ExerciseForm FormOf(CourseModule module) => ExerciseForms.For(module.ExerciseForm);

    /// <summary>Saves a draft or hands in a version of the caller's work on <paramref name="module"/>.</summary>
    public async Task<AssignmentWrite> SaveAsync(CourseModule module, HandInRequest request, Caller caller)
    {
        if (!caller.MayPractise) return new(AssignmentWriteStatus.Forbidden, Message: "Alleen een deelnemer van de cursus levert een opdracht in.");
        var answers = (request.Answers ?? new Dictionary<string, string>())
            .Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value.Trim(), StringComparer.Ordinal);
        var errors = AssignmentRules.Validate(FormOf(module), answers, request.HandIn == true);
        if (request.CaseId is { } caseId && !(db.CourseCases.FindById(caseId) is { } own && caller.InCohort(own.Cohort)))
            errors["caseId"] = ["Kies een eigen casus van uw groep."];
        var slug = string.IsNullOrWhiteSpace(request.ExperimentSlug) ? null : request.ExperimentSlug.Trim();
        if (slug is not null && db.FindExperiment(slug) is not { Source: ExperimentMapping.ContentSource })
            errors["experimentSlug"] = ["Kies een experiment uit de catalogus."];
        if (request.CaseId is not null && slug is not null) errors["experimentSlug"] = [CohortText.WorkBoth];
        if (errors.Count > 0) return new(AssignmentWriteStatus.Invalid, Errors: errors);

        var now = time.GetUtcNow();
        var change = new SaveAssignmentChange
        {
            ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, NewId = Guid.CreateVersion7(now), Cohort = caller.Cohort!.Trim(), Module = module.Slug,
            Version = new StoredAssignmentVersion { HandedIn = request.HandIn == true, CaseId = request.CaseId, ExperimentSlug = slug, Answers = answers },
            Share = request.Share == true,
        };
        var outcome = await writer.WriteAsync(change);
        return new(AssignmentWriteStatus.Stored, (StoredAssignment)outcome.Written!);
    }

    /// <summary>Adds the caller's comment to a hand-in; a teacher may mark it done with it.</summary>
    public async Task<AssignmentWrite> CommentAsync(Guid id, FeedbackRequest request, Caller caller)
    {
        if (db.Assignments.FindById(id) is not { } current) return new(AssignmentWriteStatus.NotFound, Message: $"Er is geen ingeleverde opdracht {id}.");
        if (!MayComment(current, caller))
            return new(AssignmentWriteStatus.Forbidden, Message: "Alleen de docent en, als de opdracht gedeeld is, de andere deelnemers van de groep reageren op een ingeleverde opdracht.");
        if (request.Done == true && !caller.Teaches(current.Cohort))
            return new(AssignmentWriteStatus.Forbidden, Message: "Alleen de docent markeert een opdracht als klaar.");
        if (AssignmentRules.ValidateFeedback(request) is { Count: > 0 } errors) return new(AssignmentWriteStatus.Invalid, Errors: errors);

        var now = time.GetUtcNow();
        var outcome = await writer.WriteAsync(new FeedbackChange
        {
            ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, AssignmentId = id, Done = request.Done == true,
            Feedback = new StoredFeedback { Id = Guid.CreateVersion7(now), ByTeacher = caller.Teaches(current.Cohort), Text = request.Text!.Trim() },
        });
        return outcome.Status == ChangeStatus.NotFound
            ? new(AssignmentWriteStatus.NotFound, Message: $"Er is geen ingeleverde opdracht {id}.")
            : new(AssignmentWriteStatus.Stored, (StoredAssignment)outcome.Written!);
    }

    /// <summary>The hand-in with this id, or <c>null</c>.</summary>
    public StoredAssignment? Find(Guid id) => db.Assignments.FindById(id);

    /// <summary>The caller's own work on a module, or <c>null</c>.</summary>
    public StoredAssignment? Mine(Caller caller, string module) =>
        db.Assignments.FindOne(a => a.ParticipantKeyId == caller.KeyId && a.Module == module);

    /// <summary>The caller's own work on every module.</summary>
    public IReadOnlyList<StoredAssignment> Mine(Caller caller) => db.Assignments.Find(a => a.ParticipantKeyId == caller.KeyId).ToArray();

    /// <summary>The hand-ins of the caller's cohort in a module that the caller may read, other than their own; oldest first.</summary>
    public IReadOnlyList<StoredAssignment> OfCohort(Caller caller, string module) =>
        db.Assignments.Find(a => a.Module == module)
            .Where(a => a.ParticipantKeyId != caller.KeyId && MayRead(a, caller))
            .OrderBy(a => a.Versions.First(v => v.HandedIn).SavedAt).ToArray();

    /// <summary>Every hand-in of a teacher's cohort, for the progress table.</summary>
    public IReadOnlyList<StoredAssignment> OfCohort(string cohort) =>
        db.Assignments.FindAll().Where(a => string.Equals(a.Cohort.Trim(), cohort.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();

    /// <summary>
    /// Whether <paramref name="caller"/> may read <paramref name="a"/>: its author always; the cohort's teacher once
    /// something is handed in; the cohort's participants once it is also shared.
    /// </summary>
    public static bool MayRead(StoredAssignment a, Caller caller) =>
        caller.KeyId == a.ParticipantKeyId
        || (a.Versions.Any(v => v.HandedIn) && (caller.Teaches(a.Cohort) || (a.SharedAt is not null && caller.MayPractise && caller.InCohort(a.Cohort))));

    /// <summary>Peers comment on a shared hand-in, the teacher on any hand-in of the cohort; nobody on their own.</summary>
    public static bool MayComment(StoredAssignment a, Caller caller) => caller.KeyId != a.ParticipantKeyId && MayRead(a, caller);
}
