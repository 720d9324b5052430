using System.Globalization;
using System.Text;
using Bogus;

namespace TransitionLab.Bench.ContentGenerator;

/// <summary>
/// Writes a content tree shaped like the real one (same front matter, bodies of similar length),
/// so our generator and Hugo build the same Markdown files in the benchmark.
/// </summary>
internal static class BenchContent
{
    private static readonly string[] Themes = ["jeugd", "schulden", "bestaanszekerheid", "wonen-en-dakloosheid", "wijkteams", "informele-zorg"];
    private static readonly string[] ThemeTitles = ["Jeugd", "Schulden", "Bestaanszekerheid", "Wonen en dakloosheid", "Wijkteams", "Informele zorg"];
    private static readonly string[] Concepts = ["regime", "niche", "verdiepen", "verbreden", "opschalen"];
    private static readonly string[] Statuses = ["planned", "running", "running", "running", "completed", "stopped", "mainstreamed"];
    private static readonly string[] XCurve = ["pre-development", "take-off", "acceleration", "stabilisation"];
    private static readonly string[] Stages = ["idea", "pilot", "consolidation", "scaling", "mainstream"];
    private static readonly string[] Approaches =
    [
        "netwerkberaden met getrainde gespreksleiders", "een informele mentor voor jongeren", "een basisbudget voor jonge daklozen",
        "vroegsignalering van betalingsachterstanden", "een pedagogisch collectief in de wijk", "een generalist met doorzettingsmacht",
        "een dorpsnetwerk voor hulp in huis", "één gezinsteam in plaats van een estafette", "schuldhulp zonder wachttijd",
        "een steunpunt voor mantelzorgers", "wonen met begeleiding op maat", "een buurtkamer met vrijwilligers",
    ];
    private static readonly string[] Sentences =
    [
        "Bewoners en professionals maken samen een plan dat past bij het gezin.",
        "Het wijkteam werkt als generalist en haalt specialisten erbij wanneer dat nodig is.",
        "De gemeente geeft de koplopers vier jaar de ruimte om te leren wat werkt.",
        "De financiering loopt via een tijdelijke projectsubsidie.",
        "Regels over privacy maken het lastig om informatie te delen tussen organisaties.",
        "Jongeren kiezen zelf een volwassene uit hun omgeving die hen steunt.",
        "Er zijn afspraken gemaakt met woningcorporaties en zorgverzekeraars.",
        "Het experiment raakt aan de inkoopregels van de jeugdhulpregio.",
        "We meten uitkomsten zoals minder huisuitzettingen, niet het aantal gesprekken.",
        "Na elke cyclus reflecteren de betrokkenen op wat ze zagen en leerden.",
        "Vrijwilligers uit de buurt doen mee, met steun van een opbouwwerker.",
        "Het doel is dat het nieuwe werken deel wordt van het staande beleid.",
    ];

    public sealed record Written(int Experiments, int Themes, int Concepts);

    public static Written Write(int count, string outFolder, int seed)
    {
        Randomizer.Seed = new Random(seed);
        var faker = new Faker("nl");
        foreach (var folder in new[] { "experiments", "themes", "concepts", "course", "pages" })
            Directory.CreateDirectory(Path.Combine(outFolder, folder));

        for (var i = 0; i < Themes.Length; i++)
            File.WriteAllText(Path.Combine(outFolder, "themes", Themes[i] + ".md"),
                $"---\ntitle: {ThemeTitles[i]}\nslug: {Themes[i]}\nsummary: Experimenten rond {ThemeTitles[i].ToLowerInvariant()}.\n---\n{faker.PickRandom(Sentences)}\n");
        foreach (var concept in Concepts)
            File.WriteAllText(Path.Combine(outFolder, "concepts", concept + ".md"),
                $"---\ntitle: {char.ToUpperInvariant(concept[0])}{concept[1..]}\nslug: {concept}\nsummary: Een begrip uit de transitiekunde.\n---\n{faker.PickRandom(Sentences)}\n");

        var municipalities = Enumerable.Range(0, Math.Max(20, count / 25)).Select(_ => faker.Address.City()).Distinct().ToArray();
        for (var i = 0; i < count; i++)
        {
            var slug = $"experiment-{i:D5}";
            File.WriteAllText(Path.Combine(outFolder, "experiments", slug + ".md"), Experiment(faker, slug, municipalities), Encoding.UTF8);
        }
        return new Written(count, Themes.Length, Concepts.Length);
    }

