using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;

namespace TransitionLab.Core.Course;

/// <summary>
/// Every exercise's hand-in form, in one place: the JSON API checks a hand-in against these fields and the site
/// renders the form from them, so a field is named, labelled and limited once.
/// </summary>
public static class ExerciseForms
{
    /// <summary>Choices for a force: does it help or hinder the experiment.</summary>
    public static IReadOnlyList<(string Value, string Text)> Effects { get; } = [("helpt", "Helpt het experiment"), ("remt", "Remt het experiment")];

    /// <summary>Choices for a place on the build-up side of the X-curve.</summary>
    public static IReadOnlyList<(string Value, string Text)> Phases { get; } =
        Enum.GetValues<XCurvePosition>().Select(p => (p.ToCode(), DutchLabels.For(p))).ToArray();

    /// <summary>Choices for the route to the mainstream.</summary>
    public static IReadOnlyList<(string Value, string Text)> Routes { get; } =
        [("fit-and-conform", "Fit-and-conform: past binnen de huidige regels"), ("stretch-and-transform", "Stretch-and-transform: een regel moet veranderen")];

    private static readonly Dictionary<ExerciseKind, ExerciseForm> Forms = new()
    {
        [ExerciseKind.Text] = new(ExerciseKind.Text,
            [new("answer", "Uw uitwerking", MaxLength: 6000)],
            "Is de opdracht uitgewerkt voor een echte situatie in de eigen gemeente? Wat is overtuigend, en welke vraag zou u nog stellen?"),
        [ExerciseKind.RegimeRule] = new(ExerciseKind.RegimeRule,
            [
                new("rule", "De beleidsregel of inkoopafspraak", ExerciseFieldType.Line, MaxLength: 300),
                new("howItHolds", "Hoe houdt die regel het huidige regime in stand?"),
                new("whoBenefits", "Wie heeft er belang bij dat de regel blijft?"),
                new("ifGone", "Wat gebeurt er als de regel morgen verdwijnt?"),
            ],
            "Raakt de regel echt het regime (structuur, cultuur of routine), of alleen een project? Zijn de belangen concreet genoemd?"),
        [ExerciseKind.ThreeLevels] = new(ExerciseKind.ThreeLevels, ThreeLevelFields().ToArray(),
            "Staat elke kracht op het goede niveau? Is er een kracht in het landschap of regime die het experiment kan benutten?"),
        [ExerciseKind.XCurve] = new(ExerciseKind.XCurve, XCurveFields().ToArray(),
            "Klopt de fase met wat u van het experiment weet? Is het kantelpunt iets waar de gemeente zelf op kan sturen?"),
        [ExerciseKind.Hypothesis] = new(ExerciseKind.Hypothesis,
            [
                new("weBelieve", "Wij geloven dat …", Group: "Hypothese"),
                new("toVerify", "Dat toetsen we door …", Group: "Hypothese"),
                new("weMeasure", "We meten …", Group: "Hypothese"),
                new("weAreRightIf", "We hebben gelijk als …", Group: "Hypothese"),
                new("roles", "Wie moet er bij de volgende reflectie aan tafel?", Hint: "Rollen, geen namen."),
            ],
            "Is de hypothese te weerleggen? Meet ze een uitkomst voor inwoners, niet alleen inzet? Zit er een bewoner of ervaringsdeskundige aan tafel?"),
        [ExerciseKind.WorkingCore] = new(ExerciseKind.WorkingCore,
            [
                new("workingCore", "De vaste kern (hoogstens drie zinnen)", MaxLength: 600),
                new("mayVary", "Wat mag per plek verschillen?"),
                new("route", "Route naar regulier beleid", ExerciseFieldType.Choice, Options: Routes),
                new("ruleToChange", "Welke regel moet veranderen?", Required: false, Hint: "Alleen bij stretch-and-transform."),
                new("whoDecides", "Wie beslist daarover?", ExerciseFieldType.Line, Required: false, MaxLength: 300),
            ],
            "Is de kern echt vast en kort? Past de gekozen route bij de regels die in de weg staan?"),
        [ExerciseKind.DecisionNote] = new(ExerciseKind.DecisionNote,
            [
                new("proposal", "Voorstel", Hint: "Wat besluit u: structureel maken, of stoppen en waarom."),
                new("owner", "Eigenaar", ExerciseFieldType.Line, MaxLength: 300, Hint: "Wie is verantwoordelijk na de pilot (een rol of afdeling)."),
                new("budgetLine", "Budgetregel", ExerciseFieldType.Line, MaxLength: 300),
                new("startDate", "Startdatum", ExerciseFieldType.Date),
                new("outcomeGoals", "Uitkomstdoelen"),
                new("whatStops", "Wat wordt afgebouwd", Hint: "Wat stopt er als dit regulier wordt (exnovatie)."),
            ],
            "Kan een raad hierover besluiten: zijn eigenaar, budgetregel en startdatum concreet? Staat er wat er stopt?"),
    };

    /// <summary>The form of an exercise kind.</summary>
    public static ExerciseForm For(ExerciseKind kind) => Forms[kind];

    private static IEnumerable<ExerciseField> ThreeLevelFields()
    {
        yield return new("experiment", "Het experiment", ExerciseFieldType.Line, MaxLength: 300);
        foreach (var (level, label) in new[] { ("landscape", "Landschap"), ("regime", "Regime"), ("niche", "Niche") })
            for (var i = 1; i <= 2; i++)
            {
                yield return new($"{level}{i}", $"Kracht {i}", ExerciseFieldType.Line, MaxLength: 300, Group: label);
                yield return new($"{level}{i}Effect", $"Kracht {i} helpt of remt", ExerciseFieldType.Choice, Options: Effects, Group: label);
            }
    }

    private static IEnumerable<ExerciseField> XCurveFields()
    {
        for (var i = 1; i <= 3; i++)
        {
            var group = $"Experiment {i}";
            yield return new($"experiment{i}", "Naam van het experiment", ExerciseFieldType.Line, MaxLength: 300, Group: group);
            yield return new($"phase{i}", "Fase op de X-curve", ExerciseFieldType.Choice, Options: Phases, Group: group);
            yield return new($"tippingPoint{i}", "Welk kantelpunt is nodig voor de volgende fase?", Group: group);
        }
    }
}
