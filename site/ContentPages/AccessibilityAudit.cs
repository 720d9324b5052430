using System.Text.Json;

namespace TransitionLab.Site.ContentPages;

/// <summary>
/// What the browser tests checked of WCAG 2.1 AA and what they found, recorded by the test suite next
/// to the accessibility statement (<c>content/pages/toegankelijkheid.tests.json</c>), so the statement
/// says what was really tested instead of what someone once wrote.
/// </summary>
public sealed record AccessibilityAudit
{
    /// <summary>The day of the recorded test run.</summary>
    public required DateOnly Tested { get; init; }
    /// <summary>One row per success criterion that was tested.</summary>
    public required IReadOnlyList<AuditedCriterion> Criteria { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The audit recorded beside a content page's Markdown file, or null when there is none.</summary>
    public static AccessibilityAudit? Beside(string markdownSource)
    {
        if (markdownSource.Length == 0) return null;
        var path = Path.ChangeExtension(markdownSource, ".tests.json");
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<AccessibilityAudit>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
    }
}

/// <summary>One WCAG success criterion as tested.</summary>
/// <param name="Criterion">Its number, such as <c>1.4.10</c>.</param>
/// <param name="Name">Its Dutch name.</param>
/// <param name="How">How it was tested, in plain Dutch (screens, colour schemes, pages).</param>
/// <param name="Passed">Whether every test of it passed in the recorded run.</param>
/// <param name="Problems">What did not pass, in plain Dutch; empty when it passed.</param>
public sealed record AuditedCriterion(string Criterion, string Name, string How, bool Passed, IReadOnlyList<string> Problems);