    private static string Experiment(Faker f, string slug, string[] municipalities)
    {
        var municipality = f.PickRandom(municipalities);
        var approach = f.PickRandom(Approaches);
        var start = new DateOnly(2016, 1, 1).AddDays(f.Random.Int(0, 3400));
        var end = f.Random.Bool(0.8f) ? start.AddMonths(f.Random.Int(12, 72)) : (DateOnly?)null;
        var themes = f.PickRandom(Themes, f.Random.Int(1, 2)).ToArray();
        var sb = new StringBuilder(4096);
        sb.Append("---\n");
        sb.Append(CultureInfo.InvariantCulture, $"title: {char.ToUpperInvariant(approach[0])}{approach[1..]} in {municipality}\n");
        sb.Append(CultureInfo.InvariantCulture, $"slug: {slug}\n");
        sb.Append(CultureInfo.InvariantCulture, $"summary: In {municipality} proberen koplopers {approach}. {f.PickRandom(Sentences)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"municipality: {municipality}\n");
        sb.Append(CultureInfo.InvariantCulture, $"region: {f.Address.State()}\n");
        sb.Append(CultureInfo.InvariantCulture, $"themes: [{string.Join(", ", themes)}]\n");
        sb.Append(CultureInfo.InvariantCulture, $"concepts: [{f.PickRandom(Concepts)}]\n");
        sb.Append(CultureInfo.InvariantCulture, $"status: {f.PickRandom(Statuses)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"start_date: {start:yyyy-MM-dd}\n");
        sb.Append("funding:\n");
        sb.Append(CultureInfo.InvariantCulture, $"  source: {f.PickRandom("Projectsubsidie gemeente", "Rijksimpuls", "Transformatiefonds", "Fonds van een zorgverzekeraar")}\n");
        if (end is { } e) sb.Append(CultureInfo.InvariantCulture, $"  end_date: {e:yyyy-MM-dd}\n");
        sb.Append(CultureInfo.InvariantCulture, $"frontrunners: [{f.Company.CompanyName().Replace(",", "")}, Wijkteam {municipality}]\n");
        sb.Append(CultureInfo.InvariantCulture, $"partners: [Gemeente {municipality}, {f.Company.CompanyName().Replace(",", "")}]\n");
        sb.Append("goals:\n");
        var baseline = f.Random.Int(20, 400);
        sb.Append("  - id: hoofddoel\n    description: Halvering van het aantal meldingen in het gebied\n");
        sb.Append(CultureInfo.InvariantCulture, $"    target_group: Huishoudens in {municipality}\n    unit: aantal per jaar\n    baseline: {baseline}\n    target: {baseline / 2}\n");
        sb.Append(CultureInfo.InvariantCulture, $"x_curve: {f.PickRandom(XCurve)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"stage: {f.PickRandom(Stages)}\n");
        sb.Append("---\n");
        foreach (var heading in new[] { "Wat is het", "Hoe werkt het", "Waarom is het een experiment", "Wat we nog niet weten" })
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {heading}\n\n");
            for (var p = 0; p < 2; p++)
            {
                sb.AppendJoin(' ', f.PickRandom(Sentences, 4));
                sb.Append(' ').Append(f.Lorem.Sentence(12)).Append("\n\n");
            }
        }
        sb.Append(CultureInfo.InvariantCulture, $"Zie ook [{themes[0]}](/themas/{themes[0]}/).\n");
        return sb.ToString();
    }
}
