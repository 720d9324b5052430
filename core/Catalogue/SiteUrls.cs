namespace TransitionLab.Core.Catalogue;

/// <summary>
/// The site's URL scheme in one place. Content authors link with these paths, the loader checks
/// links against them, and the generator writes files at them, so the three cannot drift apart.
/// </summary>
public static class SiteUrls
{
    /// <summary>The list of every experiment, with its facets.</summary>
    public const string Experiments = "/experimenten/";
    /// <summary>The list of themes; each links to its experiments.</summary>
    public const string Themes = "/themas/";
    /// <summary>The list of municipalities that run an experiment.</summary>
    public const string Municipalities = "/gemeenten/";
    /// <summary>The glossary of transition concepts ("Begrippen").</summary>
    public const string Concepts = "/begrippen/";
    /// <summary>The course's first page: its modules in order.</summary>
    public const string Course = "/cursus/";
    /// <summary>What works: experiments ready to scale or mainstreamed.</summary>
    public const string WhatWorks = "/wat-werkt/";
    /// <summary>Pilot-cliff watchlist.</summary>
    public const string PilotsAtRisk = "/pilots-in-gevaar/";
    /// <summary>The page that counts barriers across experiments ("Belemmeringen").</summary>
    public const string Barriers = "/belemmeringen/";
    /// <summary>The published rule set of the scaling verdict.</summary>
    public const string HowWeJudge = "/hoe-wij-beoordelen/";
    /// <summary>X-curve view and scaling funnel.</summary>
    public const string XCurve = "/x-curve/";
    /// <summary>The site's search page.</summary>
    public const string Search = "/zoeken/";
    /// <summary>Printable course reader.</summary>
    public const string CourseReader = "/cursus/reader/";
    /// <summary>Areas (municipalities and regions) with their shared goals.</summary>
    public const string Areas = "/gebieden/";
    /// <summary>The transition agenda: regime belemmeringen, who changes them and when.</summary>
    public const string Agenda = "/transitieagenda/";
    /// <summary>The shared learning agenda: learning questions that several experiments ask.</summary>
    public const string LearningAgenda = "/leeragenda/";
    /// <summary>Sign-in page for frontrunners (served by the API's origin, which sets the session cookie).</summary>
    public const string SignIn = "/aanmelden/";
    /// <summary>The lessons of all experiments, grouped by theme.</summary>
    public const string Lessons = "/lessen/";
    /// <summary>Two to four experiments side by side; the experiments go in the query, each as <see cref="CompareParameter"/>.</summary>
    public const string Compare = "/vergelijk/";
    /// <summary>The query parameter that names one experiment to compare.</summary>
    public const string CompareParameter = "e";

    /// <summary>Page of one experiment.</summary>
    public static string Experiment(string slug) => $"/experimenten/{slug}/";
    /// <summary>The reflection form of one experiment, which the API renders for its signed-in frontrunner.</summary>
    public static string ReflectionForm(string slug) => $"/experimenten/{slug}/reflectie/";
    /// <summary>The printable one-page sheet of one experiment, for a council proposal.</summary>
    public static string Sheet(string slug) => $"/experimenten/{slug}/blad/";
    /// <summary>The comparison of <paramref name="slugs"/>, in that order.</summary>
    public static string CompareOf(IEnumerable<string> slugs) =>
        Compare + "?" + string.Join("&", slugs.Select(s => $"{CompareParameter}={Uri.EscapeDataString(s)}"));
    /// <summary>Lessons narrowed to one theme.</summary>
    public static string LessonsByTheme(string themeSlug) => $"/lessen/thema/{themeSlug}/";
    /// <summary>Lessons narrowed to one verdict code.</summary>
    public static string LessonsByVerdict(string verdictCode) => $"/lessen/oordeel/{verdictCode}/";
    /// <summary>Page of one theme.</summary>
    public static string Theme(string slug) => $"/themas/{slug}/";
    /// <summary>Page of one concept.</summary>
    public static string Concept(string slug) => $"/begrippen/{slug}/";
    /// <summary>Page of one course module.</summary>
    public static string Module(string slug) => $"/cursus/{slug}/";
    /// <summary>Page of one municipality.</summary>
    public static string Municipality(string name) => $"/gemeenten/{Slugs.From(name)}/";
    /// <summary>Page of one area.</summary>
    public static string Area(string slug) => $"/gebieden/{slug}/";
    /// <summary>One agenda item on the agenda page.</summary>
    public static string AgendaItem(string id) => $"{Agenda}#{id}";
    /// <summary>A plain content page.</summary>
    public static string Page(string slug) => $"/{slug}/";
    /// <summary>Experiment index filtered on one theme.</summary>
    public static string ExperimentsByTheme(string themeSlug) => $"/experimenten/thema/{themeSlug}/";
    /// <summary>Experiment index filtered on one municipality.</summary>
    public static string ExperimentsByMunicipality(string name) => $"/experimenten/gemeente/{Slugs.From(name)}/";
    /// <summary>Experiment index filtered on one status code (e.g. <c>running</c>).</summary>
    public static string ExperimentsByStatus(string statusCode) => $"/experimenten/status/{statusCode}/";
    /// <summary>Experiment index filtered on one X-curve position code (e.g. <c>take-off</c>).</summary>
    public static string ExperimentsByXCurve(string positionCode) => $"/experimenten/x-curve/{positionCode}/";
    /// <summary>Experiment index filtered on one verdict code (e.g. <c>deepen</c>).</summary>
    public static string ExperimentsByVerdict(string verdictCode) => $"/experimenten/oordeel/{verdictCode}/";
    /// <summary>Page <paramref name="number"/> (from 2) of a paginated list whose first page is <paramref name="firstPage"/>.</summary>
    public static string ListPage(string firstPage, int number) => number <= 1 ? firstPage : $"{firstPage}pagina/{number}/";
    /// <summary>The catalogue with verdicts as CSV for Dutch Excel.</summary>
    public const string ExportCsv = "/export/experimenten.csv";
    /// <summary>The catalogue with verdicts as JSON.</summary>
    public const string ExportJson = "/export/experimenten.json";
    /// <summary>The transition agenda as CSV for Dutch Excel.</summary>
    public const string AgendaCsv = "/export/transitieagenda.csv";
    /// <summary>The transition agenda as JSON.</summary>
    public const string AgendaJson = "/export/transitieagenda.json";
    /// <summary>The page a static host serves for a path that does not exist.</summary>
    public const string NotFound = "/404.html";

    /// <summary>Fixed pages the generator always writes; content may link to them.</summary>
    public static IReadOnlyList<string> FixedPages { get; } =
    [
        "/", Experiments, Themes, Municipalities, Concepts, Course, CourseReader, WhatWorks,
        PilotsAtRisk, Barriers, HowWeJudge, XCurve, Search, SignIn, Areas, Agenda, LearningAgenda, Lessons, Compare,
    ];
}
