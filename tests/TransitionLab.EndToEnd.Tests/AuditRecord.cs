using System.Collections.Concurrent;
using System.Text.Json;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// The accessibility statement's tested part comes from here: each browser test reports what it found
/// per WCAG criterion, and a run with <c>TRANSITIONLAB_AUDIT_OUT=&lt;file&gt;</c> writes it beside the
/// statement (<c>content/pages/toegankelijkheid.tests.json</c>). A criterion whose tests did not all
/// report is written as not met, so a crashed test never reads as a pass.
/// </summary>
public static class AuditRecord
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>What the suite tests, in the statement's words: criterion, Dutch name, how, and how many tests report on it.</summary>
    public static readonly IReadOnlyList<(string Criterion, string Name, string How, int Reports)> Criteria =
    [
        ("1.3.5", "Identificeer het doel van de input", "Het sleutelveld bij aanmelden is een wachtwoordveld dat een wachtwoordbeheerder kan invullen.", 1),
        ("1.4.3", "Contrast (minimum) en de andere criteria die axe-core kan testen", "Automatisch met axe-core op 16 soorten pagina's, op 390 en 1280 pixels breed, in licht en donker kleurenschema.", ScreenTests.PagesOfEachKind.Length * 4),
        ("1.4.4", "Herschalen van tekst", "Tekst op 200% op 16 soorten pagina's: geen tekst afgesneden, niet zijwaarts schuiven.", 1),
        ("1.4.10", "Reflow", "Alle pagina's uit de sitemap en de pagina's na aanmelden op 320 pixels breed: niet zijwaarts schuiven; brede tabellen schuiven in hun eigen vak.", 2),
        ("1.4.11", "Contrast van niet-tekstuele content", "De kleuren van de grafieken tegen de achtergrond, in licht en donker kleurenschema (minstens 3 op 1).", 4),
        ("1.4.12", "Tekstafstand", "De afstanden van het criterium opgelegd op 16 soorten pagina's, op 320 en 1280 pixels breed: niets afgesneden of over elkaar.", 2),
        ("2.1.1", "Toetsenbord", "Aanmelden, een reflectie, een oefenreflectie, een agendapunt en een aanmelding van een experiment ingevuld en verstuurd met alleen het toetsenbord.", 5),
        ("2.4.1", "Blokken omzeilen", "De link 'Naar de inhoud' is de eerste stop en zet de focus op de inhoud, op 320 en 1280 pixels breed.", 2),
        ("2.4.7", "Focus zichtbaar", "Bij elke stop van het toetsenbord in de formulieren: een zichtbare focusrand, op het scherm en niet bedekt.", 5),
        ("3.3.1", "Foutidentificatie", "Een fout bij aanmelden: een overzicht bovenaan krijgt de focus en linkt naar het veld; het veld noemt zijn fout.", 1),
        ("4.1.3", "Statusberichten", "Na het opslaan van een reflectie, een oefenreflectie en een aanmelding meldt een statusbericht dat het gelukt is.", 3),
    ];

    private static readonly ConcurrentDictionary<string, ConcurrentBag<string>> Problems = new();
    private static readonly ConcurrentDictionary<string, int> ReportCount = new();

    /// <summary>One test's finding for <paramref name="criterion"/>: the problems it saw, none when it passed.</summary>
    public static void Report(string criterion, IEnumerable<string> problems)
    {
        if (Criteria.All(c => c.Criterion != criterion)) throw new ArgumentException($"{criterion} is not in the audit's criteria", nameof(criterion));
        ReportCount.AddOrUpdate(criterion, 1, (_, n) => n + 1);
        var bag = Problems.GetOrAdd(criterion, _ => []);
        foreach (var problem in problems) bag.Add(problem);
    }

    /// <summary>Writes the audit when the run asks for it; every criterion with missing reports counts as not met.</summary>
    public static void WriteIfAsked()
    {
        var path = Environment.GetEnvironmentVariable("TRANSITIONLAB_AUDIT_OUT");
        if (string.IsNullOrWhiteSpace(path)) return;
        var criteria = Criteria.Select(c =>
        {
            var problems = Problems.GetValueOrDefault(c.Criterion)?.Distinct().Order().ToList() ?? [];
            if (ReportCount.GetValueOrDefault(c.Criterion) < c.Reports) problems.Add("Niet elke test hiervan is tot het einde gekomen.");
            return new { criterion = c.Criterion, name = c.Name, how = c.How, passed = problems.Count == 0, problems };
        });
        var audit = new { tested = DateOnly.FromDateTime(DateTime.UtcNow), criteria };
        File.WriteAllText(path, JsonSerializer.Serialize(audit, Indented) + "\n");
    }
}
