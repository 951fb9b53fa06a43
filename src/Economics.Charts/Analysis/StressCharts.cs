using System.Globalization;
using Economics.Analysis.Stress;
using Economics.Analysis.Text;
using Economics.Charts.Theme;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Economics.Charts.Analysis;

/// <summary>
/// The reverse stress test (<see cref="StressResult"/>): the distance to failure per shock axis as a share of the range
/// searched (horizontal bars labelled with the shock), and under Monte Carlo P(viable in the test month) against the
/// shock size as a share of each axis's range.
/// </summary>
public static class StressCharts
{
    /// <summary>Opacity of the fill of an axis's bar when nothing in range fails the network (its label stays opaque).</summary>
    private const double NoneOpacity = 0.3;

    /// <summary>The charts, named for export: <c>stress-distance</c> (when the network is viable unshocked) and, with Monte
    /// Carlo, <c>stress-probability</c>.</summary>
    public static IReadOnlyList<NamedChart> All(StressResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        // Not viable unshocked: every distance is 0, which the headline says; a chart of empty bars would say nothing.
        var charts = new List<NamedChart>();
        if (result.ViableUnshocked)
        {
            charts.Add(new("stress-distance", "Reverse stress test: distance to failure by shock axis", Distance(result, theme)));
        }

        if (result.Probabilities.Count > 0)
        {
            charts.Add(new("stress-probability", "Reverse stress test: P(viable) by shock size (Monte Carlo)", Probability(result, theme)));
        }

        return charts;
    }

    /// <summary>One bar per axis: the smallest failing shock as a share of the range searched (0–100%); an axis with
    /// none in range is a faded full bar.</summary>
    public static GenericChart Distance(StressResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var names = result.Thresholds.Select(x => x.Label).ToArray();
        var found = result.Thresholds.Select(x => x.Found ? x.ShareOfRange : 0.0).ToArray();
        var none = result.Thresholds.Select(x => x.Found ? 0.0 : 1.0).ToArray();
        var foundText = result.Thresholds.Select(x => x.Found ? StressText.Shock(x.Axis, x.Shock) + (x.Continuous ? string.Empty : " (jump)") : string.Empty).ToArray();
        var noneText = result.Thresholds.Select(x => x.Found ? string.Empty : "none up to " + StressText.Shock(x.Axis, x.Max)).ToArray();
        var fails = C.Chart.Bar<double, string, string>(found, Keys: names, Name: "Smallest shock that fails the network", MultiText: foundText,
            MarkerColor: Color.fromHex(t.UnservedColor), TextPosition: StyleParam.TextPosition.Outside);
        var holds = C.Chart.Bar<double, string, string>(none, Keys: names, Name: "No shock in range fails it", MultiText: noneText,
            TextPosition: StyleParam.TextPosition.Inside);
        return new FigureBuilder(t)
            .Title($"How large a shock does it take to make {result.Scenario} non-viable?", Headline(result))
            .Add(Traces.With(fails, ("hovertemplate", "%{y}: %{text}<extra></extra>"), ("cliponaxis", false)))
            .Add(Traces.With(holds, ("marker", new Dictionary<string, object> { ["color"] = Traces.Fade(t.ServedColor, NoneOpacity) }), ("hovertemplate", "%{y}: %{text}<extra></extra>"),
                ("insidetextanchor", "middle"), ("textfont", new Dictionary<string, object> { ["color"] = t.TextColor })))
            .ValueAxis("xaxis", "Smallest failing shock, as a share of the range searched on its axis", Units.Percent, range: [0, 1.15])
            .CategoryAxis("yaxis", null, reversed: true)
            .Set("barmode", "overlay")
            .Set("hovermode", "closest")
            .Build();
    }

    /// <summary>P(viable in the test month) against the shock size as a share of each axis's range, one line per axis.</summary>
    public static GenericChart Probability(StressResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Probabilities.Count == 0)
        {
            throw new ArgumentException("the result has no Monte Carlo part (paths = 0)", nameof(result));
        }

