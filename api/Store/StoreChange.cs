using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TransitionLab.Api.Store;

/// <summary>
/// One write to the store as it is journaled: what the caller asked for, with every value the caller fixed
/// (ids, time, key). Values that depend on the store's state (revision numbers, firstSeen dates, a decision's
/// version) are worked out in <see cref="Apply"/>, which runs on the journal's single writer in journal order,
/// so live application and replay after a crash meet the same state and give the same result. Each feature
/// registers its kinds of change with <see cref="StoreSchema.Change{TChange}"/>.
/// </summary>
public abstract record StoreChange
{
    /// <summary>Serializer options of the journal; a journal must be read with the options it was written with.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.General)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { StoreSchema.AddChangeKinds } },
    };

    /// <summary>Unique per change; marks it applied so a replay skips it.</summary>
    public required Guid ChangeId { get; init; }
    /// <summary>Key id of the writer.</summary>
    public required string KeyId { get; init; }
    /// <summary>When the request arrived.</summary>
    public required DateTimeOffset At { get; init; }
    /// <summary>The client's Idempotency-Key and a hash of its request, when it sent one.</summary>
    public IdempotencyClaim? Idempotency { get; init; }

    /// <summary>What applying did; set on the writer, read by the caller once the append completed.</summary>
    [JsonIgnore] public ChangeOutcome? Outcome { get; private set; }

    /// <summary>Applies the change inside the writer's transaction.</summary>
    public ChangeOutcome Apply(Database db)
    {
        // Checked here, on the single writer, so two concurrent retries with one key cannot both be filed.
        if (Idempotency is { } claim && StoredIdempotency.Find(db, KeyId, claim.Key) is { } seen)
            return Outcome = seen.RequestHash == claim.RequestHash
                ? new ChangeOutcome(ChangeStatus.Repeated, seen.Target)
                : new ChangeOutcome(ChangeStatus.KeyReused, seen.Target);

        var outcome = ApplyChange(db);
        if (outcome.Status is ChangeStatus.Created or ChangeStatus.Updated && Idempotency is { } first)
            db.Idempotency.Insert(new StoredIdempotency
            {
                Id = StoredIdempotency.IdOf(KeyId, first.Key), RequestHash = first.RequestHash, Target = outcome.Target, At = Dates.ToStored(At),
            });
        // A change that stored nothing (not found, stale, in conflict) leaves nothing behind, not even its marker: a
        // refused request must leave the store as it was, and a replay meets the same state and stores nothing again.
        if (NeedsMarker && outcome.Stored) db.AppliedChanges.Insert(new AppliedChange { Id = ChangeId, At = Dates.ToStored(At) });
        return Outcome = outcome;
    }

    /// <summary>Applies the change at start-up unless it reached the store before the crash.</summary>
    public void Replay(Database db)
    {
        if (!WasApplied(db)) Apply(db);
    }

    /// <summary>
    /// Whether the store already holds this change. A change that creates a record with an id of its own is
    /// recognised by that record; any other change leaves a marker in <see cref="Database.AppliedChanges"/>.
    /// </summary>
    protected virtual bool WasApplied(Database db) => db.AppliedChanges.FindById(ChangeId) is not null;

    /// <summary>Whether <see cref="WasApplied"/> needs the marker; false when the created record itself shows it.</summary>
    protected virtual bool NeedsMarker => true;

    /// <summary>The feature's own write.</summary>
    protected abstract ChangeOutcome ApplyChange(Database db);
}

/// <summary>An Idempotency-Key as journaled with its change.</summary>
/// <param name="Key">The client's key, scoped to its API key.</param>
/// <param name="RequestHash">SHA-256 of what was asked, so the same key with another body is refused.</param>
public sealed record IdempotencyClaim(string Key, string RequestHash);

/// <summary>How a change ended.</summary>
public enum ChangeStatus
{
    /// <summary>A new record was stored.</summary>
    Created,
    /// <summary>An existing record got a new revision or version.</summary>
    Updated,
    /// <summary>The Idempotency-Key was used before with the same request; <see cref="ChangeOutcome.Target"/> is the original result.</summary>
    Repeated,
    /// <summary>The Idempotency-Key was used before with another request.</summary>
    KeyReused,
    /// <summary>The record to change does not exist.</summary>
    NotFound,
    /// <summary>If-Match named a version that is no longer the latest.</summary>
    Stale,
    /// <summary>A replay met a change that was applied before the crash.</summary>
    AlreadyApplied,
    /// <summary>The record is not in a state that allows the change; <see cref="ChangeOutcome.Target"/> says why, in Dutch.</summary>
    Conflict,
}

/// <summary>The outcome of applying a change.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Target">What it wrote or found: <c>reflectionId/revision</c> or a decision id.</param>
/// <param name="Written">
/// The domain record as it now stands in the store (a reflection revision or a decision), when the change stored
/// one; lets the caller answer and the in-memory mirrors follow without reading the store again.
/// </param>
public sealed record ChangeOutcome(ChangeStatus Status, string Target, object? Written = null)
{
    /// <summary>Whether the change stored something (and so moved what is derived from the store).</summary>
    public bool Stored => Status is ChangeStatus.Created or ChangeStatus.Updated;

    /// <summary>
    /// The experiment whose public records (its page, its verdict) the change moved; <c>null</c> when it moved no
    /// public record, or all of them (<see cref="AllPages"/>).
    /// </summary>
    public string? Experiment { get; init; }

    /// <summary>
    /// Whether the change may have moved any public page: a catalogue import, a newly published experiment (it
    /// appears on indexes, themes and municipalities), the transition agenda or an area's values.
    /// </summary>
    public bool AllPages { get; init; }
}

/// <summary>Marks a change as applied.</summary>
public sealed class AppliedChange
{
    /// <summary>The change id.</summary>
    public Guid Id { get; init; }
    /// <summary>When it was asked for.</summary>
    public DateTime At { get; init; }
}

/// <summary>An Idempotency-Key remembered with the result it produced.</summary>
public sealed class StoredIdempotency
{
    /// <summary><c>keyId#sha256(idempotencyKey)</c>; see <see cref="IdOf"/>.</summary>
    public string Id { get; init; } = "";
    /// <summary>SHA-256 of the first request.</summary>
    public string RequestHash { get; init; } = "";
    /// <summary>What the first request produced.</summary>
    public string Target { get; init; } = "";
    public DateTime At { get; init; }

    /// <summary>
    /// Document id of a client's key: keys are per API key, so two callers cannot collide. LiteDB compares ids
    /// without case, and keys are exact ("AbC" and "abc" are two keys), so the key goes in as the lowercase hex of
    /// its hash, which has no case to lose.
    /// </summary>
    public static string IdOf(string keyId, string key) =>
        keyId + "#" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    /// <summary>The record of <paramref name="key"/>, also one stored before ids were hashed (<c>keyId:key</c>, matched exactly).</summary>
    public static StoredIdempotency? Find(Database db, string keyId, string key)
    {
        if (db.Idempotency.FindById(IdOf(keyId, key)) is { } found) return found;
        var legacy = keyId + ":" + key;
        return db.Idempotency.FindById(legacy) is { } old && string.Equals(old.Id, legacy, StringComparison.Ordinal) ? old : null;
    }
}
