namespace TransitionLab.Site.Forms;

/// <summary>
/// What a posted form held and what was wrong with it. Field names are the JSON paths of the API's
/// request body (<c>hypothesis.weBelieve</c>, <c>barriers[0].kind</c>), so the API's validation errors
/// land next to the field that caused them without a mapping table.
/// </summary>
public sealed class FormState
{
    private readonly IReadOnlyDictionary<string, string[]> _values;

    /// <summary>A state with posted values and errors per field.</summary>
    public FormState(IReadOnlyDictionary<string, string[]> values, IReadOnlyDictionary<string, string[]> errors)
    {
        _values = values;
        Errors = errors;
        WasPosted = values.Count > 0;
    }

    /// <summary>
    /// A fresh form with suggested values (the latest reflection's): not posted, so nothing is marked wrong
    /// and the browser still checks required fields before sending.
    /// </summary>
    public static FormState Prefilled(IReadOnlyDictionary<string, string[]> values) =>
        new(values, new Dictionary<string, string[]>()) { WasPosted = false };

    /// <summary>An empty form.</summary>
    public static FormState Empty { get; } = new(new Dictionary<string, string[]>(), new Dictionary<string, string[]>());

    /// <summary>Errors per field name (JSON path); the empty key holds errors about the whole form.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The first posted value of a field, or <paramref name="fallback"/>.</summary>
    public string Value(string name, string fallback = "") =>
        _values.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : fallback;

    /// <summary>Whether a checkbox or option with <paramref name="value"/> was posted for <paramref name="name"/>.</summary>
    public bool Has(string name, string value) => _values.TryGetValue(name, out var v) && v.Contains(value, StringComparer.Ordinal);

    /// <summary>Whether anything was posted at all (a re-shown form), as opposed to a fresh one.</summary>
    public bool WasPosted { get; private init; }

    /// <summary>How many rows of a repeated group (<c>barriers</c>) hold values: one past the highest row index.</summary>
    public int RowCount(string group)
    {
        var rows = 0;
        foreach (var name in _values.Keys)
            if (name.StartsWith(group + "[", StringComparison.Ordinal) && name.IndexOf(']', group.Length) is var end and > 0
                && int.TryParse(name.AsSpan(group.Length + 1, end - group.Length - 1), out var index))
                rows = Math.Max(rows, index + 1);
        return rows;
    }

    /// <summary>Error messages of a field, including those of its sub-fields' parent path.</summary>
    public IReadOnlyList<string> ErrorsOf(string name) => Errors.TryGetValue(name, out var e) ? e : [];

    /// <summary>Id of the element that shows a field's error, for <c>aria-describedby</c>.</summary>
    public static string ErrorId(string name) => "fout-" + IdOf(name);

    /// <summary>An HTML id for a field name.</summary>
    public static string IdOf(string name) =>
        "f-" + new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