        var t = theme ?? ChartTheme.Default;
        var f = new FigureBuilder(t).Title(
            Invariant($"How likely is {result.Scenario} to be viable in {result.TestDate:yyyy-MM}, by shock size?"),
            Invariant($"Monte Carlo over the scenario's uncertainty, {result.Paths:N0} paths per shock size (seed {result.Seed}, the same paths at every size): unshocked {Units.Pct(result.Probabilities[0].Probability[0])}. ")
            + ProbabilityAnswer(result));
        for (int i = 0; i < result.Probabilities.Count; i++)
        {
            var p = result.Probabilities[i];
            var x = p.Sizes.Select(s => s / p.Sizes[^1]).ToArray();
            bool combined = p.Axis == StressAxes.Combined;
            f.Add(Traces.Line(x, p.Probability, p.Label, combined ? t.ProjectionColor : t.CohortColor(i), Units.Percent,
                combined ? StyleParam.DrawingStyle.Dash : StyleParam.DrawingStyle.Solid, combined ? 3.5 : 2.5));
        }

        return f.ValueAxis("xaxis", "Shock size, as a share of the range searched on its axis", Units.Percent)
            .ValueAxis("yaxis", Invariant($"P(viable in {result.TestDate:yyyy-MM})"), Units.Percent, range: [0, 1.02])
            .Set("legend", new Dictionary<string, object>
            {
                ["orientation"] = "v", ["x"] = 1.02, ["xanchor"] = "left", ["y"] = 1, ["yanchor"] = "top",
                ["font"] = new Dictionary<string, object> { ["size"] = t.FontSize },
            })
            .Set("hovermode", "x unified")
            .Build();
    }

    /// <summary>The answer in words: the test, the nearest failure, the axes with none in range and the combined direction.</summary>
    public static string Headline(StressResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string test = Invariant($"Viable in {result.TestDate:yyyy-MM} ({result.AfterMonths} months after the subsidy ends)?");
        if (!result.ViableUnshocked)
        {
            return test + Invariant($" Not even unshocked (viability margin {result.MarginUnshocked:0.###}), so every distance to failure is 0; test a viable scenario, e.g. data/scenarios/viable-reference.json.");
        }

        var axes = result.Thresholds.Where(x => x.Axis != StressAxes.Combined).ToList();
        var nearest = axes.Where(x => x.Found).MinBy(x => x.ShareOfRange);
        var none = axes.Where(x => !x.Found).Select(x => Lower(x.Label)).ToList();
        var combined = result.Thresholds.FirstOrDefault(x => x.Axis == StressAxes.Combined);
        string text = test + " Yes unshocked. " + (nearest is null
            ? "No single shock in range fails it."
            : Invariant($"The nearest failure: {Lower(nearest.Label)}, {StressText.Shock(nearest.Axis, nearest.Shock)} ({Units.Pct(nearest.ShareOfRange)} of its range)."));
        if (none.Count > 0)
        {
            text += " None in range: " + string.Join(", ", none) + ".";
        }

        if (combined is not null)
        {
            text += combined.Found
                ? Invariant($" All together, it fails at {Units.Pct(combined.Shock)} of every range.")
                : " All together at their maxima, it still holds.";
        }

        return text;
    }

    private static string ProbabilityAnswer(StressResult result)
    {
        var axes = result.Probabilities.Where(p => p.Axis != StressAxes.Combined).ToList();
        if (axes.Count == 0)
        {
            return string.Empty;
        }

        // Every axis that ties for the lowest, not the first of them: several often leave 0%
        double least = axes.Min(p => p.Probability[^1]);
        var lowest = axes.Where(p => p.Probability[^1] == least).Select(p => Lower(p.Label)).ToList();
        return lowest.Count == 1
            ? Invariant($"At the end of its range, {lowest[0]} leaves {Units.Pct(least)}.")
            : Invariant($"At the end of their ranges, {HumanFormat.List(lowest)} each leave {Units.Pct(least)}.");
    }

    // "Demand drop" → "demand drop"; "AWS outage" stays.
    private static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
