using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Content;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Tests;

/// <summary>
/// Every enum code reads the same wherever a visitor meets it: on the pages, as a form option and in the CSV export,
/// and that wording is the one of <see cref="DutchLabels"/>. (The API's JSON labels are checked in the API tests.)
/// </summary>
public sealed class OneLabelPerCodeTests(FixtureSiteWithSnapshot fixture) : IClassFixture<FixtureSiteWithSnapshot>
{
    private BuiltSite Site => fixture.Site;

    // Form fields by name (list indexes removed) and the enum their options name.
    private static readonly Dictionary<string, Func<string, string?>> FormFields = new(StringComparer.Ordinal)
    {
        ["stage"] = LabelOf<LifecycleStage>,
        ["xCurve"] = LabelOf<XCurvePosition>,
        ["hypothesis.result"] = LabelOf<HypothesisResult>,
        ["loop.decision"] = LabelOf<LoopDecision>,
        ["dataReliability"] = LabelOf<DataReliability>,
        ["contexts.direction"] = LabelOf<OutcomeDirection>,
        ["barriers.kind"] = LabelOf<BarrierKind>,
        ["barriers.level"] = LabelOf<BarrierLevel>,
        ["barriers.status"] = LabelOf<BarrierStatus>,
        ["route.route"] = LabelOf<ScalingRoute>,
        ["sustainment.plan"] = LabelOf<StructuralPlanStatus>,
        ["rolesPresent"] = LabelOf<ParticipantRole>,
        ["evidenceLevel"] = code => int.TryParse(code, out var n) && Enum.IsDefined((EvidenceLevel)n) ? DutchLabels.Numbered((EvidenceLevel)n) : null,
    };

