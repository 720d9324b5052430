using System.Security.Cryptography;
using System.Text;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Language;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Search;

/// <summary>One thing a search can find, with everything a result shows and a filter narrows by.</summary>
/// <param name="Kind">What it is (<see cref="SearchKind"/>), shown on the result and filtered by <c>soort</c>.</param>
/// <param name="Url">Where the result links to.</param>
/// <param name="Title">The result's heading; a word here ranks above a word in the text.</param>
/// <param name="Text">Every searchable word besides the title, in reading order; the excerpt comes from it.</param>
/// <param name="Verdict">The Dutch label of an experiment's scaling verdict (also on its lessons); empty for the rest.</param>
/// <param name="Filters">Per filter (<c>thema</c>, <c>gemeente</c>, <c>oordeel</c>, <c>soort</c>) the codes it has.</param>
/// <param name="Keywords">Words it is found by that are not in its text: the names authors gave its goals
/// (<c>minder-uithuisplaatsingen</c> for "minder kinderen die uit huis worden geplaatst").</param>
public sealed record SearchDocument(string Kind, string Url, string Title, string Text, string Verdict,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters, string Keywords = "")
{
    // Held as UTF-8, half the size of a string for Dutch text: the index keeps every document for the life of the
    // process, and at national scale the experiments' texts (body, goals and every lesson) came to 170 MB as strings.
    private readonly byte[] _text = Encoding.UTF8.GetBytes(Text);

    /// <summary>Every searchable word besides the title, in reading order; the excerpt comes from it. Decoded on each read.</summary>
    public string Text { get => Encoding.UTF8.GetString(_text); init => _text = Encoding.UTF8.GetBytes(value); }

    /// <summary>The experiment whose records it shows (its page or one of its lessons), so a change to those
    /// records re-indexes exactly its documents; empty for the rest.</summary>
    public string? Experiment { get; init; }

