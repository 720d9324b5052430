using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Experiments;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Search;

/// <summary>
/// The compact list that site.js filters paginated experiment lists with (each experiment's facet codes),
/// kept at <c>/zoekindex.json</c> for links and scripts that read it. Search itself reads the sharded
/// full-text index under <c>/zoeken/index/</c> (<see cref="FullTextIndex"/>).
/// </summary>
public static class SearchIndex
{
    private const int BodyWords = 40;

    /// <summary>One searchable item.</summary>
    /// <param name="Url">Site path.</param>
    /// <param name="Slug">Slug.</param>
    /// <param name="Title">Title.</param>
    /// <param name="Summary">Summary.</param>
    /// <param name="Themes">Theme titles (experiments only).</param>
    /// <param name="Municipality">Municipality (experiments only).</param>
    /// <param name="Words">The first words of the body.</param>
    /// <param name="Facets">Experiments only: per facet key (<c>thema</c>, <c>oordeel</c>, ...) its codes, for the script filter of paginated lists.</param>
    public sealed record Entry(
        [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("slug")] string Slug,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("summary")] string Summary,
        [property: JsonPropertyName("themes")] IReadOnlyList<string> Themes,
        [property: JsonPropertyName("municipality")] string Municipality,
        [property: JsonPropertyName("words")] string Words,
        [property: JsonPropertyName("facets"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, IReadOnlyList<string>>? Facets = null);

    /// <summary>Entries for experiments, themes, concepts, course modules and pages.</summary>
    public static IEnumerable<Entry> Entries(SiteContext site)
    {
        var c = site.Catalogue;
        var facets = Facet.For(site);
        return c.Experiments.Select(e => new Entry(SiteUrls.Experiment(e.Slug), e.Slug, e.Title, e.Summary,
                e.Themes.Select(t => site.Theme(t).Title).ToArray(), e.Municipality, FirstWords(e.BodyText) + LearningWords(site, e),
                facets.ToDictionary(f => f.Key, f => f.CodesOf(e))))
            .Concat(c.Themes.Select(t => new Entry(SiteUrls.Theme(t.Slug), t.Slug, t.Title, t.Summary, [], "", "")))
            .Concat(c.Concepts.Select(k => new Entry(SiteUrls.Concept(k.Slug), k.Slug, k.Title, k.Summary, [], "", string.Join(' ', k.Aliases))))
            .Concat(c.Modules.Select(m => new Entry(SiteUrls.Module(m.Slug), m.Slug, m.Title, m.Summary, [], "", "")))
            .Concat(c.Pages.Select(p => new Entry(SiteUrls.Page(p.Slug), p.Slug, p.Title, p.Summary, [], "", "")));
    }

    /// <summary>The index as JSON.</summary>
    public static string Write(SiteContext site) => JsonSerializer.Serialize(Entries(site), Json);

    // Dutch letters stay readable instead of becoming \u escapes; HTML-sensitive characters are still escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// What the experiment taught, so a search finds it by a word that appears only in a lesson: the latest
    /// reflection's lessons, learned loop and exnovation, and every distinct lesson for others before it.
    /// </summary>
    private static string LearningWords(SiteContext site, Core.Experiments.Experiment e)
    {
        if (site.LatestReflectionOf(e.Slug) is not { } r) return "";
        var texts = new[] { r.Loop.Learned, r.Lessons.Challenges, r.Lessons.ConditionsForSuccess, r.Lessons.Replication, r.Route.Exnovation }
            .Concat(Learning.Lesson.Of(site, e).Select(l => l.Text))
            .Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal);
        return " " + string.Join(' ', texts.Select(t => FirstWords(t, LessonWords)));
    }

    private const int LessonWords = 30;

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split((char[]?)null, count + 1, StringSplitOptions.RemoveEmptyEntries).Take(count));

    private static string FirstWords(string text) =>
        string.Join(' ', text.Split((char[]?)null, BodyWords + 1, StringSplitOptions.RemoveEmptyEntries).Take(BodyWords));
}
