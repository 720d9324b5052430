using System.Globalization;
using System.Text.RegularExpressions;

namespace TransitionLab.Site.Forms;

/// <summary>The value syntaxes HTML allows in the <c>value</c> of a number and a date input.</summary>
public static partial class HtmlValues
{
    /// <summary>A valid floating-point number as HTML defines it (no leading +, no spaces, no comma).</summary>
    public static bool IsNumber(string value) => FloatingPoint().IsMatch(value);

    /// <summary>A valid date string: yyyy-mm-dd naming a day that exists.</summary>
    public static bool IsDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^-?([0-9]+(\.[0-9]+)?|\.[0-9]+)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatingPoint();
}
