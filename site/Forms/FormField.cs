namespace TransitionLab.Site.Forms;

/// <summary>
/// One labelled input, textarea or select of a form, with what the posted <see cref="State"/> says about
/// it. Rendered by <see cref="FieldMarkup.Render"/> into its form's render tree, not as a component of its
/// own: a reflection form has some sixty fields on every experiment page, and a component each cost
/// more than the rest of the page.
/// </summary>
/// <param name="name">The field's name: the JSON path of the API's request body.</param>
/// <param name="label">The visible label.</param>
/// <param name="state">What was posted and what was wrong with it.</param>
public sealed class FormField(string name, string label, FormState state)
{
    /// <summary>The field's name: the JSON path of the API's request body.</summary>
    public string Name { get; } = name;
    /// <summary>The visible label.</summary>
    public string Label { get; } = label;
    /// <summary>What was posted and what was wrong with it.</summary>
    public FormState State { get; } = state;
    /// <summary>Input type (<c>text</c>, <c>number</c>, <c>date</c>) or <c>textarea</c>.</summary>
    public string Type { get; init; } = "text";
    /// <summary>Value shown when nothing was posted.</summary>
    public string Default { get; init; } = "";
    /// <summary>Help text under the label.</summary>
    public string? Hint { get; init; }
    /// <summary>Whether the field must be filled in.</summary>
    public bool Required { get; init; }
    /// <summary>Rows of a textarea.</summary>
    public int Rows { get; init; } = 3;
    /// <summary>Maximum length of text; none when <c>null</c>.</summary>
    public int? MaxLength { get; init; } = 4000;
    /// <summary>The options of a select; a plain input when <c>null</c>.</summary>
    public IReadOnlyList<(string Value, string Text)>? Options { get; init; }
    /// <summary>A select's options under headings (<c>optgroup</c>), after <see cref="Options"/>; for a long choice made short.</summary>
    public IReadOnlyList<OptionGroup>? OptionGroups { get; init; }

    /// <summary>The element's HTML id.</summary>
    public string Id { get; } = FormState.IdOf(name);
    /// <summary>The field's error messages.</summary>
    public IReadOnlyList<string> Errors { get; } = state.ErrorsOf(name);
    /// <summary>The posted value, else <see cref="Default"/>.</summary>
    public string Value => State.Value(Name, Default);
    /// <summary>The <c>aria-describedby</c> targets: the error first when there is one, then the hint.</summary>
    public string? DescribedBy =>
        string.Join(" ", new[] { Errors.Count > 0 ? FormState.ErrorId(Name) : null, Hint is null ? null : Id + "-hint" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
    /// <summary>
    /// The type the input is rendered with: <see cref="Type"/>, unless the posted value is one that type cannot hold
    /// ("x" in a number field, 2026-13-40 in a date field). Then a text field shows it, so the person sees what they
    /// sent beside the error; a number or date input would drop it, and HTML does not allow it there.
    /// </summary>
    public string InputType => Type switch
    {
        "number" when Value.Length > 0 && !HtmlValues.IsNumber(Value) => "text",
        "date" when Value.Length > 0 && !HtmlValues.IsDate(Value) => "text",
        _ => Type,
    };
    /// <summary><c>aria-invalid</c>: present only on a field with errors.</summary>
    public string? Invalid => Errors.Count > 0 ? "true" : null;
}

/// <summary>Options of a select under one heading.</summary>
/// <param name="Label">The heading.</param>
/// <param name="Options">Value and text of each option.</param>
public sealed record OptionGroup(string Label, IReadOnlyList<(string Value, string Text)> Options);
