using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace TransitionLab.Site.Charts;

/// <summary>
/// A goal's values over time (an area's per year, an experiment's per cycle) as a line between the baseline and
/// target lines. Like the other charts it is drawn at build time and has a table with the same numbers beside it;
/// the baseline is dashed and the target solid, so it reads in black and white too.
/// </summary>
public static class GoalChart
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 60;
    private const int Right = 20;
    private const int Top = 20;
    private const int Bottom = 40;

    /// <summary>The chart's class beside <c>chart</c>, which the stylesheet styles the texts by.</summary>
    public const string Kind = "goal-chart";

    /// <summary>The chart; <paramref name="labels"/> formats a value the Dutch way.</summary>
    /// <param name="id">Unique id on the page.</param>
    /// <param name="title">What the chart shows, read by screen readers.</param>
    /// <param name="points">Values by year (or cycle), oldest first.</param>
    /// <param name="baseline">The goal's baseline, drawn as a dashed line.</param>
    /// <param name="target">The goal's target, drawn as a line.</param>
    /// <param name="labels">Formats a value for the axis.</param>
    /// <param name="baselineLabel">Label of the baseline line.</param>
    /// <param name="targetLabel">Label of the target line.</param>
    /// <param name="stepLabel">Label under a point on the time axis; the year (or cycle) number by default.</param>
    public static MarkupString Lines(string id, string title, IReadOnlyList<(int Year, decimal Value)> points, decimal baseline, decimal target,
        Func<decimal, string> labels, string baselineLabel, string targetLabel, Func<int, string>? stepLabel = null)
    {
        var values = points.Select(p => p.Value).Append(baseline).Append(target).ToArray();
        var (low, high) = (values.Min(), values.Max());
        if (low == high) high = low + 1;
        var years = points.Select(p => p.Year).ToArray();
        var (first, last) = years.Length == 0 ? (0, 1) : (years.Min(), Math.Max(years.Max(), years.Min() + 1));
        double X(int year) => Left + (double)(year - first) / (last - first) * (Width - Left - Right);
        double Y(decimal value) => Top + (double)((high - value) / (high - low)) * (Height - Top - Bottom);

        var sb = new StringBuilder(1024);
        // Every experiment page draws one of these per measured goal, so its texts take their class and the
        // step labels their centring from the shared stylesheet (svg.goal-chart text) instead of each element.
        Svg.Open(sb, id, title, Width, Height, kind: Kind);
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"goal-baseline\" x1=\"{Left}\" y1=\"{Y(baseline):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(baseline):0.#}\"/>");
        Svg.Text(sb, Left - 6, Y(baseline) + 4, "end", labels(baseline), null);
        Svg.Text(sb, Width - Right, Y(baseline) - 6, "end", baselineLabel, null);
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"goal-target\" x1=\"{Left}\" y1=\"{Y(target):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(target):0.#}\"/>");
        Svg.Text(sb, Left - 6, Y(target) + 4, "end", labels(target), null);
        Svg.Text(sb, Width - Right, Y(target) - 6, "end", targetLabel, null);
        if (points.Count > 1)
            sb.Append("<polyline class=\"goal-line\" points=\"")
              .AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Year):0.#},{Y(p.Value):0.#}")))
              .Append("\"/>");
        foreach (var (year, value) in points)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"goal-dot\" cx=\"{X(year):0.#}\" cy=\"{Y(value):0.#}\" r=\"5\"/>");
            Svg.Text(sb, X(year), Height - 14, null, stepLabel?.Invoke(year) ?? year.ToString(CultureInfo.InvariantCulture), null);
        }
        sb.Append("</svg>");
        return new(sb.ToString());
    }
}
