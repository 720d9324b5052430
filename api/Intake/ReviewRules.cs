using TransitionLab.Core.Text;

namespace TransitionLab.Api.Intake;

/// <summary>What a review decision needs: a comment for a request for changes, a reason for a rejection, no personal data.</summary>
public static class ReviewRules
{
    /// <summary>Longest comment on one field.</summary>
    public const int MaxComment = 1000;
    /// <summary>Longest reason.</summary>
    public const int MaxReason = 2000;

    /// <summary>The draft fields a comment may be about (their JSON names; a nested path starts with one).</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "title", "slug", "summary", "municipality", "region", "themes", "concepts", "status", "startDate", "funding",
        "frontrunners", "partners", "goals", "xCurve", "stage", "links", "body",
    ];

    /// <summary>Errors by field; empty when the decision can be stored.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(ReviewRequest review)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var comments = (review.Comments ?? new Dictionary<string, string>()).Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToArray();
        if (review.Action is null) errors["action"] = ["Kies een oordeel: approve, request-changes of reject."];
        if (review.Action == ReviewAction.RequestChanges && comments.Length == 0 && string.IsNullOrWhiteSpace(review.Reason))
            errors["comments"] = ["Schrijf bij ten minste één veld wat de koploper moet aanpassen."];
        if (review.Action == ReviewAction.Reject && string.IsNullOrWhiteSpace(review.Reason))
            errors["reason"] = ["Schrijf waarom u de aanmelding afwijst; de koploper leest het."];
        foreach (var (field, comment) in comments)
        {
            var root = field.Split('.', '[')[0];
            if (!Fields.Contains(root, StringComparer.Ordinal))
                errors[$"comments.{field}"] = [$"Onbekend veld; gebruik een van: {string.Join(", ", Fields)}."];
            else if (comment.Trim().Length > MaxComment)
                errors[$"comments.{field}"] = [$"Gebruik hoogstens {MaxComment} tekens."];
        }
        if (review.Reason is { } reason && reason.Trim().Length > MaxReason) errors["reason"] = [$"Gebruik hoogstens {MaxReason} tekens."];
        var texts = comments.Select(c => ($"comments.{c.Key}", (string?)c.Value)).Append(("reason", review.Reason));
        foreach (var finding in FreeTextGuard.Check(texts)) errors[finding.Path] = [finding.Message];
        return errors;
    }
}
