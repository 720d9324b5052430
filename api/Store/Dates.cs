namespace TransitionLab.Api.Store;

/// <summary>
/// LiteDB has no date-only type and maps <see cref="DateOnly"/> badly, so dates are stored as
/// <see cref="DateTime"/> at midnight UTC and converted back here, nowhere else.
/// </summary>
public static class Dates
{
    /// <summary>Date → midnight UTC.</summary>
    public static DateTime ToStored(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Optional date → optional midnight UTC.</summary>
    public static DateTime? ToStored(DateOnly? date) => date is { } d ? ToStored(d) : null;

    /// <summary>Stored midnight (any kind LiteDB hands back) → date.</summary>
    public static DateOnly ToDomain(DateTime stored) => DateOnly.FromDateTime(stored.Kind == DateTimeKind.Local ? stored.ToUniversalTime() : stored);

    /// <summary>Optional stored midnight → optional date.</summary>
    public static DateOnly? ToDomain(DateTime? stored) => stored is { } s ? ToDomain(s) : null;
}
