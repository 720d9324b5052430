namespace TransitionLab.Core.Course;

/// <summary>The shape of a module's hand-in: the exercise it fits. Written in a module's front matter as <c>exercise_form</c>.</summary>
public enum ExerciseKind
{
    /// <summary>One free text: a module without a form of its own.</summary>
    Text,
    /// <summary>A rule or purchasing agreement of one's own municipality and how it keeps the regime in place.</summary>
    RegimeRule,
    /// <summary>The three levels (landscape, regime, niche) around one experiment, two forces each.</summary>
    ThreeLevels,
    /// <summary>Three experiments placed on the X-curve, each with the tipping point it needs.</summary>
    XCurve,
    /// <summary>A hypothesis in its four parts and who should be at the table.</summary>
    Hypothesis,
    /// <summary>The working core, what may vary, and the route to the mainstream.</summary>
    WorkingCore,
    /// <summary>A one-page decision note under fixed headings.</summary>
    DecisionNote,
}

/// <summary>How a field of a hand-in is entered.</summary>
public enum ExerciseFieldType
{
    /// <summary>Answered in a one-line field.</summary>
    Line,
    /// <summary>Answered in a text area of several lines.</summary>
    Text,
    /// <summary>A date, yyyy-mm-dd.</summary>
    Date,
    /// <summary>One of <see cref="ExerciseField.Options"/>.</summary>
    Choice,
}

/// <summary>One field of a hand-in, declared once: its name in the JSON body and the HTML form, its label, hint and rule.</summary>
/// <param name="Name">Key in the hand-in's <c>answers</c>, and the form field's name.</param>
/// <param name="Label">Dutch label; for a decision note also the heading it is shown under.</param>
/// <param name="Type">How it is entered.</param>
/// <param name="Required">Whether a hand-in (not a draft) needs it.</param>
/// <param name="MaxLength">Longest answer.</param>
/// <param name="Hint">Help under the label.</param>
/// <param name="Options">The choices of a <see cref="ExerciseFieldType.Choice"/> field: code and Dutch text.</param>
/// <param name="Group">The fieldset it belongs to (a level, an experiment); <c>null</c> for none.</param>
public sealed record ExerciseField(
    string Name, string Label, ExerciseFieldType Type = ExerciseFieldType.Text, bool Required = true, int MaxLength = 2000,
    string? Hint = null, IReadOnlyList<(string Value, string Text)>? Options = null, string? Group = null);

/// <summary>A module's hand-in form and what peers look at when they comment on one.</summary>
/// <param name="Kind">Which exercise it fits.</param>
/// <param name="Fields">The fields, in the order of the form.</param>
/// <param name="FeedbackPrompt">What a peer comments on, in plain Dutch.</param>
public sealed record ExerciseForm(ExerciseKind Kind, IReadOnlyList<ExerciseField> Fields, string FeedbackPrompt);
