using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Site.Charts;

/// <summary>
/// Belemmering kinds against themes or areas, drawn at build time. The data table under it is the text
/// alternative and holds every number and link, so the drawing is hidden from screen readers; its filled cells
/// are links for mouse users to the same cell of the table, kept out of the tab order because the table's own
/// links are the keyboard's way. Darker is more experiments, and every cell also prints its number.
/// </summary>
public static class Heatmap
{
    private const int Cell = 44;

    // As in Svg: room for a label's full length, so none is cut off.
    private const double CharacterWidth = 8;

    // Four steps of the accent colour; the number's colour switches with the step, so it keeps 4.5:1 (see style.css).
    private const int Steps = 4;

    /// <summary>The id of a cell in the data table, which the drawing's cell links to.</summary>
    public static string CellId(string prefix, BarrierKind kind, string column) => $"{prefix}-{kind.ToCode()}-{column}";

    /// <summary>The step (1 to 4) of a cell's colour: its share of the largest cell.</summary>
    public static int Step(int count, int max) => count <= 0 ? 0 : Math.Clamp((int)Math.Ceiling((double)count * Steps / Math.Max(1, max)), 1, Steps);

    /// <summary>The heatmap as an SVG image hidden from screen readers.</summary>
    /// <param name="prefix">Unique on the page; the image's id and the prefix of the table's cell ids.</param>
    /// <param name="map">The counts.</param>
    public static MarkupString Draw(string prefix, BarrierHeatmap map)
    {
        var labelWidth = (int)Math.Ceiling(map.Kinds.Select(k => DutchLabels.For(k).Length).DefaultIfEmpty(0).Max() * CharacterWidth) + 12;
        // A column name leans at 45 degrees: it needs its length times sin 45° above the cells and beside the last one.
        var lean = (int)Math.Ceiling(map.Columns.Select(c => c.Label.Length).DefaultIfEmpty(0).Max() * CharacterWidth * 0.71) + 16;
        var width = labelWidth + map.Columns.Count * Cell + lean;
        var height = lean + map.Kinds.Count * Cell + 4;
        var sb = new StringBuilder(4096);
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart heatmap\" id=\"{prefix}\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" preserveAspectRatio=\"xMinYMin meet\">");
        for (var c = 0; c < map.Columns.Count; c++)
        {
            var x = labelWidth + c * Cell + Cell / 2;
            sb.Append(CultureInfo.InvariantCulture,
                $"<text class=\"label\" transform=\"translate({x},{lean - 8}) rotate(-45)\" text-anchor=\"start\">{Svg.Encode(map.Columns[c].Label)}</text>");
        }
        for (var r = 0; r < map.Kinds.Count; r++)
        {
            var kind = map.Kinds[r];
            var y = lean + r * Cell;
            Svg.Text(sb, labelWidth - 8, y + Cell / 2 + 5, "end", DutchLabels.For(kind));
            for (var c = 0; c < map.Columns.Count; c++)
            {
                var key = map.Columns[c].Key;
                var count = map.At(kind, key).Count;
                var x = labelWidth + c * Cell;
                if (count == 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"heat-empty\" x=\"{x + 2}\" y=\"{y + 2}\" width=\"{Cell - 4}\" height=\"{Cell - 4}\"/>");
                    continue;
                }
                var step = Step(count, map.Max);
                sb.Append(CultureInfo.InvariantCulture, $"<a href=\"#{CellId(prefix, kind, key)}\" tabindex=\"-1\">");
                sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"heat-{step}\" x=\"{x + 2}\" y=\"{y + 2}\" width=\"{Cell - 4}\" height=\"{Cell - 4}\"/>");
                Svg.Text(sb, x + Cell / 2.0, y + Cell / 2.0 + 5, "middle", count.ToString(CultureInfo.InvariantCulture), $"heat-count heat-count-{step}");
                sb.Append("</a>");
            }
        }
        sb.Append("</svg>");
        return new(sb.ToString());
    }
}
