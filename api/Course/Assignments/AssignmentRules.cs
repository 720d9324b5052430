using System.Globalization;
using TransitionLab.Api.Reflections;
using TransitionLab.Core.Course;
using TransitionLab.Core.Text;

namespace TransitionLab.Api.Course.Assignments;

/// <summary>What a hand-in must hold: only the exercise's own fields, within their limits, without personal data; a hand-in (not a draft) every required field.</summary>
public static class AssignmentRules
{
    /// <summary>Longest comment.</summary>
    public const int MaxFeedback = 2000;

    /// <summary>Errors keyed <c>answers.&lt;field&gt;</c>; empty when the version may be stored.</summary>
    public static Dictionary<string, string[]> Validate(ExerciseForm form, IReadOnlyDictionary<string, string> answers, bool handIn)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in answers.Keys.Where(k => form.Fields.All(f => f.Name != k)))
            errors[$"answers.{name}"] = [$"Deze opdracht heeft geen veld '{name}'; wel: {string.Join(", ", form.Fields.Select(f => f.Name))}."];
        foreach (var field in form.Fields)
        {
            var value = answers.GetValueOrDefault(field.Name)?.Trim() ?? "";
            var path = $"answers.{field.Name}";
            if (value.Length == 0)
            {
                if (handIn && field.Required) errors[path] = ["Vul dit veld in om de opdracht in te leveren. Een concept mag nog leeg zijn."];
                continue;
            }
            if (value.Length > field.MaxLength) errors[path] = [$"Gebruik hoogstens {field.MaxLength} tekens."];
            else if (field.Type == ExerciseFieldType.Choice && field.Options!.All(o => o.Value != value))
                errors[path] = [$"Kies een van: {string.Join(", ", field.Options!.Select(o => o.Value))}."];
            else if (field.Type == ExerciseFieldType.Date && !(DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                         && date >= StoredReflections.EarliestDate && date <= StoredReflections.LatestFundingEnd))
                errors[path] = [$"Schrijf een datum tussen {StoredReflections.EarliestDate:yyyy-MM-dd} en {StoredReflections.LatestFundingEnd:yyyy-MM-dd} als jjjj-mm-dd."];
        }
        foreach (var finding in FreeTextGuard.Check(answers.Select(a => ($"answers.{a.Key}", (string?)a.Value))))
            errors.TryAdd(finding.Path, [finding.Message]);
        return errors;
    }

    /// <summary>Errors of a comment keyed <c>text</c>; empty when it may be stored.</summary>
    public static Dictionary<string, string[]> ValidateFeedback(FeedbackRequest request)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0) return new() { ["text"] = ["Schrijf een korte reactie."] };
        if (text.Length > MaxFeedback) return new() { ["text"] = [$"Gebruik hoogstens {MaxFeedback} tekens."] };
        return FreeTextGuard.Check([("text", text)]).ToDictionary(f => f.Path, f => new[] { f.Message }, StringComparer.Ordinal);
    }
}
