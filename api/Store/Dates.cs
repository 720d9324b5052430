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

    /// <summary>Instant → what LiteDB keeps: UTC, to the millisecond.</summary>
    public static DateTime ToStored(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }

    /// <summary>Instant truncated the way the store keeps it, so a 201 answer equals a later read.</summary>
    public static DateTimeOffset AsStored(DateTimeOffset instant) => new(ToStored(instant));

    /// <summary>Stored instant (LiteDB hands back local time) → UTC instant.</summary>
    public static DateTimeOffset ToInstant(DateTime stored) =>
        new(DateTime.SpecifyKind(stored.Kind == DateTimeKind.Local ? stored.ToUniversalTime() : stored, DateTimeKind.Utc));
}
