using System.Globalization;
using System.Text;

namespace TransitionLab.Core.Insights;

/// <summary>
/// CSV as Dutch Excel opens it: UTF-8 with a byte order mark, <c>;</c> between fields, CRLF between rows,
/// dates as <c>yyyy-mm-dd</c>. Fields with a separator, quote or line break are quoted; text that Excel would
/// read as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>) gets a leading apostrophe.
/// </summary>
// Not CsvHelper: its formula guard applies to every field of a file, and day counts here are negative numbers ("-5") that Excel must still read as numbers.
public static class DutchCsv
{
    /// <summary>Appends one row.</summary>
    public static void AppendLine(StringBuilder sb, IEnumerable<string> fields) =>
        sb.Append(string.Join(';', fields)).Append("\r\n");

    /// <summary>The finished file: byte order mark and UTF-8.</summary>
    public static byte[] Bytes(StringBuilder sb)
    {
        var utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. utf8WithBom.GetPreamble(), .. utf8WithBom.GetBytes(sb.ToString())];
    }

    /// <summary>A date field.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A whole number field.</summary>
    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A text field, made safe for Excel and quoted when needed.</summary>
    public static string Text(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? $"\"{value.Replace("\"", "\"\"")}\""
            : value;
    }
}
