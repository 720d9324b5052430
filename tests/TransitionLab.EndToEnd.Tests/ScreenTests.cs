using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// The WCAG 2.1 AA criteria axe cannot see on its own: the dark colour scheme, the charts' colours,
/// 200% text (1.4.4) and the text-spacing overrides of 1.4.12, on a phone and a laptop.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class ScreenTests(ProductFixture fixture)
{
    /// <summary>One page of each kind: lists, an experiment, charts, tables, a course module, forms.</summary>
    public static readonly string[] PagesOfEachKind =
    [
        "/", "/experimenten/", "/experimenten/netwerkberaden-walcheren/", "/wat-werkt/", "/pilots-in-gevaar/",
        "/belemmeringen/", "/x-curve/", "/hoe-wij-beoordelen/", "/themas/jeugd/", "/gemeenten/middelburg/",
        "/begrippen/", "/cursus/", "/cursus/verdiepen-verbreden-opschalen/", "/zoeken/", "/aanmelden/", "/toegankelijkheid/",
        "/lessen/", "/experimenten/doorbraakfunctionaris-zaanstad/blad/",
    ];

    public static TheoryData<string, int, string> EveryScreen()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var path in PagesOfEachKind)
            foreach (var width in new[] { 390, 1280 })
                foreach (var scheme in new[] { "light", "dark" })
                    data.Add(path, width, scheme);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryScreen))]
    public async Task Page_has_no_wcag_21_aa_violations_in_either_colour_scheme(string path, int width, string scheme)
    {
        var page = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 900 }, Scheme(scheme));
        await page.GotoAsync(path);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToArray();
        AuditRecord.Report("1.4.3", result.Violations.Select(v => $"{path} ({width} pixels, {(scheme == "dark" ? "donker" : "licht")}): axe-core meldt '{v.Id}'."));
        Assert.True(found.Length == 0, $"{path} at {width} px, {scheme}: {found.Length} violations:\n{string.Join("\n", found)}");
    }

    [Theory]
    [InlineData("/x-curve/", "light")]
    [InlineData("/x-curve/", "dark")]
    [InlineData("/experimenten/netwerkberaden-walcheren/", "light")]
    [InlineData("/experimenten/netwerkberaden-walcheren/", "dark")]
    public async Task Chart_graphics_keep_3_to_1_against_the_background(string path, string scheme)
    {
        var page = await fixture.NewPageAsync(Viewports.Desktop, Scheme(scheme));
        await page.GotoAsync(path);

        var weak = await page.EvaluateAsync<string[]>(ChartContrastScript);
        AuditRecord.Report("1.4.11", weak.Length == 0 ? [] : [$"{path} ({(scheme == "dark" ? "donker" : "licht")}): een deel van een grafiek heeft te weinig contrast."]);

        Assert.True(weak.Length == 0, $"{path} ({scheme}): chart parts under 3:1 (WCAG 1.4.11):\n{string.Join("\n", weak)}");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Text_spacing_overrides_clip_and_overlap_nothing(int width)
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 900 }, bypassCsp: true);
        foreach (var path in PagesOfEachKind)
        {
            await page.GotoAsync(path);
            await page.AddStyleTagAsync(new() { Content = TextSpacingOverrides });
            problems.AddRange((await page.EvaluateAsync<string[]>(ClippedTextScript)).Select(p => $"{path}: {p}"));
            if (await Layout.PageWidthAsync(page) > width) problems.Add($"{path}: scrolls sideways ({await Layout.WidestElementAsync(page)})");
        }
        AuditRecord.Report("1.4.12", problems.Select(p => $"{p[..p.IndexOf(": ", StringComparison.Ordinal)]}: tekst afgesneden of zijwaarts schuiven met ruimere tekstafstand ({width} pixels breed)."));
        Assert.True(problems.Count == 0, $"with WCAG 1.4.12's text spacing at {width} px:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task Text_at_200_percent_clips_nothing_and_needs_no_sideways_scrolling()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(Viewports.Desktop, bypassCsp: true);
        foreach (var path in PagesOfEachKind)
        {
            await page.GotoAsync(path);
            // The stylesheet sets the root size to 112.5%; twice that is the user's text size doubled.
            await page.AddStyleTagAsync(new() { Content = "html { font-size: 225% !important; }" });
            problems.AddRange((await page.EvaluateAsync<string[]>(ClippedTextScript)).Select(p => $"{path}: {p}"));
            if (await Layout.PageWidthAsync(page) > Viewports.Desktop.Width) problems.Add($"{path}: scrolls sideways ({await Layout.WidestElementAsync(page)})");
        }
        AuditRecord.Report("1.4.4", problems.Select(p => $"{p[..p.IndexOf(": ", StringComparison.Ordinal)]}: tekst afgesneden of zijwaarts schuiven bij tekst op 200%."));
        Assert.True(problems.Count == 0, $"at 200% text:\n{string.Join("\n", problems)}");
    }

    private static ColorScheme Scheme(string name) => name == "dark" ? ColorScheme.Dark : ColorScheme.Light;

    /// <summary>The bookmarklet values of SC 1.4.12, applied to everything.</summary>
    private const string TextSpacingOverrides = """
        * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-bottom: 2em !important; }
        """;

    /// <summary>Elements that cut off their own text: hidden overflow with more content than room.</summary>
    private const string ClippedTextScript = """
        () => {
          const found = [];
          for (const e of document.body.querySelectorAll('*')) {
            const style = getComputedStyle(e);
            if (!e.textContent.trim() || e.closest('svg, .table-scroll')) continue;
            const clipsX = ['hidden', 'clip'].includes(style.overflowX) && e.scrollWidth > e.clientWidth + 1;
            const clipsY = ['hidden', 'clip'].includes(style.overflowY) && e.scrollHeight > e.clientHeight + 1;
            const cutLine = style.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1;
            if (clipsX || clipsY || cutLine) found.push(`${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''} cuts off "${e.textContent.trim().slice(0, 40)}"`);
          }
          return found;
        }
        """;

    /// <summary>Every painted part of a chart against the page background, with WCAG's contrast formula.</summary>
    private const string ChartContrastScript = """
        () => {
          const lum = c => {
            const m = c.match(/[\d.]+/g); if (!m) return null;
            const [r, g, b] = m.slice(0, 3).map(v => { v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          const background = lum(getComputedStyle(document.documentElement).backgroundColor);
          const weak = [];
          for (const e of document.querySelectorAll('svg rect, svg path, svg circle, svg line, svg polyline, svg text')) {
            const s = getComputedStyle(e);
            if (s.visibility === 'hidden' || s.display === 'none') continue;
            // A line paints only its stroke; a fill that is fully transparent paints nothing.
            const fill = e.tagName === 'line' || parseFloat(s.fillOpacity) === 0 ? 'none' : s.fill;
            const stroke = parseFloat(s.strokeWidth) === 0 || parseFloat(s.strokeOpacity) === 0 ? 'none' : s.stroke;
            const paints = [fill, stroke].filter(p => p && p !== 'none' && !p.startsWith('url') && !/rgba\(.*,\s*0\)$/.test(p));
            const best = Math.max(0, ...paints.map(p => { const l = lum(p); return l === null ? 0 : contrast(l, background); }));
            const need = e.tagName === 'text' ? 4.5 : 3;
            if (paints.length > 0 && best < need) weak.push(`${e.tagName}.${e.getAttribute('class') ?? ''}: ${best.toFixed(2)}:1 (${paints.join(', ')})`);
          }
          return weak;
        }
        """;
}
