using LiteDB;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Decisions;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Content;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Tests;

/// <summary>Every stored type survives a trip through a real LiteDB, dates included.</summary>
public class StoredMappingTests
{
    private static Database NewDatabase() => new(new LiteDatabase(new MemoryStream(), Database.CreateMapper()));

    private static Reflection SampleReflection() => new()
    {
        Id = Guid.NewGuid(), Revision = 2, ExperimentSlug = ApiFactory.Alpha, Cycle = 3,
        Date = new DateOnly(2025, 12, 31), PeriodStart = new DateOnly(2025, 7, 1), PeriodEnd = new DateOnly(2025, 12, 30),
        RolesPresent = [ParticipantRole.Frontrunner, ParticipantRole.Resident], Stage = Core.Experiments.LifecycleStage.Consolidation,
        XCurve = Core.Experiments.XCurvePosition.Acceleration,
        Hypothesis = new Hypothesis("a", "b", "c", "d", HypothesisResult.Refuted),
        Loop = new LearningLoop("e", "f", "g", LoopDecision.Pivot),
        Goals = [new GoalMeasurement("doel", "groep", 40.5m, 20m, 31.25m)],
        PeopleReached = 12, DataReliability = DataReliability.High, EvidenceLevel = EvidenceLevel.GoodIndications,
        WorkingCore = new WorkingCore("vast deel van de aanpak", "variabel"),
        Contexts = [new ContextOutcome("Noord", OutcomeDirection.Negative)],
        Barriers = [new ReportedBarrier(BarrierKind.ProcurementAndMarketForces, BarrierLevel.Regime, BarrierStatus.WorkedAround, "inkoop", new DateOnly(2024, 2, 29)) { Id = "a1b2-b0" }],
        LearningQuestions = [new LearningQuestion("vraag?", LearningQuestionStatus.Answered, new DateOnly(2023, 1, 1)) { Id = "a1b2-q0" }],
        Route = new MainstreamRoute(ScalingRoute.StretchAndTransform, ["Inkoopregels"], "ex"),
        Sustainment = new Sustainment("bron", new DateOnly(2026, 6, 30), null, StructuralPlanStatus.Agreed),
        Lessons = new Lessons("h", "i", "j", "k"), ProcessEvaluationDone = true,
        RecordedAt = new DateTimeOffset(2025, 12, 31, 10, 30, 0, TimeSpan.Zero), RecordedBy = "key_1",
    };

    [Fact]
    public void Reflection_round_trips_through_litedb()
    {
        using var db = NewDatabase();
        var original = SampleReflection();
        db.ReflectionRevisions.Insert(original.ToStored());
        var back = db.ReflectionRevisions.FindById(ReflectionMapping.RevisionKey(original.Id, 2)).ToDomain();
        Assert.Equal(original.AsDto() with { }, back.AsDto(), new JsonEquality<ReflectionDto>());
    }

