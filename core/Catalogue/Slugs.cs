using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TransitionLab.Core.Catalogue;

/// <summary>Slug rules shared by content files, API drafts and generated URLs.</summary>
public static partial class Slugs
{
    /// <summary>Lowercase letters, digits and single hyphens; 2 to 80 characters.</summary>
    public static bool IsValid(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    /// <summary>Makes a slug from a name: "Súdwest-Fryslân" becomes "sudwest-fryslan".</summary>
    public static string From(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        return Hyphens().Replace(sb.ToString(), "-").Trim('-');
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,79}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();
}
