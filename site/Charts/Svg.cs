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
    private const int LabelWidth = 330;
    private const int BarArea = 360;
    private const int RowHeight = 26;

    /// <summary>A horizontal bar chart with one row per bar.</summary>
    /// <param name="id">Unique id on the page; the title gets <c>{id}-titel</c>.</param>
    /// <param name="title">What the chart shows, read by screen readers.</param>
    /// <param name="bars">The bars, top to bottom.</param>
    public static MarkupString HorizontalBars(string id, string title, IReadOnlyList<Bar> bars)
    {
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var width = LabelWidth + BarArea + 60;
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var sb = new StringBuilder(256 + bars.Count * 300);
        Open(sb, id, title, width, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * RowHeight;
            var length = bar.Value / max * BarArea;
            var part = bar.Part / max * BarArea;
            Text(sb, LabelWidth - 8, y + 17, "end", bar.Label);
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{length:0.#}\" height=\"{RowHeight - 8}\"/>");
            if (part > 0) sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-part\" x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{part:0.#}\" height=\"{RowHeight - 8}\"/>");
            Text(sb, LabelWidth + length + 6, y + 17, "start", bar.Text);
        }
        sb.Append("</svg>");
        return new(sb.ToString());
    }

    /// <summary>
    /// A small bar from baseline (empty) to target (full), filled as far as the current value got;
    /// decorative, because the text beside it says the same.
    /// </summary>
    public static MarkupString Progress(double fraction)
    {
        var filled = Math.Clamp(fraction, 0, 1) * 118;
        return new(string.Create(CultureInfo.InvariantCulture,
            $"<svg class=\"progress\" width=\"120\" height=\"12\" viewBox=\"0 0 120 12\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"track\" x=\"0.5\" y=\"0.5\" width=\"119\" height=\"11\"/><rect class=\"bar-part\" x=\"1\" y=\"1\" width=\"{filled:0.#}\" height=\"10\"/></svg>"));
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
        var sb = new StringBuilder(4096);
        Open(sb, id, title, 800, 440);
        sb.Append("<path class=\"x-old\" d=\"M 20 60 C 300 60, 500 360, 780 380\"/>");
        sb.Append("<path class=\"x-new\" d=\"M 20 380 C 300 380, 500 60, 780 60\"/>");
        for (var i = 0; i < phases.Count; i++)
        {
            var x = 100 + i * 200;
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"x-phase\" x1=\"{x + 100}\" y1=\"20\" x2=\"{x + 100}\" y2=\"400\"/>");
            Text(sb, x, 430, "middle", phases[i].Label);
            var top = CurveY(i) - 14;
            var drawn = Math.Min(phases[i].Count, MaxDotsPerPhase);
            for (var j = 0; j < drawn; j++)
            {
                // Columns of ten dots, side by side, rising from the curve.
                var (column, row) = (j / 10, j % 10);
                sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"x-dot\" cx=\"{x - 24 + column * 16}\" cy=\"{top - row * 14}\" r=\"6\"/>");
            }
            if (phases[i].Count > drawn) Text(sb, x + 48, top, "start", $"+ {phases[i].Count - drawn}");
        }
        sb.Append("</svg>");
        return new(sb.ToString());
    }

    // Height of the rising curve at the centre of each phase column, read off the path above.
    private static int CurveY(int phase) => phase switch { 0 => 365, 1 => 290, 2 => 150, _ => 75 };

    /// <summary>Opens an SVG image whose accessible name is <paramref name="title"/>.</summary>
    internal static void Open(StringBuilder sb, string id, string title, int width, int height)
    {
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-titel\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-titel\">{Encode(title)}</title>");
    }

    /// <summary>An SVG text element (Razor reserves <c>&lt;text&gt;</c>, so charts are written as markup).</summary>
    internal static void Text(StringBuilder sb, double x, double y, string anchor, string text, string cssClass = "label") =>
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"{cssClass}\" x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\">{Encode(text)}</text>");

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
