using TransitionLab.Api.Store;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>The one place where reflections change shape: request → domain ↔ stored → DTO.</summary>
public static class ReflectionMapping
{
    /// <summary>Document id of one revision.</summary>
    public static string RevisionKey(Guid id, int revision) => $"{id:N}-{revision}";

    /// <summary>What every revision key of reflection <paramref name="id"/> starts with, and no other key does.</summary>
    public static string RevisionKeyPrefix(Guid id) => $"{id:N}-";

    /// <summary>
    /// Request → domain. Missing required values become errors by JSON path (422), not defaults,
    /// so an absent stage never silently reads as "idea".
    /// </summary>
    public static (Reflection Reflection, IReadOnlyDictionary<string, string[]> Missing) ToDomain(this ReflectionRequest q, Guid id, string experimentSlug)
    {
        var missing = new Dictionary<string, string[]>(StringComparer.Ordinal);
        T Need<T>(T? value, string path) where T : struct
        {
            if (value is null) missing[path] = ["Dit veld is verplicht."];
            return value ?? default;
        }
        T NeedObject<T>(T? value, string path, T empty) where T : class
        {
            if (value is null) missing[path] = ["Dit veld is verplicht."];
            return value ?? empty;
        }

        var h = NeedObject(q.Hypothesis, "hypothesis", new HypothesisDto(null, null, null, null, null));
        var l = NeedObject(q.Loop, "loop", new LearningLoopDto(null, null, null, null));
        var w = NeedObject(q.WorkingCore, "workingCore", new WorkingCoreDto(null, null));
        var route = NeedObject(q.Route, "route", new MainstreamRouteDto(null, null, null));
        var s = NeedObject(q.Sustainment, "sustainment", new SustainmentDto(null, null, null, null));
        var lessons = q.Lessons ?? new LessonsDto(null, null, null, null);
        var barriers = q.Barriers ?? [];
        var questions = q.LearningQuestions ?? [];
        var contexts = q.Contexts ?? [];

        var reflection = new Reflection
        {
            Id = id,
            ExperimentSlug = experimentSlug,
            Cycle = Need(q.Cycle, "cycle"),
            Date = Need(q.Date, "date"),
            PeriodStart = Need(q.PeriodStart, "periodStart"),
            PeriodEnd = Need(q.PeriodEnd, "periodEnd"),
            RolesPresent = q.RolesPresent ?? [],
            Stage = Need(q.Stage, "stage"),
            XCurve = Need(q.XCurve, "xCurve"),
            Hypothesis = new Hypothesis(h.WeBelieve ?? "", h.ToVerify ?? "", h.WeMeasure ?? "", h.WeAreRightIf ?? "",
                q.Hypothesis is null ? default : Need(h.Result, "hypothesis.result")),
            Loop = new LearningLoop(l.Observed ?? "", l.Learned ?? "", l.Therefore ?? "", q.Loop is null ? default : Need(l.Decision, "loop.decision")),
            Goals = (q.Goals ?? []).Select(g => new GoalMeasurement(g.GoalId ?? "", g.TargetGroup ?? "", g.Baseline, g.Target, g.Current, g.BusinessAsUsual)).ToArray(),
            PeopleReached = Need(q.PeopleReached, "peopleReached"),
            DataReliability = Need(q.DataReliability, "dataReliability"),
            EvidenceLevel = (EvidenceLevel)Need(q.EvidenceLevel, "evidenceLevel"),
            WorkingCore = new WorkingCore(w.Fixed ?? "", w.Variable ?? ""),
            Contexts = contexts.Select((c, i) => new ContextOutcome(c.Area ?? "", Need(c.Direction, $"contexts[{i}].direction"))).ToArray(),
            Barriers = barriers.Select((b, i) => new ReportedBarrier(Need(b.Kind, $"barriers[{i}].kind"), Need(b.Level, $"barriers[{i}].level"),
                Need(b.Status, $"barriers[{i}].status"), b.Description ?? "", default) { Id = b.Id?.Trim() ?? "" }).ToArray(),
            LearningQuestions = questions.Select((x, i) => new LearningQuestion(x.Question ?? "", Need(x.Status, $"learningQuestions[{i}].status"), default) { Id = x.Id?.Trim() ?? "" }).ToArray(),
            Route = new MainstreamRoute(q.Route is null ? default : Need(route.Route, "route.route"), route.RuleChangesNeeded ?? [], route.Exnovation ?? ""),
            Sustainment = new Sustainment(s.FundingSource ?? "", s.FundingEndDate, s.StructuralOwner, q.Sustainment is null ? default : Need(s.Plan, "sustainment.plan")),
            Lessons = new Lessons(lessons.Challenges ?? "", lessons.ConditionsForSuccess ?? "", lessons.Replication ?? "", lessons.LessonsLearned ?? ""),
            ProcessEvaluationDone = q.ProcessEvaluationDone ?? false,
        };
        return (reflection, missing);
    }

