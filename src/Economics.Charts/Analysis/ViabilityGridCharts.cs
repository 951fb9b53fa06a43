using System.Globalization;
using Economics.Analysis.Sweeps;
using Economics.Analysis.Text;
using Economics.Charts.Theme;

namespace Economics.Charts.Analysis;

/// <summary>The charts of <c>econ sweep --paths</c>: for each month after the subsidy ends that the grid counts (12,
/// 24), a heatmap of P(viable) over two fields with its contour at a chosen probability (<c>viability-grid-12</c>), or
/// a line over one field with that probability marked.</summary>
public static class ViabilityGridCharts
{
    /// <summary>The probability drawn as the contour when none is chosen: as likely viable as not.</summary>
    public const double DefaultLevel = 0.5;

    /// <summary>One chart per month after the subsidy end.</summary>
    /// <param name="result">The grid.</param>
    /// <param name="level">Probability of the contour, in [0, 1]; null for <see cref="DefaultLevel"/>.</param>
    /// <param name="theme">The theme; null for the default.</param>
    public static IReadOnlyList<NamedChart> All(ViabilityGridResult result, double? level = null, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        double at = level ?? DefaultLevel;
        string paths = result.Paths.ToString("N0", CultureInfo.InvariantCulture);
        var charts = new List<NamedChart>();
        foreach (int after in result.MonthsAfter)
        {
            string name = string.Create(CultureInfo.InvariantCulture, $"viability-grid-{after}");
            string title = string.Create(CultureInfo.InvariantCulture, $"P(viable {after} months after the subsidy ends)");
            string answer = Answer(result, after, at) + $" ({paths} paths a cell, seed {result.Seed.ToString(CultureInfo.InvariantCulture)})";
            if (result.Y is { } y)
            {
                var xs = result.X.Values;
                var ys = y.Values;
                var z = new double[ys.Count, xs.Count];
                for (int i = 0; i < xs.Count; i++)
                {
                    for (int j = 0; j < ys.Count; j++)
                    {
                        z[j, i] = result.Probability(i, j, after);
                    }
                }

                var grid = new HeatmapGrid(
                    string.Create(CultureInfo.InvariantCulture, $"Where is the network viable {after} months after the subsidy ends with probability ≥ {Units.Pct(at)}?"),
                    FieldLabel.Of(result.X.Path), FieldLabel.Of(y.Path), title, xs, ys, z)
                {
                    BreakEvenLevel = at,
                    ShowX = v => FieldLabel.Tick(result.X.Path, v),
                    ShowY = v => FieldLabel.Tick(y.Path, v),
                    BreakEvenLabel = $"P = {Units.Pct(at)}",
                    Answer = answer,
                    TickFormat = Units.Percent,
                    ColorRange = (0, 1),
                };
                charts.Add(new(name, $"{title} over {result.X.Path} × {y.Path}", AnalysisCharts.Heatmap(grid, theme)));
            }
            else
            {
                var ps = Enumerable.Range(0, result.X.Count).Select(i => result.Probability(i, 0, after)).ToArray();
                var line = new SweepLineData(
                    string.Create(CultureInfo.InvariantCulture, $"How likely is the network viable {after} months after the subsidy ends, as {result.X.Path} changes?"),
                    FieldLabel.Of(result.X.Path), title, result.X.Values, ps)
                {
                    BreakEvenLevel = at,
                    Answer = answer,
                    TickFormat = Units.Percent,
                };
                charts.Add(new(name, $"{title} over {result.X.Path}", AnalysisCharts.SweepLine(line, theme)));
            }
        }

        return charts;
    }

    /// <summary>The answer in words: the share of cells at or above the level, and the best cell (the first in grid
    /// order when several share the best probability, with how many do; none when no cell has a viable path).</summary>
    public static string Answer(ViabilityGridResult result, int monthsAfter, double level)
    {
        ArgumentNullException.ThrowIfNull(result);
        int above = 0, evaluable = 0, best = -1, ties = 0;
        double bestP = double.NegativeInfinity;
        for (int c = 0; c < result.Cells; c++)
        {
            double p = result.Probability(c, monthsAfter);
            if (double.IsNaN(p))
            {
                continue;
            }

            evaluable++;
            above += p >= level ? 1 : 0;
            if (p > bestP)
            {
                bestP = p;
                best = c;
                ties = 1;
            }
            else if (p == bestP)
            {
                ties++;
            }
        }

        if (evaluable == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"No path's subsidy ends {monthsAfter} months before the horizon: nothing to count");
        }

        string cell = result.Y is null
            ? $"{result.X.Path} = {HumanFormat.Number(result.XValues[best])}"
            : $"{result.X.Path} = {HumanFormat.Number(result.XValues[best])}, {result.Y.Path} = {HumanFormat.Number(result.YValues[best])}";
        string reach = string.Create(CultureInfo.InvariantCulture, $"{above} of {evaluable} cells reach {Units.Pct(level)}");
        return bestP == 0
            ? $"{reach}; no cell has a viable path"
            : ties > 1
                ? string.Create(CultureInfo.InvariantCulture, $"{reach}; the best is {Units.Pct(bestP)}, in {ties} cells, the first at {cell}")
                : $"{reach}; the best is {Units.Pct(bestP)} at {cell}";
    }
}
