using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Text;

namespace TransitionLab.Api.Course.AgendaDrafts;

/// <summary>
/// The rules of practice drafts of agenda items, for the JSON API and the module page's form alike: a participant
/// drafts one in a module; they and the teacher of their cohort read it back; nobody else does.
/// </summary>
public sealed class AgendaDrafts(Database db, StoreWriter writer, TimeProvider time)
{
    /// <summary>
    /// Checks a draft the way a steward's agenda item is checked (the same limits, and the free-text guard against personal
    /// data and unreadable characters) and stores it through the journal; the errors are keyed by the request's JSON paths.
    /// </summary>
    public async Task<(StoredAgendaDraft? Draft, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(CourseModule module, AgendaDraftRequest request, Caller caller)
    {
        if (Validate(request) is { Count: > 0 } errors) return (null, errors);
        var now = time.GetUtcNow();
        var stored = request.ToStored(Guid.CreateVersion7(now), module.Slug, caller.Cohort!.Trim(), caller.KeyId, now);
        await writer.WriteAsync(new CreateAgendaDraftChange { ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, Draft = stored });
        return (stored, new Dictionary<string, string[]>());
    }

    /// <summary>A participant's own drafts in a module, newest first.</summary>
    public IReadOnlyList<StoredAgendaDraft> Mine(Caller caller, string? module = null) =>
        Newest(db.AgendaDrafts.Find(d => d.ParticipantKeyId == caller.KeyId).Where(d => module is null || d.Module == module));

    /// <summary>The drafts of a teacher's cohort in a module, newest first.</summary>
    public IReadOnlyList<StoredAgendaDraft> OfCohort(Caller caller, string module) =>
        Newest(db.AgendaDrafts.Find(d => d.Module == module).Where(d => caller.Teaches(d.Cohort)));

    /// <summary>Errors by JSON path; empty when the draft may be stored.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(AgendaDraftRequest r)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Text(string path, string? value, int max, string missing)
        {
            if (string.IsNullOrWhiteSpace(value)) errors[path] = [missing];
            else if (value.Trim().Length > max) errors[path] = [$"Gebruik hoogstens {max} tekens."];
        }
        Text("belemmering", r.Belemmering, Agenda.AgendaMapping.NameMax, "Noem de belemmering die moet veranderen.");
        if (r.Level is null) errors["level"] = ["Kies wie het kan veranderen: gemeente, regio of Rijk."];
        Text("owner", r.Owner, Agenda.AgendaMapping.NameMax, "Noem wie de verandering trekt: een organisatie of rol, geen persoon.");
        Text("decisionMoment", r.DecisionMoment, Agenda.AgendaMapping.NameMax, "Noem het volgende besluitmoment, bijvoorbeeld de voorjaarsnota.");
        Text("change", r.Change, Agenda.AgendaMapping.TextMax, "Beschrijf wat er moet veranderen.");
        foreach (var finding in FreeTextGuard.Check([("belemmering", r.Belemmering), ("owner", r.Owner), ("decisionMoment", r.DecisionMoment), ("change", r.Change)]))
            errors[finding.Path] = [finding.Message];
        return errors;
    }

    private static StoredAgendaDraft[] Newest(IEnumerable<StoredAgendaDraft> items) =>
        items.OrderByDescending(d => d.RecordedAt).ThenBy(d => d.Id).ToArray();
}
