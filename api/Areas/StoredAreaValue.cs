using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;
using TransitionLab.Core.Areas;

namespace TransitionLab.Api.Areas;

/// <summary>A steward's value of an area's shared goal for one year, as stored; a new value for the year replaces it.</summary>
public sealed class StoredAreaValue
{
    /// <summary><c>area/goal/year</c>.</summary>
    public string Id { get; init; } = "";
    /// <summary>Area slug.</summary>
    public string Area { get; init; } = "";
    public string GoalId { get; init; } = "";
    public int Year { get; init; }
    public decimal Value { get; init; }
    /// <summary>When it was recorded.</summary>
    public DateTime RecordedAt { get; init; }
    /// <summary>Key id that recorded it.</summary>
    public string RecordedBy { get; init; } = "";

    /// <summary>The document id of a goal's value in a year.</summary>
    public static string IdOf(string area, string goalId, int year) => $"{area}/{goalId}/{year}";

    /// <summary>Stored → domain.</summary>
    public AreaGoalValue ToDomain() => new(Area, GoalId, Year, Value, Dates.ToInstant(RecordedAt));
}

/// <summary>Records (or replaces) the value of an area's goal in one year; audited.</summary>
public sealed record SaveAreaValueChange : StoreChange
{
    /// <summary>The value to store.</summary>
    public required StoredAreaValue Value { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        var existed = db.AreaValues.FindById(Value.Id) is not null;
        db.AreaValues.Upsert(Value);
        db.AppendAudit(KeyId, At, "area-value.save", Value.Id);
        return new ChangeOutcome(existed ? ChangeStatus.Updated : ChangeStatus.Created, Value.Id, Value.ToDomain()) { AllPages = true };
    }
}
