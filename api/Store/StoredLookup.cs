using System.Collections.Frozen;

namespace TransitionLab.Api.Store;

/// <summary>
/// A read-only copy of one small, rarely written collection (keys, experiments), keyed by an exact string and
/// held in memory: a LiteDB query per request cost more than the rest of a request. Whoever writes the
/// collection calls <see cref="Forget"/> after the write; the next lookup reads the collection again.
/// </summary>
/// <remarks>
/// Reading and forgetting both run under <see cref="Database.Exclusive{T}"/>, so a copy read while a write was
/// still open can never outlive that write's <see cref="Forget"/>.
/// </remarks>
public sealed class StoredLookup<TRecord>(Database db, Func<Database, IEnumerable<TRecord>> read, Func<TRecord, string> keyOf) : IForgetsOnRollback
{
    private FrozenDictionary<string, TRecord>? _byKey;

    /// <summary>The record whose key is exactly <paramref name="key"/> (ordinal), or <c>null</c>.</summary>
    public TRecord? Find(string key) => All.GetValueOrDefault(key);

    /// <summary>Every record by key. The records are shared: treat them as read-only.</summary>
    public IReadOnlyDictionary<string, TRecord> All =>
        Volatile.Read(ref _byKey) ?? db.Exclusive(() => _byKey ??= read(db).ToFrozenDictionary(keyOf, StringComparer.Ordinal));

    /// <summary>Forgets the copy; call once a write to the collection has committed (or inside its transaction).</summary>
    public void Forget() => db.Exclusive(() => _byKey = null);
}