    /// <summary>Domain → stored.</summary>
    public static StoredReflection ToStored(this Reflection r) => new()
    {
        Id = RevisionKey(r.Id, r.Revision), ReflectionId = r.Id, Revision = r.Revision, ExperimentSlug = r.ExperimentSlug, Cycle = r.Cycle,
        Date = Dates.ToStored(r.Date), PeriodStart = Dates.ToStored(r.PeriodStart), PeriodEnd = Dates.ToStored(r.PeriodEnd),
        RolesPresent = r.RolesPresent.ToList(), Stage = r.Stage, XCurve = r.XCurve,
        Hypothesis = new()
        {
            WeBelieve = r.Hypothesis.WeBelieve, ToVerify = r.Hypothesis.ToVerify, WeMeasure = r.Hypothesis.WeMeasure,
            WeAreRightIf = r.Hypothesis.WeAreRightIf, Result = r.Hypothesis.Result,
        },
        Loop = new() { Observed = r.Loop.Observed, Learned = r.Loop.Learned, Therefore = r.Loop.Therefore, Decision = r.Loop.Decision },
        Goals = r.Goals.Select(g => new StoredGoalMeasurement { GoalId = g.GoalId, TargetGroup = g.TargetGroup, Baseline = g.Baseline, Target = g.Target, Current = g.Current, BusinessAsUsual = g.BusinessAsUsual }).ToList(),
        PeopleReached = r.PeopleReached, DataReliability = r.DataReliability, EvidenceLevel = (int)r.EvidenceLevel,
        CoreFixed = r.WorkingCore.Fixed, CoreVariable = r.WorkingCore.Variable,
        Contexts = r.Contexts.Select(c => new StoredContext { Area = c.Area, Direction = c.Direction }).ToList(),
        Barriers = r.Barriers.Select(b => new StoredBarrier { Id = b.Id, Kind = b.Kind, Level = b.Level, Status = b.Status, Description = b.Description, FirstSeen = Dates.ToStored(b.FirstSeen) }).ToList(),
        LearningQuestions = r.LearningQuestions.Select(x => new StoredQuestion { Id = x.Id, Question = x.Question, Status = x.Status, FirstSeen = Dates.ToStored(x.FirstSeen) }).ToList(),
        Route = r.Route.Route, RuleChangesNeeded = r.Route.RuleChangesNeeded.ToList(), Exnovation = r.Route.Exnovation,
        FundingSource = r.Sustainment.FundingSource, FundingEndDate = Dates.ToStored(r.Sustainment.FundingEndDate),
        StructuralOwner = r.Sustainment.StructuralOwner, Plan = r.Sustainment.Plan,
        Lessons = new()
        {
            Challenges = r.Lessons.Challenges, ConditionsForSuccess = r.Lessons.ConditionsForSuccess,
            Replication = r.Lessons.Replication, LessonsLearned = r.Lessons.LessonsLearned,
        },
        ProcessEvaluationDone = r.ProcessEvaluationDone, RecordedAt = Dates.ToStored(r.RecordedAt), RecordedBy = r.RecordedBy,
    };