    /// <summary>What an id holds after its document went away: no words, no filters, never a result.</summary>
    public static SearchDocument Gone { get; } = new("", "", "", "", "", new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>
    /// Everything the site shows in words: experiments (body, goals, lessons, belemmeringen, the learning loop),
    /// its lessons for others as one result, themes, concepts, course modules and content pages. Experiments come
    /// first and keep catalogue order, so a result list without other ranking reads like the catalogue.
    /// </summary>
    public static IReadOnlyList<SearchDocument> From(SiteContext site)
    {
        var c = site.Catalogue;
        var experiments = new SearchDocument[c.Experiments.Count];
        Parallel.For(0, experiments.Length, BuildParallelism.OnCurrentScheduler, i => experiments[i] = Page(site, c.Experiments[i]));
        return
        [
            .. experiments,
            .. c.Experiments.SelectMany(e => Lessons(site, e)),
            .. c.Themes.Select(t => Plain(SearchKind.Theme, SiteUrls.Theme(t.Slug), t.Title, [t.Summary, SearchText.FromHtml(t.BodyHtml)], ("thema", t.Slug))),
            .. c.Concepts.Select(k => Plain(SearchKind.Concept, SiteUrls.Concept(k.Slug), k.Title, [k.Summary, string.Join(", ", k.Aliases), SearchText.FromHtml(k.BodyHtml)])),
            .. c.Modules.Select(m => Plain(SearchKind.Module, SiteUrls.Module(m.Slug), m.Title,
                [m.Summary, .. m.LearningGoals, SearchText.FromHtml(m.BodyHtml), m.Exercise])),
            .. c.Areas.Select(a => Plain(SearchKind.Area, SiteUrls.Area(a.Slug), a.Title,
                [a.Summary, .. a.Goals.Select(g => g.Description), SearchText.FromHtml(a.BodyHtml), .. a.Municipalities]) with { Keywords = GoalNames(a.Goals.Select(g => g.Id)) }),
            .. c.Pages.Select(p => Plain(SearchKind.Page, SiteUrls.Page(p.Slug), p.Title, [p.Summary, SearchText.FromHtml(p.BodyHtml)])),
        ];
    }

    /// <summary>One experiment's documents: its page, then its lessons, as <see cref="From"/> has them.</summary>
    public static IReadOnlyList<SearchDocument> Of(SiteContext site, Experiment e) => [Page(site, e), .. Lessons(site, e)];

    /// <summary>Whether <paramref name="other"/> shows and is found by exactly the same.</summary>
    public bool SameAs(SearchDocument other) =>
        Kind == other.Kind && Url == other.Url && Title == other.Title && _text.AsSpan().SequenceEqual(other._text) && Verdict == other.Verdict
        && Keywords == other.Keywords && Experiment == other.Experiment && Filters.Count == other.Filters.Count
        && Filters.All(f => other.Filters.TryGetValue(f.Key, out var codes) && f.Value.SequenceEqual(codes, StringComparer.Ordinal));

    /// <summary>Adds everything <see cref="SameAs"/> compares to <paramref name="hash"/>.</summary>
    public void AppendTo(IncrementalHash hash)
    {
        foreach (var part in (byte[][])[Utf8(Kind), Utf8(Url), Utf8(Title), _text, Utf8(Verdict), Utf8(Keywords), Utf8(Experiment)])
        {
            hash.AppendData(part);
            hash.AppendData([0]);
        }
        foreach (var (key, codes) in Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
            hash.AppendData(Encoding.UTF8.GetBytes($"{key}={string.Join(',', codes)};"));
    }

    private static byte[] Utf8(string? text) => Encoding.UTF8.GetBytes(text ?? "");

    private static SearchDocument Page(SiteContext site, Experiment e)
    {
        var verdict = site.VerdictOf(e.Slug).Kind;
        var reflections = site.ReflectionsOf(e.Slug);
        var latest = reflections.Count > 0 ? reflections[^1] : null;
        string[] learned = latest is null ? [] :
        [
            latest.Loop.Observed, latest.Loop.Learned, latest.Loop.Therefore,
            latest.Lessons.Challenges, latest.Lessons.ConditionsForSuccess, latest.Lessons.Replication, latest.Route.Exnovation,
            // The learning agenda names only the first askers of a shared question and searches for the rest.
            .. latest.LearningQuestions.Select(q => q.Question),
        ];
        var texts = new[] { e.Summary, e.BodyText }
            .Concat(e.Goals.Select(g => $"{g.Description} ({g.TargetGroup})"))
            .Concat(learned)
            .Concat(reflections.Select(r => r.Lessons.LessonsLearned))
            .Concat(reflections.SelectMany(r => r.Barriers).Select(b => b.Description))
            .Concat([e.Municipality, e.Region, .. e.Themes.Select(t => site.Theme(t).Title), .. e.Frontrunners, .. e.Partners]);
        return new SearchDocument(SearchKind.Experiment, SiteUrls.Experiment(e.Slug), e.Title, Join(texts), DutchLabels.For(verdict),
            FiltersOf(SearchKind.Experiment, e.Themes, Slugs.From(e.Municipality), verdict.ToCode()), GoalNames(e.Goals.Select(g => g.Id))) { Experiment = e.Slug };
    }

    // All of an experiment's lessons are one result: they link to the same place on its page, so a result per
    // lesson showed the same title and link once per cycle that matched (and made the index six times larger at
    // national scale). Newest first, so the excerpt and a short text show the latest lesson.
    private static IEnumerable<SearchDocument> Lessons(SiteContext site, Experiment e)
    {
        var lessons = Learning.Lesson.Of(site, e).ToArray();
        if (lessons.Length == 0) yield break;
        var verdict = lessons[0].Verdict.Kind;
        yield return new SearchDocument(SearchKind.Lesson, SiteUrls.Experiment(e.Slug) + "#wat-we-leren", Dutch.SearchLessonTitle(e.Title, lessons.Length),
            Join(lessons.Reverse().Select(l => l.Text)), DutchLabels.For(verdict),
            FiltersOf(SearchKind.Lesson, e.Themes, Slugs.From(e.Municipality), verdict.ToCode())) { Experiment = e.Slug };
    }

    private static SearchDocument Plain(string kind, string url, string title, IEnumerable<string> texts, (string Key, string Code)? filter = null)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { [SearchFilters.Kind] = [kind] };
        if (filter is { } f) filters[f.Key] = [f.Code];
        return new SearchDocument(kind, url, title, Join(texts), "", filters);
    }

    private static Dictionary<string, IReadOnlyList<string>> FiltersOf(string kind, IReadOnlyList<string> themes, string municipality, string verdict) => new()
    {
        [SearchFilters.Theme] = themes,
        [SearchFilters.Municipality] = [municipality],
        [SearchFilters.Verdict] = [verdict],
        [SearchFilters.Kind] = [kind],
    };

    private static string GoalNames(IEnumerable<string> ids) => string.Join(' ', ids.Select(id => id.Replace('-', ' ')));

    // Sentences end where a part ends, so an excerpt never runs two parts together mid-sentence.
    private static string Join(IEnumerable<string> texts) =>
        string.Join(' ', texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal)
            .Select(t => t.EndsWith('.') || t.EndsWith('?') || t.EndsWith('!') ? t : t + "."));
}

/// <summary>The kinds of result, as codes for the <c>soort</c> filter.</summary>
public static class SearchKind
{
    /// <summary>An experiment page.</summary>
    public const string Experiment = "experiment";
    /// <summary>An experiment's lessons for others, from its reflections.</summary>
    public const string Lesson = "les";
    /// <summary>A theme page.</summary>
    public const string Theme = "thema";
    /// <summary>A concept in the glossary.</summary>
    public const string Concept = "begrip";
    /// <summary>A course module.</summary>
    public const string Module = "module";
    /// <summary>An area (municipality or region) with its shared goals.</summary>
    public const string Area = "gebied";
    /// <summary>Any other content page.</summary>
    public const string Page = "pagina";

    /// <summary>Every kind, in the order the filter lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Experiment, Lesson, Concept, Module, Theme, Area, Page];
}

/// <summary>The filters' URL parameter names, which are also the keys of <see cref="SearchDocument.Filters"/>.</summary>
public static class SearchFilters
{
    /// <summary>Theme slug.</summary>
    public const string Theme = "thema";
    /// <summary>Municipality slug.</summary>
    public const string Municipality = "gemeente";
    /// <summary>Verdict code.</summary>
    public const string Verdict = "oordeel";
    /// <summary>Kind of result (<see cref="SearchKind"/>).</summary>
    public const string Kind = "soort";

    /// <summary>Every filter, in the order the form shows them.</summary>
    public static IReadOnlyList<string> All { get; } = [Theme, Municipality, Verdict, Kind];
}
