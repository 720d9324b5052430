using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>How filing or correcting a reflection ended.</summary>
public enum ReflectionWriteStatus
{
    /// <summary>Stored and on disk; <see cref="ReflectionWrite.Reflection"/> is what was stored.</summary>
    Stored,
    /// <summary>A retry with the same Idempotency-Key and request; <see cref="ReflectionWrite.Reflection"/> is the original.</summary>
    Repeated,
    /// <summary>No such experiment or reflection.</summary>
    NotFound,
    /// <summary>The key may not write for this experiment.</summary>
    Forbidden,
    /// <summary>The content breaks the rules; see <see cref="ReflectionWrite.Errors"/>.</summary>
    Invalid,
    /// <summary>The Idempotency-Key header is not usable.</summary>
    BadIdempotencyKey,
    /// <summary>The Idempotency-Key was used before for another request.</summary>
    IdempotencyKeyReused,
}

/// <summary>The result of <see cref="StoredReflections.CreateAsync"/> or <see cref="StoredReflections.CorrectAsync"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Reflection">The stored (or original) reflection when it was stored or repeated.</param>
/// <param name="Errors">Errors by JSON path when invalid.</param>
/// <param name="Detail">A Dutch sentence for the user when it failed.</param>
public sealed record ReflectionWrite(ReflectionWriteStatus Status, Reflection? Reflection, IReadOnlyDictionary<string, string[]>? Errors, string? Detail)
{
    internal static ReflectionWrite Fail(ReflectionWriteStatus status, string detail) => new(status, null, null, detail);

    internal static ReflectionWrite Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(ReflectionWriteStatus.Invalid, null, errors, "De reflectie is niet opgeslagen; zie 'errors' per veld.");
}