    /// <summary>Stored → domain.</summary>
    public static Reflection ToDomain(this StoredReflection s) => new()
    {
        Id = s.ReflectionId, Revision = s.Revision, ExperimentSlug = s.ExperimentSlug, Cycle = s.Cycle,
        Date = Dates.ToDomain(s.Date), PeriodStart = Dates.ToDomain(s.PeriodStart), PeriodEnd = Dates.ToDomain(s.PeriodEnd),
        RolesPresent = s.RolesPresent, Stage = s.Stage, XCurve = s.XCurve,
        Hypothesis = new Hypothesis(s.Hypothesis.WeBelieve, s.Hypothesis.ToVerify, s.Hypothesis.WeMeasure, s.Hypothesis.WeAreRightIf, s.Hypothesis.Result),
        Loop = new LearningLoop(s.Loop.Observed, s.Loop.Learned, s.Loop.Therefore, s.Loop.Decision),
        Goals = s.Goals.Select(g => new GoalMeasurement(g.GoalId, g.TargetGroup, g.Baseline, g.Target, g.Current, g.BusinessAsUsual)).ToArray(),
        PeopleReached = s.PeopleReached, DataReliability = s.DataReliability, EvidenceLevel = (EvidenceLevel)s.EvidenceLevel,
        WorkingCore = new WorkingCore(s.CoreFixed, s.CoreVariable),
        Contexts = s.Contexts.Select(c => new ContextOutcome(c.Area, c.Direction)).ToArray(),
        Barriers = s.Barriers.Select(b => new ReportedBarrier(b.Kind, b.Level, b.Status, b.Description, Dates.ToDomain(b.FirstSeen)) { Id = b.Id ?? "" }).ToArray(),
        LearningQuestions = s.LearningQuestions.Select(x => new LearningQuestion(x.Question, x.Status, Dates.ToDomain(x.FirstSeen)) { Id = x.Id ?? "" }).ToArray(),
        Route = new MainstreamRoute(s.Route, s.RuleChangesNeeded, s.Exnovation),
        Sustainment = new Sustainment(s.FundingSource, Dates.ToDomain(s.FundingEndDate), s.StructuralOwner, s.Plan),
        Lessons = new Lessons(s.Lessons.Challenges, s.Lessons.ConditionsForSuccess, s.Lessons.Replication, s.Lessons.LessonsLearned),
        ProcessEvaluationDone = s.ProcessEvaluationDone,
        RecordedAt = Dates.ToInstant(s.RecordedAt),
        RecordedBy = s.RecordedBy,
    };

    /// <summary>Domain → DTO.</summary>
    public static ReflectionDto AsDto(this Reflection r) => new(
        r.Id, r.Revision, r.ExperimentSlug, r.Cycle, r.Date, r.PeriodStart, r.PeriodEnd, r.RolesPresent, r.Stage, r.XCurve,
        new HypothesisDto(r.Hypothesis.WeBelieve, r.Hypothesis.ToVerify, r.Hypothesis.WeMeasure, r.Hypothesis.WeAreRightIf, r.Hypothesis.Result),
        new LearningLoopDto(r.Loop.Observed, r.Loop.Learned, r.Loop.Therefore, r.Loop.Decision),
        r.Goals.Select(g => new GoalMeasurementDto(g.GoalId, g.TargetGroup, g.Baseline, g.Target, g.Current, g.BusinessAsUsual)).ToArray(),
        r.PeopleReached, r.DataReliability, (int)r.EvidenceLevel,
        new WorkingCoreDto(r.WorkingCore.Fixed, r.WorkingCore.Variable),
        r.Contexts.Select(c => new ContextOutcomeDto(c.Area, c.Direction)).ToArray(),
        r.Barriers.Select(b => new BarrierDto(b.Kind, b.Level, b.Status, b.Description, b.FirstSeen, b.Id)).ToArray(),
        r.LearningQuestions.Select(x => new LearningQuestionDto(x.Question, x.Status, x.FirstSeen, x.Id)).ToArray(),
        new MainstreamRouteDto(r.Route.Route, r.Route.RuleChangesNeeded, r.Route.Exnovation),
        new SustainmentDto(r.Sustainment.FundingSource, r.Sustainment.FundingEndDate, r.Sustainment.StructuralOwner, r.Sustainment.Plan),
        new LessonsDto(r.Lessons.Challenges, r.Lessons.ConditionsForSuccess, r.Lessons.Replication, r.Lessons.LessonsLearned),
        r.ProcessEvaluationDone, r.RecordedAt, r.RecordedBy);
}
