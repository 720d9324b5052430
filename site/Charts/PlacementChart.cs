using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace TransitionLab.Site.Charts;

/// <summary>
/// A participant's own placement of a few experiments on the X-curve (the course's exercise): the same curves and
/// phase columns as the site's X-curve, with one numbered dot per experiment on the rising line. The numbers match
/// the list the page puts under it, which says the same in words.
/// </summary>
public static class PlacementChart
{
    private const int Radius = 14;

    /// <param name="id">Unique id on the page; the title gets <c>{id}-titel</c>.</param>
    /// <param name="title">What the drawing shows, read by screen readers.</param>
    /// <param name="phases">The phase labels, in curve order.</param>
    /// <param name="placed">Each experiment's number and the index of its phase in <paramref name="phases"/>.</param>
    public static MarkupString Draw(string id, string title, IReadOnlyList<string> phases, IReadOnlyList<(int Number, int Phase)> placed)
    {
        var sb = new StringBuilder(2048);
        Svg.Open(sb, id, title, 800, 440);
        sb.Append("<path class=\"x-old\" d=\"M 20 60 C 300 60, 500 360, 780 380\"/>");
        sb.Append("<path class=\"x-new\" d=\"M 20 380 C 300 380, 500 60, 780 60\"/>");
        for (var i = 0; i < phases.Count; i++)
        {
            var x = 100 + i * 200;
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"x-phase\" x1=\"{x + 100}\" y1=\"20\" x2=\"{x + 100}\" y2=\"400\"/>");
            Svg.Text(sb, x, 430, "middle", phases[i]);
        }
        // Experiments in the same phase sit side by side, centred on the phase, each on the curve where it stands.
        foreach (var group in placed.GroupBy(p => p.Phase))
        {
            var inPhase = group.ToArray();
            for (var j = 0; j < inPhase.Length; j++)
            {
                var cx = 100 + group.Key * 200 + (j - (inPhase.Length - 1) / 2.0) * (2 * Radius + 6);
                var cy = Svg.RisingY(cx) - 2 - Radius;
                sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"x-place\" cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"{Radius}\"/>");
                Svg.Text(sb, cx, cy + 7, "middle", inPhase[j].Number.ToString(CultureInfo.InvariantCulture));
            }
        }
        sb.Append("</svg>");
        return new(sb.ToString());
    }
}
