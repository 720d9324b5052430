using System.Text;
using TransitionLab.Core.Privacy;

namespace TransitionLab.Core.Text;

/// <summary>A free-text field that may not be stored as it is, with the plain Dutch message to show next to it.</summary>
/// <param name="Path">JSON path or form name of the field, e.g. <c>loop.observed</c>.</param>
/// <param name="Message">What is wrong, without repeating the value.</param>
public sealed record FreeTextFinding(string Path, string Message);

/// <summary>
/// The one check every free-text write runs before anything is stored, whichever way it came in (JSON API or
/// form): no personal data about clients (AVG, see <see cref="PersonalDataGuard"/>) and no characters that nobody
/// types. A control character other than tab and line breaks, U+FFFE or U+FFFF, or U+FFFD (what bytes that were
/// not valid UTF-8, and lone surrogates, turn into) cannot be written into XML: stored once, such a text stopped
/// every rebuild of its experiment's pages at the Atom feed. It is refused next to its field rather than dropped
/// silently, so the writer sees what happened to the text.
/// </summary>
public static class FreeTextGuard
{
    /// <summary>The message next to a field with unreadable characters.</summary>
    public const string UnreadableMessage = "Deze tekst bevat onzichtbare stuurtekens of tekens die we niet konden lezen. Typ de tekst opnieuw.";

    /// <summary>Checks many fields at once: per field at most one finding for unreadable characters and one per kind of personal data.</summary>
    /// <param name="fields">Pairs of path and text; <c>null</c> texts are skipped.</param>
    public static IReadOnlyList<FreeTextFinding> Check(IEnumerable<(string Path, string? Text)> fields)
    {
        var findings = new List<FreeTextFinding>();
        foreach (var (path, text) in fields)
        {
            if (HasUnreadableCharacters(text)) findings.Add(new FreeTextFinding(path, UnreadableMessage));
            findings.AddRange(PersonalDataGuard.Find(text).Select(kind => new FreeTextFinding(path, new PersonalDataFinding(path, kind).Message)));
        }
        return findings;
    }

    /// <summary>
    /// Only the unreadable-character check, for fields that are codes, dates or addresses rather than prose (a
    /// half-filled draft keeps them as typed until it is submitted, so they are stored before their own rules apply).
    /// </summary>
    public static IReadOnlyList<FreeTextFinding> CheckReadable(IEnumerable<(string Path, string? Text)> fields) =>
        fields.Where(f => HasUnreadableCharacters(f.Text)).Select(f => new FreeTextFinding(f.Path, UnreadableMessage)).ToArray();

    /// <summary>Whether <paramref name="text"/> holds a character that cannot have been typed and cannot be written into XML.</summary>
    public static bool HasUnreadableCharacters(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        // Runes, not chars: a lone surrogate comes out as U+FFFD, a valid pair as one character beyond U+FFFF.
        foreach (var rune in text.EnumerateRunes())
            if (Rune.IsControl(rune) ? rune.Value is not ('\t' or '\n' or '\r') : rune.Value is 0xFFFD or 0xFFFE or 0xFFFF)
                return true;
        return false;
    }
}