    [Fact]
    public void Experiment_round_trips_through_litedb()
    {
        var catalogue = ContentLoader.Load(ApiFactory.ContentFolder).Catalogue;
        using var db = NewDatabase();
        foreach (var e in catalogue.Experiments) db.Experiments.Insert(e.ToStored(ExperimentMapping.ContentSource, e.Source));
        foreach (var e in catalogue.Experiments)
        {
            var back = db.Experiments.FindById(e.Slug).ToDomain();
            Assert.Equal(e.StartDate, back.StartDate);
            Assert.Equal(e.Funding, back.Funding);
            Assert.Equal(e.Goals, back.Goals);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(e, ApiFactory.Json), System.Text.Json.JsonSerializer.Serialize(back, ApiFactory.Json));
        }
    }

    [Fact]
    public void Decision_round_trips_through_litedb()
    {
        using var db = NewDatabase();
        var request = new DecisionRequest { Kind = DecisionKind.Mainstreamed, DecidedBy = "College", DecidedOn = new DateOnly(2024, 2, 29), Rationale = "r", Owner = "o", BudgetLine = "b", StartDate = new DateOnly(2025, 1, 1) };
        var stored = request.ToStored(Guid.NewGuid(), ApiFactory.Beta, 3, "key_1", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), DecisionLevel.Region, "Jeugdregio Alphen");
        db.Decisions.Insert(stored);
        var back = db.Decisions.FindById(stored.Id);
        Assert.Equal(stored.AsDto(), back.AsDto() with { });
        Assert.Equal(new DateOnly(2024, 2, 29), back.AsDto().DecidedOn);
        Assert.Equal((DecisionLevel.Region, "Jeugdregio Alphen"), (back.AsDto().Level, back.AsDto().Area));
        Assert.Equal(stored.ETag(), back.ETag());
    }

    [Fact]
    public void Key_and_audit_round_trip_through_litedb()
    {
        using var db = NewDatabase();
        // LiteDB keeps DateTime to the millisecond, so the test uses a whole second.
        var issued = TestKeys.Issue(db, KeyRole.Steward, [], "Alphen", new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero), "test");
        var found = ApiKeys.Find(db, issued.Secret)!;
        Assert.Equal(issued.Stored.AsDto(), found.AsDto(), new JsonEquality<KeyDto>());
        Assert.True(ApiKeys.Revoke(db, found.Id, DateTimeOffset.UtcNow));
        Assert.NotNull(db.Keys.FindById(found.Id).RevokedAt);

        var regional = TestKeys.Issue(db, KeyRole.Steward, [], null, new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero), "test",
            scope: StewardScope.ForRegion("Jeugdregio Alphen", ["Alphen", "Kaag"]));
        Assert.True(ApiKeys.Revoke(db, regional.Stored.Id, DateTimeOffset.UtcNow));
        var revoked = db.Keys.FindById(regional.Stored.Id);
        Assert.Equal((DecisionLevel.Region, "Jeugdregio Alphen"), (revoked.Level, revoked.Region));
        Assert.Equal(["Alphen", "Kaag"], revoked.RegionMunicipalities);

        Audit.AuditLog.AppendAudit(db, "key_1", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), "test", "x");
        var entry = db.Audit.FindOne(a => a.Action == "test");
        Assert.Equal(("key_1", "x", new DateTime(2025, 1, 1)), (entry.KeyId, entry.Target, entry.At.ToUniversalTime()));
    }

    [Fact]
    public void Reflection_head_round_trips_with_an_assigned_order()
    {
        using var db = NewDatabase();
        var id = Guid.NewGuid();
        db.ReflectionHeads.Insert(new StoredReflectionHead { ReflectionId = id, ExperimentSlug = "x", LatestRevision = 4 });
        var back = db.ReflectionHeads.FindOne(h => h.ReflectionId == id);
        Assert.True(back.Id > 0);
        Assert.Equal(("x", 4), (back.ExperimentSlug, back.LatestRevision));
    }

    [Fact]
    public void Text_is_stored_exactly_as_written()
    {
        using var db = NewDatabase();
        db.Experiments.Insert(new StoredExperiment { Id = "x", Title = "  spaties  ", Summary = "" });
        var back = db.Experiments.FindById("x");
        Assert.Equal(("  spaties  ", ""), (back.Title, back.Summary));
    }

    /// <summary>Records holding lists compare by reference; their JSON shows real equality.</summary>
    private sealed class JsonEquality<T> : IEqualityComparer<T>
    {
        public bool Equals(T? x, T? y) => System.Text.Json.JsonSerializer.Serialize(x, ApiFactory.Json) == System.Text.Json.JsonSerializer.Serialize(y, ApiFactory.Json);
        public int GetHashCode(T obj) => 0;
    }
}

/// <summary>Own cases survive a trip through a real LiteDB.</summary>
public class StoredOwnCaseMappingTests
{
    [Fact]
    public void Own_case_round_trips_through_litedb()
    {
        var db = new Database(new LiteDatabase(new MemoryStream(), Database.CreateMapper()));
        var request = new Course.Cases.OwnCaseRequest
        {
            Title = " Buurtbudget ", Municipality = "Zwolle", Summary = "Bewoners beslissen mee.", Region = "Overijssel", Themes = ["jeugd"],
            Status = "running", StartDate = "2025-03-01", Funding = new DraftFunding("Projectsubsidie", "2026-12-31"), Frontrunners = ["Wijkteam"],
            Goals = [new DraftGoal("minder-schulden", "Minder schulden", "Gezinnen", "aantal", 40, 20)], XCurve = "take-off", Stage = "pilot", Body = "Tekst\n",
        };
        var stored = Course.Cases.OwnCaseMapping.ToStored(request, Guid.NewGuid(), "Najaar", "key_1", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        db.CourseCases.Insert(stored);

        var back = db.CourseCases.FindById(stored.Id);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(Course.Cases.OwnCaseMapping.AsDto(stored), ApiFactory.Json),
            System.Text.Json.JsonSerializer.Serialize(Course.Cases.OwnCaseMapping.AsDto(back), ApiFactory.Json));
        Assert.Equal(("Buurtbudget", "Tekst"), (back.Title, back.Body));
    }
}
