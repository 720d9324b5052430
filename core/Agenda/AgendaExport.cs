using System.Text;
using System.Text.Json;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Language;

namespace TransitionLab.Core.Agenda;

/// <summary>One agenda item flattened for export.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Title">The belemmering to change.</param>
/// <param name="Proposed">Whether it is a proposal nobody handled yet.</param>
/// <param name="Status">Status code, e.g. <c>on-agenda</c>.</param>
/// <param name="Level">Level code, e.g. <c>national</c>.</param>
/// <param name="Owner">Owner (organisation or role).</param>
/// <param name="DecisionMoment">Next decision moment.</param>
/// <param name="StatusReason">Why it stands there.</param>
/// <param name="Changes">What changed.</param>
/// <param name="BarrierKinds">Belemmering kind codes.</param>
/// <param name="Experiments">Experiment slugs.</param>
/// <param name="Municipalities">Municipalities of those experiments.</param>
/// <param name="LongestDaysOpen">Longest time open over its experiments, in days.</param>
/// <param name="ComputedOn">The day the days open were counted to.</param>
public sealed record AgendaRow(string Id, string Title, bool Proposed, string Status, string Level, string? Owner, string? DecisionMoment,
    string? StatusReason, string? Changes, IReadOnlyList<string> BarrierKinds, IReadOnlyList<string> Experiments,
    IReadOnlyList<string> Municipalities, int? LongestDaysOpen, DateOnly ComputedOn);

/// <summary>The transition agenda as CSV for Dutch Excel and as JSON, like the experiment exports; in agenda order.</summary>
public static class AgendaExport
{
    /// <summary>The Dutch column headers of the CSV, in order.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
    [
        "Id", "Belemmering", "Voorstel", "Status", "Statuscode", "Wie kan het veranderen", "Trekker", "Volgend besluitmoment",
        "Toelichting", "Wat is er veranderd", "Experimenten", "Gemeenten", "Langst open (dagen)",
    ];

    /// <summary>The listed items as rows.</summary>
    public static IReadOnlyList<AgendaRow> Rows(IEnumerable<AgendaItem> items, ContentCatalogue catalogue, DateOnly today) =>
        items.Where(i => i.Listed).Select(i => new AgendaRow(
            i.Id, i.Title, i.Disposition == AgendaDisposition.Proposed, i.Status.ToCode(), i.Level.ToCode(), i.Owner, i.DecisionMoment,
            i.StatusReason, i.Changes, i.Kinds.Select(k => k.ToCode()).ToArray(), i.Experiments,
            i.Experiments.Select(slug => catalogue.FindExperiment(slug)?.Municipality).OfType<string>().Distinct(StringComparer.Ordinal).ToArray(),
            i.Blocks.Count > 0 ? i.Blocks.Max(b => i.DaysOpen(b, today)) : null, today)).ToArray();

    /// <summary>The agenda as JSON: an array of <see cref="AgendaRow"/> in the catalogue export's format.</summary>
    public static string ToJson(IEnumerable<AgendaItem> items, ContentCatalogue catalogue, DateOnly today) =>
        JsonSerializer.Serialize(Rows(items, catalogue, today), CatalogueExport.JsonOptions);

    /// <summary>The agenda as a CSV file for Dutch Excel (see <see cref="DutchCsv"/>).</summary>
    public static byte[] ToCsv(IEnumerable<AgendaItem> items, ContentCatalogue catalogue, DateOnly today)
    {
        var sb = new StringBuilder();
        DutchCsv.AppendLine(sb, CsvHeader.Select(DutchCsv.Text));
        foreach (var row in Rows(items, catalogue, today))
        {
            DutchCsv.AppendLine(sb,
            [
                DutchCsv.Text(row.Id), DutchCsv.Text(row.Title), row.Proposed ? "ja" : "nee",
                DutchCsv.Text(EnumCode.TryParse<AgendaStatus>(row.Status, out var status) ? DutchLabels.For(status) : row.Status), DutchCsv.Text(row.Status),
                DutchCsv.Text(EnumCode.TryParse<ChangeLevel>(row.Level, out var level) ? DutchLabels.For(level) : row.Level),
                DutchCsv.Text(row.Owner), DutchCsv.Text(row.DecisionMoment), DutchCsv.Text(row.StatusReason), DutchCsv.Text(row.Changes),
                DutchCsv.Text(string.Join(", ", row.Experiments)), DutchCsv.Text(string.Join(", ", row.Municipalities)), DutchCsv.Number(row.LongestDaysOpen),
            ]);
        }
        return DutchCsv.Bytes(sb);
    }
}
