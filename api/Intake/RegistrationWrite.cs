namespace TransitionLab.Api.Intake;

/// <summary>How a step of the intake ended.</summary>
public enum RegistrationWriteStatus
{
    /// <summary>Stored and on disk; <see cref="RegistrationWrite.Registration"/> is what was stored.</summary>
    Stored,
    /// <summary>No such registration.</summary>
    NotFound,
    /// <summary>The key may not do this.</summary>
    Forbidden,
    /// <summary>The content breaks the rules; see <see cref="RegistrationWrite.Errors"/>.</summary>
    Invalid,
    /// <summary>The slug is taken, or the registration is not in a state that allows this step.</summary>
    Conflict,
}

/// <summary>The result of a step of <see cref="Registrations"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Registration">The registration as stored, when it was.</param>
/// <param name="Errors">Errors by draft field (JSON path) when invalid.</param>
/// <param name="Detail">A Dutch sentence for the user when it failed.</param>
public sealed record RegistrationWrite(RegistrationWriteStatus Status, StoredRegistration? Registration, IReadOnlyDictionary<string, string[]>? Errors, string? Detail)
{
    internal static RegistrationWrite Fail(RegistrationWriteStatus status, string detail) => new(status, null, null, detail);

    internal static RegistrationWrite Invalid(IReadOnlyDictionary<string, string[]> errors, string detail) => new(RegistrationWriteStatus.Invalid, null, errors, detail);
}
