using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace TransitionLab.Site.Charts;

/// <summary>One bar: a label, its full value and the part of it drawn darker (e.g. still open).</summary>
/// <param name="Label">Text beside the bar.</param>
/// <param name="Value">Length of the bar.</param>
/// <param name="Part">Length of the darker part, from the start; 0 for none.</param>
/// <param name="Text">Value as printed after the bar.</param>
public sealed record Bar(string Label, double Value, double Part, string Text);

/// <summary>
/// Charts drawn at build time as inline SVG, so they show without JavaScript. Each chart is an image
/// with a title for screen readers; the page puts a table with the same numbers beside it. Colours keep
/// at least 3:1 against white (WCAG 2.1 AA for graphics) and text 4.5:1.
/// </summary>
public static class Svg
{
    private const int BarArea = 360;
    private const int LabelHeight = 20;
    private const int BarHeight = 18;
    private const int RowHeight = LabelHeight + BarHeight + 10;

    // Widest a character of the 14px label font gets on average in Dutch text (measured in Chromium's default
    // sans-serif: 7.4px); a label is given room for its full length, so no label is ever cut off.
    private const double CharacterWidth = 8;

    /// <summary>
    /// A horizontal bar chart: each bar with its label on the line above it, so a long label never pushes the
    /// bars off a narrow screen. The image is drawn at its natural width and only shrinks to fit a narrower column.
    /// </summary>
    /// <param name="id">Unique id on the page; the title gets <c>{id}-titel</c>.</param>
    /// <param name="title">What the chart shows, read by screen readers.</param>
    /// <param name="bars">The bars, top to bottom.</param>
    public static MarkupString HorizontalBars(string id, string title, IReadOnlyList<Bar> bars)
    {
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var longestLabel = bars.Count == 0 ? 0 : bars.Max(b => b.Label.Length);
        var longestValue = bars.Count == 0 ? 0 : bars.Max(b => b.Text.Length);
        var width = (int)Math.Ceiling(Math.Max(BarArea + 6 + longestValue * CharacterWidth + 4, longestLabel * CharacterWidth + 4));
        var height = Math.Max(1, bars.Count) * RowHeight + 4;
        var sb = new StringBuilder(256 + bars.Count * 300);
        Open(sb, id, title, width, height, naturalWidth: true);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 2 + i * RowHeight;
            var length = bar.Value / max * BarArea;
            var part = bar.Part / max * BarArea;
            Text(sb, 0, y + 15, "start", bar.Label);
            var barY = y + LabelHeight;
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"0.5\" y=\"{barY}\" width=\"{length:0.#}\" height=\"{BarHeight}\"/>");
            if (part > 0) sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-part\" x=\"0.5\" y=\"{barY}\" width=\"{part:0.#}\" height=\"{BarHeight}\"/>");
            Text(sb, length + 6, barY + 14, "start", bar.Text);
        }
        sb.Append("</svg>");
        return new(sb.ToString());
    }

    /// <summary>Most dots drawn per phase; the rest is a number, so 10,000 experiments stay a small image.</summary>
    public const int MaxDotsPerPhase = 40;

    /// <summary>
    /// The X-curve: the old system breaking down, the new one building up, and one dot per experiment
    /// in the column of its phase (at most <see cref="MaxDotsPerPhase"/>, then "+ n").
    /// </summary>
    /// <param name="id">Unique id on the page.</param>
    /// <param name="title">What the chart shows, read by screen readers.</param>
    /// <param name="phases">Label and number of experiments of each phase, in curve order.</param>
    public static MarkupString XCurve(string id, string title, IReadOnlyList<(string Label, int Count)> phases)
    {
        const int radius = 6;
        var sb = new StringBuilder(4096);
        Open(sb, id, title, 800, 440);
        sb.Append("<path class=\"x-old\" d=\"M 20 60 C 300 60, 500 360, 780 380\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<path class=\"x-new\" d=\"M {Rising[0].X} {Rising[0].Y} C {Rising[1].X} {Rising[1].Y}, {Rising[2].X} {Rising[2].Y}, {Rising[3].X} {Rising[3].Y}\"/>");
        for (var i = 0; i < phases.Count; i++)
        {
            var x = 100 + i * 200;
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"x-phase\" x1=\"{x + 100}\" y1=\"20\" x2=\"{x + 100}\" y2=\"400\"/>");
            Text(sb, x, 430, "middle", phases[i].Label);
            var drawn = Math.Min(phases[i].Count, MaxDotsPerPhase);
            var columns = (drawn + 9) / 10;
            var top = double.MaxValue;
            for (var j = 0; j < drawn; j++)
            {
                // Columns of ten dots, centred on the phase, each rising from where the curve is under it:
                // the lowest dot rests on the curve's line (half its 4px stroke plus the dot's radius above it).
                var (column, row) = (j / 10, j % 10);
                var cx = x + (column - (columns - 1) / 2.0) * 16;
                var cy = RisingY(cx) - 2 - radius - row * 14;
                top = Math.Min(top, cy);
                sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"x-dot\" cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"{radius}\"/>");
            }
            if (phases[i].Count > drawn) Text(sb, x + columns * 8 + 4, top, "start", $"+ {phases[i].Count - drawn}");
        }
        sb.Append("</svg>");
        return new(sb.ToString());
    }

    // The rising curve of the new system, a cubic Bezier from bottom left to top right.
    private static readonly (double X, double Y)[] Rising = [(20, 380), (300, 380), (500, 60), (780, 60)];

    /// <summary>Height of the rising curve at <paramref name="x"/>; x grows with t along this curve, so bisection finds t.</summary>
    internal static double RisingY(double x)
    {
        double lo = 0, hi = 1;
        for (var step = 0; step < 40; step++)
        {
            var mid = (lo + hi) / 2;
            if (Bezier(mid, p => p.X) < x) lo = mid; else hi = mid;
        }
        return Bezier((lo + hi) / 2, p => p.Y);
    }

    private static double Bezier(double t, Func<(double X, double Y), double> axis)
    {
        var u = 1 - t;
        return u * u * u * axis(Rising[0]) + 3 * u * u * t * axis(Rising[1]) + 3 * u * t * t * axis(Rising[2]) + t * t * t * axis(Rising[3]);
    }

    /// <summary>Opens an SVG image whose accessible name is <paramref name="title"/>.</summary>
    /// <param name="naturalWidth">Draw at <paramref name="width"/> pixels (text at its set size) instead of filling the column.</param>
    /// <param name="kind">A class naming the kind of chart, for a stylesheet that styles its parts by kind.</param>
    internal static void Open(StringBuilder sb, string id, string title, int width, int height, bool naturalWidth = false, string? kind = null)
    {
        var shownWidth = naturalWidth ? width.ToString(CultureInfo.InvariantCulture) : "100%";
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart{(kind is null ? "" : " " + kind)}\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-titel\" viewBox=\"0 0 {width} {height}\" width=\"{shownWidth}\" preserveAspectRatio=\"xMinYMin meet\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-titel\">{Encode(title)}</title>");
    }

    /// <summary>An SVG text element (Razor reserves <c>&lt;text&gt;</c>, so charts are written as markup).</summary>
    /// <param name="anchor">Where the text hangs from x; null for the chart kind's default in the stylesheet.</param>
    /// <param name="cssClass">The text's class; null where the chart kind styles its text in the stylesheet.</param>
    internal static void Text(StringBuilder sb, double x, double y, string? anchor, string text, string? cssClass = "label")
    {
        sb.Append("<text");
        if (cssClass is not null) sb.Append(" class=\"").Append(cssClass).Append('"');
        sb.Append(CultureInfo.InvariantCulture, $" x=\"{x:0.#}\" y=\"{y:0.#}\"");
        if (anchor is not null) sb.Append(" text-anchor=\"").Append(anchor).Append('"');
        sb.Append('>').Append(Encode(text)).Append("</text>");
    }

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
