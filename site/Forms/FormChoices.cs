using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Forms;

/// <summary>The options of every select in the reflection form: codes the API accepts, labels people read.</summary>
public static class FormChoices
{
    /// <summary>Options for an enum: its kebab-case code and its Dutch label.</summary>
    public static IReadOnlyList<(string Value, string Text)> Of<T>(Func<T, string> label) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (v.ToCode(), label(v))).ToArray();

    /// <summary>Evidence levels by their number, as the API expects them.</summary>
    public static IReadOnlyList<(string Value, string Text)> EvidenceLevels { get; } =
        Enum.GetValues<EvidenceLevel>().Select(l => (((int)l).ToString(System.Globalization.CultureInfo.InvariantCulture), $"{(int)l} – {DutchLabels.For(l)}")).ToArray();

    /// <summary>Decisions at the end of a learning loop.</summary>
    public static IReadOnlyList<(string Value, string Text)> Decisions { get; } = Of<LoopDecision>(DutchLabels.For);
    public static IReadOnlyList<(string Value, string Text)> Results { get; } = Of<HypothesisResult>(DutchLabels.For);
    public static IReadOnlyList<(string Value, string Text)> Stages { get; } = Of<LifecycleStage>(DutchLabels.For);
    public static IReadOnlyList<(string Value, string Text)> XCurve { get; } = Of<XCurvePosition>(DutchLabels.For);
    public static IReadOnlyList<(string Value, string Text)> Reliability { get; } = Of<DataReliability>(DutchLabels.For);
    public static IReadOnlyList<(string Value, string Text)> Directions { get; } = Of<OutcomeDirection>(DutchLabels.For);
    /// <summary>Barrier kinds (the taxonomy).</summary>
    public static IReadOnlyList<(string Value, string Text)> BarrierKinds { get; } = Of<BarrierKind>(DutchLabels.For);
    public static IReadOnlyList<(string Value, string Text)> BarrierLevels { get; } = Of<BarrierLevel>(DutchLabels.For);
    public static IReadOnlyList<(string Value, string Text)> BarrierStatuses { get; } = Of<BarrierStatus>(DutchLabels.For);
    /// <summary>Learning question statuses.</summary>
    public static IReadOnlyList<(string Value, string Text)> QuestionStatuses { get; } = Of<LearningQuestionStatus>(DutchLabels.For);
    /// <summary>Routes to the mainstream.</summary>
    public static IReadOnlyList<(string Value, string Text)> Routes { get; } = Of<ScalingRoute>(DutchLabels.For);
    /// <summary>Structural plan statuses.</summary>
    public static IReadOnlyList<(string Value, string Text)> Plans { get; } = Of<StructuralPlanStatus>(DutchLabels.For);
    public static IReadOnlyList<(string Value, string Text)> Roles { get; } = Of<ParticipantRole>(DutchLabels.For);
}
