using System.Globalization;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Site.Forms;

/// <summary>
/// The reflection form filled in from the latest reflection, so a frontrunner changes what changed instead
/// of typing some forty fields again. What describes the experiment (goals, working core, open barriers and
/// learning questions, route, sustainment) is carried over; what belongs to one cycle (what was observed and
/// learned, the test's result, the challenges of the period) starts empty.
/// </summary>
public static class ReflectionPrefill
{
    /// <summary>Suggested values for cycle <c>latest.Cycle + 1</c>, covering the days since the latest period up to <paramref name="today"/>.</summary>
    public static FormState From(Experiment experiment, Reflection latest, DateOnly today)
    {
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Set(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) values[name] = [value];
        }

        Set("cycle", Number(latest.Cycle + 1));
        Set("date", Day(today));
        var start = latest.PeriodEnd.AddDays(1);
        Set("periodStart", Day(start <= today ? start : today));
        Set("periodEnd", Day(today));
        values["rolesPresent"] = latest.RolesPresent.Select(r => r.ToCode()).ToArray();
        Set("stage", latest.Stage.ToCode());
        Set("xCurve", latest.XCurve.ToCode());

        Set("hypothesis.weBelieve", latest.Hypothesis.WeBelieve);
        Set("hypothesis.toVerify", latest.Hypothesis.ToVerify);
        Set("hypothesis.weMeasure", latest.Hypothesis.WeMeasure);
        Set("hypothesis.weAreRightIf", latest.Hypothesis.WeAreRightIf);

        // Goal rows follow the experiment's goals (ReflectionFields), so each is matched by id.
        for (var i = 0; i < experiment.Goals.Count; i++)
            if (latest.Goals.FirstOrDefault(g => g.GoalId == experiment.Goals[i].Id) is { } measured)
            {
                Set($"goals[{i}].targetGroup", measured.TargetGroup);
                Set($"goals[{i}].current", Number(measured.Current));
            }
        Set("dataReliability", latest.DataReliability.ToCode());
        Set("evidenceLevel", Number((int)latest.EvidenceLevel));

        Set("workingCore.fixed", latest.WorkingCore.Fixed);
        Set("workingCore.variable", latest.WorkingCore.Variable);
        for (var i = 0; i < latest.Contexts.Count; i++)
        {
            Set($"contexts[{i}].area", latest.Contexts[i].Area);
            Set($"contexts[{i}].direction", latest.Contexts[i].Direction.ToCode());
        }
        // Only what still stands: a solved barrier or an answered question needs no new row.
        var barriers = latest.Barriers.Where(b => b.Status != BarrierStatus.Solved).ToArray();
        for (var i = 0; i < barriers.Length; i++)
        {
            Set($"barriers[{i}].kind", barriers[i].Kind.ToCode());
            Set($"barriers[{i}].level", barriers[i].Level.ToCode());
            Set($"barriers[{i}].status", barriers[i].Status.ToCode());
            Set($"barriers[{i}].description", barriers[i].Description);
            Set($"barriers[{i}].id", barriers[i].Id);
        }
        var questions = latest.LearningQuestions.Where(q => q.Status == LearningQuestionStatus.Open).ToArray();
        for (var i = 0; i < questions.Length; i++)
        {
            Set($"learningQuestions[{i}].question", questions[i].Question);
            Set($"learningQuestions[{i}].status", questions[i].Status.ToCode());
            Set($"learningQuestions[{i}].id", questions[i].Id);
        }

        Set("route.route", latest.Route.Route.ToCode());
        Set("route.ruleChangesNeeded", string.Join('\n', latest.Route.RuleChangesNeeded));
        Set("route.exnovation", latest.Route.Exnovation);
        Set("sustainment.fundingSource", latest.Sustainment.FundingSource);
        Set("sustainment.fundingEndDate", latest.Sustainment.FundingEndDate is { } end ? Day(end) : null);
        Set("sustainment.structuralOwner", latest.Sustainment.StructuralOwner);
        Set("sustainment.plan", latest.Sustainment.Plan.ToCode());
        Set("lessons.conditionsForSuccess", latest.Lessons.ConditionsForSuccess);
        Set("lessons.replication", latest.Lessons.Replication);
        if (latest.ProcessEvaluationDone) Set("processEvaluationDone", "true");
        return FormState.Prefilled(values);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
