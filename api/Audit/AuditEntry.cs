using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Audit;

/// <summary>One write, recorded: who (key id), when, what.</summary>
public sealed class AuditEntry
{
    public ObjectId Id { get; init; } = ObjectId.NewObjectId();
    /// <summary>Key id of the writer.</summary>
    public string KeyId { get; init; } = "";
    public DateTime At { get; init; }
    /// <summary>What was done, e.g. <c>reflection.create</c>.</summary>
    public string Action { get; init; } = "";
    /// <summary>What it was done to, e.g. a reflection id.</summary>
    public string Target { get; init; } = "";
}

/// <summary>Writes audit entries.</summary>
public static class AuditLog
{
    /// <summary>Appends one write to the audit log; call inside the write's transaction.</summary>
    public static void AppendAudit(this Database db, string keyId, DateTimeOffset at, string action, string target) =>
        db.Audit.Insert(new AuditEntry { KeyId = keyId, At = Dates.ToStored(at), Action = action, Target = target });
}
