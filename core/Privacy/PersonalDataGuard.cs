using System.Text.RegularExpressions;

namespace TransitionLab.Core.Privacy;

/// <summary>Kind of personal data that must never reach a free-text field (AVG).</summary>
public enum PersonalDataKind
{
    /// <summary>Citizen service number: 9 digits that pass the eleven test.</summary>
    Bsn,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A Dutch phone number, mobile or landline, national or international notation.</summary>
    PhoneNumber,
}

/// <summary>A free-text field that holds something that looks like personal data.</summary>
/// <param name="Path">JSON path of the field, e.g. <c>loop.observed</c>.</param>
/// <param name="Kind">What it looks like.</param>
public sealed record PersonalDataFinding(string Path, PersonalDataKind Kind)
{
    /// <summary>Plain Dutch message that names the kind of data and never repeats the value.</summary>
    public string Message => $"Dit veld lijkt {Describe(Kind)} te bevatten. Haal persoonsgegevens weg (AVG); de tekst is niet opgeslagen.";

    /// <summary>Dutch description of a kind, with its article.</summary>
    public static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Bsn => "een burgerservicenummer (BSN)",
        PersonalDataKind.Email => "een e-mailadres",
        _ => "een telefoonnummer",
    };
}

/// <summary>
/// Finds client data in free text before it is stored: a BSN, an e-mail address or a Dutch phone
/// number. Years, amounts, postcodes, counts and dates pass, because reflections are full of them.
/// </summary>
public static partial class PersonalDataGuard
{
    /// <summary>The kinds of personal data found in <paramref name="text"/>, each at most once.</summary>
    public static IReadOnlyList<PersonalDataKind> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var found = new List<PersonalDataKind>(1);
        // The digits of a phone number can pass the eleven test too; a phone number is reported as one.
        var withoutPhones = PhonePattern().Replace(text, " ");
        if (ContainsBsn(withoutPhones)) found.Add(PersonalDataKind.Bsn);
        if (EmailPattern().IsMatch(text)) found.Add(PersonalDataKind.Email);
        if (PhonePattern().IsMatch(text)) found.Add(PersonalDataKind.PhoneNumber);
        return found;
    }

    /// <summary>Checks many fields at once; one finding per field and kind.</summary>
    /// <param name="fields">Pairs of JSON path and text; <c>null</c> texts are skipped.</param>
    public static IReadOnlyList<PersonalDataFinding> Check(IEnumerable<(string Path, string? Text)> fields) =>
        fields.SelectMany(f => Find(f.Text).Select(kind => new PersonalDataFinding(f.Path, kind))).ToArray();

    /// <summary>The Dutch eleven test (elfproef) for a 9-digit citizen service number.</summary>
    public static bool PassesElevenTest(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != 9) return false;
        var sum = 0;
        var allZero = true;
        for (var i = 0; i < 9; i++)
        {
            if (!char.IsAsciiDigit(nineDigits[i])) return false;
            var digit = nineDigits[i] - '0';
            allZero &= digit == 0;
            sum += i < 8 ? digit * (9 - i) : -digit;
        }
        return !allZero && sum % 11 == 0;
    }

    private static bool ContainsBsn(string text)
    {
        foreach (Match match in BsnCandidate().Matches(text))
        {
            // An amount like "€ 123.456.782" is money, not a person.
            var before = text[..match.Index].TrimEnd();
            if (before.EndsWith('€') || before.EndsWith("EUR", StringComparison.OrdinalIgnoreCase)) continue;
            var digits = new string(match.Value.Where(char.IsAsciiDigit).ToArray());
            if (PassesElevenTest(digits)) return true;
        }
        return false;
    }

    // Nine digits, optionally grouped by single dots or spaces, not part of a longer number.
    [GeneratedRegex(@"(?<![\d.,])(?:\d[. ]?){8}\d(?![\d]|[.,]\d)")]
    private static partial Regex BsnCandidate();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // Dutch numbers are a trunk 0 (or +31 / 0031) followed by nine digits; separators may be spaces, hyphens or "(0)".
    [GeneratedRegex(@"(?<![\w+])(?:(?:\+|00)31[\s\-]?(?:\(0\))?[\s\-]?|0)[1-9](?:[\s\-]?\d){8}(?!\d)")]
    private static partial Regex PhonePattern();
}
