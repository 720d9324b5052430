using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Language;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Insights;

/// <summary>One experiment of the catalogue with its verdict, flattened for export.</summary>
/// <param name="Slug">Experiment slug.</param>
/// <param name="Title">Title.</param>
/// <param name="Municipality">Municipality.</param>
/// <param name="Region">Region or province.</param>
/// <param name="Themes">Theme slugs.</param>
/// <param name="Status">Status code, e.g. <c>running</c>.</param>
/// <param name="StartDate">Start date.</param>
/// <param name="FundingSource">Who pays.</param>
/// <param name="FundingEndDate">Funding end date the verdict used.</param>
/// <param name="DaysUntilFundingEnd">Days to that date from the verdict's day.</param>
/// <param name="Verdict">Verdict code, e.g. <c>ready-to-scale-fit-and-conform</c>.</param>
/// <param name="VerdictLabel">Dutch label of the verdict.</param>
/// <param name="Flags">Flag codes, e.g. <c>pilot-cliff</c>.</param>
/// <param name="EvidenceLevel">Evidence level (1-5) of the latest reflection.</param>
/// <param name="ReflectionCount">Number of reflections (latest revisions).</param>
/// <param name="ContextCount">Number of distinct contexts.</param>
/// <param name="LastReflectionDate">Date of the latest reflection.</param>
/// <param name="GoalProgressPercent">Mean progress towards the goals, in percent.</param>
/// <param name="Reasons">Why: every reason of the verdict.</param>
/// <param name="ComputedOn">The day the verdict was computed for.</param>
public sealed record CatalogueRow(
    string Slug,
    string Title,
    string Municipality,
    string Region,
    IReadOnlyList<string> Themes,
    string Status,
    DateOnly StartDate,
    string FundingSource,
    DateOnly? FundingEndDate,
    int? DaysUntilFundingEnd,
    string Verdict,
    string VerdictLabel,
    IReadOnlyList<string> Flags,
    int? EvidenceLevel,
    int ReflectionCount,
    int ContextCount,
    DateOnly? LastReflectionDate,
    decimal? GoalProgressPercent,
    IReadOnlyList<VerdictReason> Reasons,
    DateOnly ComputedOn);

/// <summary>
/// The experiment catalogue with verdicts as CSV for Dutch Excel and as JSON. Rows are ordered by slug.
/// </summary>
public static class CatalogueExport
{
    /// <summary>
    /// JSON options of the export: camelCase names, enum values as kebab-case codes (the same as
    /// <see cref="EnumCode"/>), dates as <c>yyyy-mm-dd</c>, Dutch letters unescaped.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateJsonOptions();

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // A download, never pasted into HTML: keep "é" and "&" readable instead of \u-escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        };
        // Shared by every caller: nobody may change the published format by mutating it.
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The Dutch column headers of the CSV, in order.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
    [
        "Slug", "Titel", "Gemeente", "Regio", "Thema's", "Status", "Startdatum", "Financiering", "Einddatum financiering",
        "Dagen tot einde financiering", "Oordeel", "Oordeelcode", "Vlaggen", "Bewijsniveau", "Aantal reflecties",
        "Aantal plekken", "Laatste reflectie", "Voortgang doelen (%)", "Redenen",
    ];

    /// <summary>The rows of the export, ordered by slug.</summary>
    public static IReadOnlyList<CatalogueRow> Rows(IEnumerable<CatalogueEntry> entries) =>
        entries.OrderBy(e => e.Experiment.Slug, StringComparer.Ordinal).Select(ToRow).ToArray();

    /// <summary>The catalogue as JSON: an array of <see cref="CatalogueRow"/> with <see cref="JsonOptions"/>.</summary>
    public static string ToJson(IEnumerable<CatalogueEntry> entries) => JsonSerializer.Serialize(Rows(entries), JsonOptions);

    /// <summary>
    /// The catalogue as a CSV file for Dutch Excel: UTF-8 with a byte order mark, <c>;</c> between
    /// fields, CRLF between rows, a Dutch header, dates as <c>yyyy-mm-dd</c> and decimal commas. Fields
    /// with a separator, quote or line break are quoted; text that Excel would read as a formula
    /// (starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>) gets a leading apostrophe. It speaks the pages'
    /// language: themes by their titles (from <paramref name="themes"/>; a slug no theme has stays a slug), the
    /// status, verdict, flags and evidence level by their labels.
    /// </summary>
    public static byte[] ToCsv(IEnumerable<CatalogueEntry> entries, IEnumerable<Theme> themes)
    {
        var titles = themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        var sb = new StringBuilder();
        AppendLine(sb, CsvHeader.Select(Text));
        foreach (var entry in entries.OrderBy(e => e.Experiment.Slug, StringComparer.Ordinal))
        {
            var row = ToRow(entry);
            AppendLine(sb,
            [
                Text(row.Slug), Text(row.Title), Text(row.Municipality), Text(row.Region), Text(string.Join(", ", row.Themes.Select(t => titles.GetValueOrDefault(t, t)))),
                Text(DutchLabels.For(entry.Experiment.Status)), Date(row.StartDate), Text(row.FundingSource), Date(row.FundingEndDate),
                Number(row.DaysUntilFundingEnd), Text(row.VerdictLabel), Text(row.Verdict),
                Text(string.Join(", ", entry.Verdict.Flags.Select(f => DutchLabels.For(f.Flag)))), Text(entry.Verdict.Facts.EvidenceLevel is { } level ? DutchLabels.Numbered(level) : ""), Number(row.ReflectionCount),
                Number(row.ContextCount), Date(row.LastReflectionDate),
                row.GoalProgressPercent is { } p ? DutchLabels.Number(p) : "",
                Text(string.Join(" ", row.Reasons.Select(r => r.Text))),
            ]);
        }
        return DutchCsv.Bytes(sb);
    }

    private static CatalogueRow ToRow(CatalogueEntry entry)
    {
        var (e, v) = (entry.Experiment, entry.Verdict);
        return new CatalogueRow(
            e.Slug, e.Title, e.Municipality, e.Region, e.Themes, e.Status.ToCode(), e.StartDate, e.Funding.Source,
            v.Facts.FundingEndDate, v.Facts.DaysUntilFundingEnd, v.Kind.ToCode(), DutchLabels.For(v.Kind),
            v.Flags.Select(f => f.Flag.ToCode()).ToArray(), (int?)v.Facts.EvidenceLevel, v.Facts.ReflectionCount,
            v.Facts.Contexts.Count, v.Facts.LastReflectionDate, v.Facts.GoalProgressPercent, v.Reasons, v.ComputedOn);
    }

    private static void AppendLine(StringBuilder sb, IEnumerable<string> fields) => DutchCsv.AppendLine(sb, fields);

    private static string Date(DateOnly? date) => DutchCsv.Date(date);

    private static string Number(int? value) => DutchCsv.Number(value);

    private static string Text(string value) => DutchCsv.Text(value);
}
