using System.Text;
using System.Text.Json;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.Insights.InsightTestData;

namespace TransitionLab.Core.Tests.Insights;

public class CatalogueExportTests
{
    private static readonly CatalogueEntry[] Entries =
    [
        Entry("wijkaanpak", b => b.CliffIn(20).Goals(new GoalMeasurement("a", "gezinnen", 40, 20, 37.5m)), title: "Samen \"sterk\"; wijkaanpak"),
        Entry("bouwdepot", title: "=HYPERLINK(\"http://voorbeeld.nl\")"),
    ];

    private static string CsvText(out byte[] bytes)
    {
        bytes = CatalogueExport.ToCsv(Entries, [new Theme { Slug = "jeugd", Title = "Jeugd en gezin", Summary = "Jeugdhulp." }]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public void Csv_starts_with_a_utf8_byte_order_mark()
    {
        CsvText(out var bytes);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
    }

    [Fact]
    public void Csv_has_a_dutch_header_separated_by_semicolons_and_crlf_rows()
    {
        var lines = CsvText(out _).Split("\r\n");

        Assert.Equal("Slug;Titel;Gemeente;Regio;Thema's;Status;Startdatum;Financiering;Einddatum financiering;" +
            "Dagen tot einde financiering;Oordeel;Oordeelcode;Vlaggen;Bewijsniveau;Aantal reflecties;Aantal plekken;" +
            "Laatste reflectie;Voortgang doelen (%);Redenen", lines[0]);
        Assert.Equal(4, lines.Length); // header, two rows, and the empty string after the last CRLF
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Csv_quotes_fields_with_separators_and_quotes_and_rows_are_ordered_by_slug()
    {
        var rows = ParseCsv(CsvText(out _));

        Assert.All(rows, r => Assert.Equal(CatalogueExport.CsvHeader.Count, r.Count));
        Assert.Equal(["bouwdepot", "wijkaanpak"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal("Samen \"sterk\"; wijkaanpak", rows[2][1]);
        Assert.Contains(";\"Samen \"\"sterk\"\"; wijkaanpak\";", CsvText(out _));
    }

    [Fact]
    public void Csv_writes_decimal_commas_iso_dates_theme_titles_and_dutch_labels()
    {
        var row = ParseCsv(CsvText(out _))[2];
        string Column(string header) => row[CatalogueExport.CsvHeader.ToList().IndexOf(header)];

        Assert.Equal("12,5", Column("Voortgang doelen (%)"));
        Assert.Equal("2024-09-01", Column("Startdatum"));
        Assert.Equal("2026-02-04", Column("Einddatum financiering"));
        Assert.Equal("20", Column("Dagen tot einde financiering"));
        Assert.Equal("Loopt", Column("Status"));
        Assert.Equal("Jeugd en gezin", Column("Thema's"));
        Assert.Equal("3 – Voor- en nameting", Column("Bewijsniveau"));
        // The goal fell back from 40% to 12,5% in the last cycle: not ready under rule set 2026-12.
        Assert.Equal(DutchLabels.For(VerdictKind.Deepen), Column("Oordeel"));
        Assert.Equal("deepen", Column("Oordeelcode"));
        Assert.Equal("Pilotklif: geld stopt binnen 18 maanden, Geen plan voor na de pilot", Column("Vlaggen"));
        Assert.StartsWith("De doelen gingen in de laatste 2 gemeten rondes niet allebei de goede kant op (40% en daarna 12,5%", Column("Redenen"));
    }

    [Fact]
    public void Csv_keeps_excel_from_reading_text_as_a_formula()
    {
        Assert.Equal("'=HYPERLINK(\"http://voorbeeld.nl\")", ParseCsv(CsvText(out _))[1][1]);
    }

    [Fact]
    public void Json_uses_camel_case_names_kebab_case_codes_and_iso_dates()
    {
        using var json = JsonDocument.Parse(CatalogueExport.ToJson(Entries));
        var row = json.RootElement[1];

        Assert.Equal("wijkaanpak", row.GetProperty("slug").GetString());
        Assert.Equal("Samen \"sterk\"; wijkaanpak", row.GetProperty("title").GetString());
        Assert.Equal("running", row.GetProperty("status").GetString());
        Assert.Equal("deepen", row.GetProperty("verdict").GetString());
        Assert.Equal("pilot-cliff", row.GetProperty("flags")[0].GetString());
        Assert.Equal("2024-09-01", row.GetProperty("startDate").GetString());
        Assert.Equal(12.5m, row.GetProperty("goalProgressPercent").GetDecimal());
        Assert.Equal(3, row.GetProperty("evidenceLevel").GetInt32());
        var reason = row.GetProperty("reasons")[0];
        Assert.Equal("outcomes-not-shown", reason.GetProperty("code").GetString());
        Assert.Equal("deepen", reason.GetProperty("rule").GetString());
    }

    [Fact]
    public void Json_keeps_dutch_text_readable()
    {
        Assert.Contains("De koplopers kozen zelf de route 'past in de huidige regels'.", CatalogueExport.ToJson(Entries));
    }

    [Fact]
    public void Json_enum_values_are_the_same_codes_as_enum_code()
    {
        foreach (var kind in Enum.GetValues<VerdictKind>())
            Assert.Equal($"\"{kind.ToCode()}\"", JsonSerializer.Serialize(kind, CatalogueExport.JsonOptions));
        foreach (var barrier in Enum.GetValues<BarrierKind>())
            Assert.Equal($"\"{barrier.ToCode()}\"", JsonSerializer.Serialize(barrier, CatalogueExport.JsonOptions));
    }

    [Fact]
    public void The_shared_json_options_cannot_be_changed()
    {
        Assert.True(CatalogueExport.JsonOptions.IsReadOnly);
    }

    /// <summary>A small RFC 4180 reader, so the tests check fields rather than string fragments.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ';') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add(row); row = [];
                i++;
            }
            else field.Append(c);
        }
        return rows;
    }
}
