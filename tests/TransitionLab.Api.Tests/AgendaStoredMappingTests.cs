using LiteDB;
using TransitionLab.Api.Agenda;
using TransitionLab.Api.Areas;
using TransitionLab.Api.Store;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Tests;

/// <summary>The agenda's and areas' stored types survive a trip through a real LiteDB, dates included.</summary>
public class AgendaStoredMappingTests
{
    private static Database NewDatabase() => new(new LiteDatabase(new MemoryStream(), Database.CreateMapper()));

    [Fact]
    public void Agenda_item_round_trips_through_litedb()
    {
        using var db = NewDatabase();
        var item = new AgendaItem
        {
            Id = "landelijke-regels", Title = "Landelijke regels gaan voor maatwerk", Kinds = [BarrierKind.NationalRulesBeatLocalTailoring, BarrierKind.Silos],
            Blocks = [new Blockage(ApiFactory.Alpha, new DateOnly(2024, 2, 29), 3), new Blockage(ApiFactory.Beta, new DateOnly(2025, 1, 1), 1)],
            Level = ChangeLevel.National, Owner = "Ministerie van VWS", Status = AgendaStatus.Solved, StatusReason = "Wet aangepast",
            DecisionMoment = "Wetswijziging 2027", Changes = "Bekostiging per traject", Disposition = AgendaDisposition.Accepted,
            Version = 4, UpdatedAt = new DateTimeOffset(2026, 3, 1, 9, 15, 0, TimeSpan.Zero), ClosedOn = new DateOnly(2026, 3, 1),
        };
        db.Agenda.Insert(item.ToStored(4, "key_1", item.UpdatedAt!.Value));
        var back = db.Agenda.FindById(item.Id).ToDomain();
        Assert.Equal(item with { Kinds = back.Kinds, Blocks = back.Blocks }, back);
        Assert.Equal(item.Kinds, back.Kinds);
        Assert.Equal(item.Blocks, back.Blocks);
        Assert.Equal("\"landelijke-regels-4\"", back.ETag());
    }

    [Fact]
    public void Area_value_round_trips_through_litedb()
    {
        using var db = NewDatabase();
        var stored = new StoredAreaValue
        {
            Id = StoredAreaValue.IdOf("walcheren", "minder-uithuisplaatsingen", 2025), Area = "walcheren", GoalId = "minder-uithuisplaatsingen",
            Year = 2025, Value = 41.5m, RecordedAt = Dates.ToStored(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)), RecordedBy = "key_2",
        };
        db.AreaValues.Insert(stored);
        var back = db.AreaValues.FindById("walcheren/minder-uithuisplaatsingen/2025").ToDomain();
        Assert.Equal(new Core.Areas.AreaGoalValue("walcheren", "minder-uithuisplaatsingen", 2025, 41.5m, new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)), back);
    }
}