    [Fact]
    public async Task Every_option_of_the_reflection_form_shows_the_label_of_its_code()
    {
        // The form is the page the API renders for a signed-in frontrunner, with the same components as the site.
        var loaded = ContentLoader.Load(Repository.Fixture("site"));
        var context = new SiteContext(new SiteInput(loaded.Catalogue, ReflectionTimelines.From([]), [],
            new SiteOptions { BaseUrl = BuiltSite.BaseUrl, ApiBaseUrl = BuiltSite.ApiBaseUrl }));
        var experiment = loaded.Catalogue.Experiments.Single(e => e.Slug == "netwerkberaden-walcheren");
        var html = await SiteForms.ReflectionFormAsync(context, experiment, FormState.Empty);
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("form[method=post]")!;
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (name, code, text) in Options(form))
        {
            var field = Regex.Replace(name, @"\[\d+\]", "");
            if (!FormFields.TryGetValue(field, out var label)) continue;
            Assert.Equal(label(code), text);
            (seen.TryGetValue(field, out var codes) ? codes : seen[field] = []).Add(code);
        }
        Assert.Equal(FormFields.Keys.Order(), seen.Keys.Order());
        Assert.Equal(EnumCode.All<BarrierKind>().Count, seen["barriers.kind"].Count);
        Assert.Equal(Enum.GetValues<EvidenceLevel>().Length, seen["evidenceLevel"].Count);
    }

    [Fact]
    public void Pages_show_the_label_of_every_code_they_name()
    {
        var checkedCount = 0;
        foreach (var path in Site.HtmlPaths())
        {
            var page = Site.Page(path);
            foreach (var link in page.QuerySelectorAll("dd > a[href*='/experimenten/status/']"))
                checkedCount += Same(LabelOf<ExperimentStatus>(CodeIn(link, "status")), link.TextContent, path);
            foreach (var link in page.QuerySelectorAll("dd > a[href*='/experimenten/x-curve/']"))
                checkedCount += Same(LabelOf<XCurvePosition>(CodeIn(link, "x-curve")), link.TextContent, path);
            foreach (var verdict in page.QuerySelectorAll("section.verdict[data-verdict]"))
                checkedCount += Same(LabelOf<VerdictKind>(verdict.GetAttribute("data-verdict")!), verdict.QuerySelector(".verdict-label")!.TextContent, path);
            foreach (var flag in page.QuerySelectorAll("li[data-flag] > strong:first-child"))
                checkedCount += Same(LabelOf<VerdictFlag>(flag.ParentElement!.GetAttribute("data-flag")!), flag.TextContent, path);
            foreach (var result in page.QuerySelectorAll("dd[data-result]"))
                checkedCount += Same(LabelOf<HypothesisResult>(result.GetAttribute("data-result")!), result.TextContent, path);
        }
        Assert.True(checkedCount > 10, $"Only {checkedCount} labels found on the pages; the selectors no longer match the markup.");

        var ladder = Site.Page(SiteUrls.HowWeJudge).DocumentElement.TextContent;
        foreach (var level in Enum.GetValues<EvidenceLevel>()) Assert.Contains(DutchLabels.Numbered(level), ladder);
        foreach (var kind in Enum.GetValues<VerdictKind>()) Assert.Contains(DutchLabels.For(kind), ladder);
    }

    [Fact]
    public void Csv_export_names_themes_by_title_and_codes_by_their_labels()
    {
        var catalogue = ContentLoader.Load(Repository.Fixture("site")).Catalogue;
        var bytes = File.ReadAllBytes(Site.FileFor(SiteUrls.ExportCsv));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(';');
        int Column(string name) => Array.IndexOf(header, name);
        foreach (var line in lines.Skip(1))
        {
            // The fixture's slugs, themes and labels hold no ';', so a plain split reads them.
            var fields = line.Split(';');
            var experiment = catalogue.Experiments.Single(e => e.Slug == fields[Column("Slug")]);
            Assert.Equal(string.Join(", ", experiment.Themes.Select(t => catalogue.Themes.Single(x => x.Slug == t).Title)), fields[Column("Thema's")]);
            Assert.Equal(DutchLabels.For(experiment.Status), fields[Column("Status")]);
            Assert.Equal(LabelOf<VerdictKind>(fields[Column("Oordeelcode")]), fields[Column("Oordeel")]);
            var evidence = fields[Column("Bewijsniveau")];
            if (evidence.Length > 0) Assert.Contains(evidence, Enum.GetValues<EvidenceLevel>().Select(DutchLabels.Numbered));
        }
        Assert.Contains(lines.Skip(1), l => l.Split(';')[Column("Bewijsniveau")].Length > 0);
    }

    [Fact]
    public void Labels_of_one_enum_are_all_different()
    {
        AssertDistinct<VerdictKind>(); AssertDistinct<VerdictFlag>(); AssertDistinct<ExperimentStatus>(); AssertDistinct<XCurvePosition>();
        AssertDistinct<LifecycleStage>(); AssertDistinct<LoopDecision>(); AssertDistinct<HypothesisResult>(); AssertDistinct<EvidenceLevel>();
        AssertDistinct<BarrierKind>(); AssertDistinct<BarrierLevel>(); AssertDistinct<BarrierStatus>(); AssertDistinct<ScalingRoute>();
        AssertDistinct<StructuralPlanStatus>(); AssertDistinct<DataReliability>(); AssertDistinct<OutcomeDirection>(); AssertDistinct<ParticipantRole>();
    }

    private static void AssertDistinct<T>() where T : struct, Enum
    {
        var labels = Enum.GetValues<T>().Select(v => LabelOf<T>(v.ToCode())!).ToArray();
        Assert.Equal(labels.Length, labels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static IEnumerable<(string Name, string Code, string Text)> Options(IElement form)
    {
        foreach (var select in form.QuerySelectorAll("select[name]"))
            foreach (var option in select.QuerySelectorAll("option").Where(o => (o.GetAttribute("value") ?? "").Length > 0))
                yield return (select.GetAttribute("name")!, option.GetAttribute("value")!, option.TextContent.Trim());
        foreach (var box in form.QuerySelectorAll("input[type=checkbox][name=rolesPresent]"))
            yield return ("rolesPresent", box.GetAttribute("value")!, box.ParentElement!.TextContent.Trim());
    }

    private static string CodeIn(IElement link, string facet) =>
        Regex.Match(link.GetAttribute("href")!, $"/{facet}/([a-z-]+)/").Groups[1].Value;

    private static int Same(string? expected, string shown, string path)
    {
        Assert.True(expected is not null, $"{path} names a code that has no label.");
        Assert.True(expected == shown.Trim(), $"{path} shows '{shown.Trim()}' where the label is '{expected}'.");
        return 1;
    }

    /// <summary>The label table's entry for a code, through the same <see cref="DutchLabels"/> overload the product calls.</summary>
    private static string? LabelOf<T>(string code) where T : struct, Enum =>
        EnumCode.TryParse<T>(code, out var value)
            ? (string)typeof(DutchLabels).GetMethod(nameof(DutchLabels.For), [typeof(T)])!.Invoke(null, [value])!
            : null;
}
