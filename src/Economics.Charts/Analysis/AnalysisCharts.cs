using Economics.Charts.Theme;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Economics.Charts.Analysis;

/// <summary>
/// Charts of the analyses (question 7): Monte Carlo fan charts and the probability of viability, the tornado, the
/// sweep heatmap with its break-even contour, and scenario comparisons. Each takes a small chart-input record so it
/// does not depend on how the analysis computes it.
/// </summary>
public static class AnalysisCharts
{
    /// <summary>Line width of the first compared scenario (px); each later one is 1 px thinner.</summary>
    private const double ComparisonFirstWidth = 5;

    /// <summary>Thinnest line of a compared scenario (px).</summary>
    private const double ComparisonMinWidth = 2;

    /// <summary>Most ticks on a heatmap axis; with more cells every k-th cell is labelled.</summary>
    internal const int MaxHeatmapTicks = 12;

    // Gap between inputs of the tornado as a fraction of a row (plotly's bargap): the two bars of an input touch, the
    // inputs stay apart.
    private const double TornadoBarGap = 0.3;

    /// <summary>A fan chart: P5–P95 and P25–P75 bands and the median line.</summary>
    /// <exception cref="ArgumentException">Percentile lists differ in length from the dates.</exception>
    public static GenericChart FanChart(FanChartData data, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var t = theme ?? ChartTheme.Default;
        int n = data.Dates.Count;
        RequireLength(data.P5, n, nameof(data.P5));
        RequireLength(data.P25, n, nameof(data.P25));
        RequireLength(data.P50, n, nameof(data.P50));
        RequireLength(data.P75, n, nameof(data.P75));
        RequireLength(data.P95, n, nameof(data.P95));
        var x = FigureBuilder.ToDateTimes(data.Dates);
        var f = new FigureBuilder(t)
            .Title(data.Question, data.Answer)
            .Add(Traces.Band(x, data.P5, data.P95, "P5–P95", t.FeesColor, 0.18, data.TickFormat))
            .Add(Traces.Band(x, data.P25, data.P75, "P25–P75", t.FeesColor, 0.38, data.TickFormat))
            .Add(Traces.Line(x, data.P50, "Median", t.FeesColor, data.TickFormat, width: 3))
            .DateAxis();
        string median = data.TickFormat.StartsWith('$') ? Units.Usd(data.P50[0]) : Units.Number(data.P50[0]);
        MonthlyValueAxis(f, data.ValueTitle, data.TickFormat, data.LogScale, [data.P5], [data.P95],
            $"Off scale: {Units.MonthName(data.Dates[0])}, the first month (median {median})");

        if (data.SubsidyEnd is { } end)
        {
            f.VerticalMarker(end, $"Median subsidy end ({Units.MonthName(end)})");
        }

        return f.Build();
    }

    /// <summary>The probability that the network is viable, by month, with the end of the subsidy and the months 12
    /// and 24 after it marked.</summary>
    public static GenericChart ViabilityProbability(ViabilityCurve data, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        RequireLength(data.Probability, data.Dates.Count, nameof(data.Probability));
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(data.Dates);
        var f = new FigureBuilder(t)
            .Title(data.Question, data.Answer)
            .Add(Traces.Line(x, data.Probability, "P(viable)", t.ServedColor, Units.Percent, width: 3))
            .DateAxis()
            .ValueAxis("yaxis", "Probability the network is viable (%)", Units.Percent, range: [0, 1.05]);
        if (data.SubsidyEnd is { } end)
        {
            // The +12 and +24 markers are a year apart: their labels fit side by side, but the subsidy end's longer label
            // ran into "+12 months", so it goes one row up when they are drawn.
            var after = ((int[])[12, 24]).Select(a => (Months: a, Date: end.AddMonths(a)))
                .Where(a => data.Dates.Count > 0 && a.Date <= data.Dates[^1]).ToList();
            f.VerticalMarker(end, "Median subsidy end", row: after.Count > 0 ? 1 : 0);
            foreach (var (months, date) in after)
            {
                f.VerticalMarker(date, $"+{months} months", t.MutedTextColor);
            }
        }

        return f.Build();
    }

    /// <summary>A tornado: for each input two bars side by side, from the base value to the metric at the input's low
    /// (blue) and high (orange) value; the input that moves the metric furthest from its base
    /// (<see cref="TornadoBar.Deviation"/>) on top. Both bars show even when both ends move the metric the same way.</summary>
    public static GenericChart Tornado(TornadoData data, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Bars.Count == 0)
        {
            throw new ArgumentException("a tornado needs at least one input", nameof(data));
        }

        var t = theme ?? ChartTheme.Default;
        double baseValue = data.Bars[0].BaseValue;
        var bars = data.Bars.OrderByDescending(b => double.IsNaN(b.Deviation) ? -1 : b.Deviation).ToArray();
        var names = bars.Select(b => b.LowInput is { } lo && b.HighInput is { } hi ? $"{b.Name} ({lo} → {hi})" : b.Name).ToArray();
        var values = bars.SelectMany(b => (double[])[b.Low, b.High]).Append(baseValue).Where(double.IsFinite).ToArray();
        double min = values.Min();
        double max = values.Max();
        double pad = Math.Max(max - min, Math.Abs(baseValue) * 0.01 + 1e-12) * 0.15;
        var show = data.ShowValue ?? Format;
        var low = Side(bars, isHigh: false, "Input at low", t.FeesColor, baseValue, data.TickFormat, names, show);
        var high = Side(bars, isHigh: true, "Input at high", t.SubsidyColor, baseValue, data.TickFormat, names, show);
        return new FigureBuilder(t)
            .Title(data.Question, data.Answer)
            .Add(low)
            .Add(high)
            .ValueAxis("xaxis", data.MetricTitle, data.TickFormat, range: [min - pad, max + pad])
            .CategoryAxis("yaxis", "Uncertain input (low → high)", reversed: true)
            .VerticalMarker(baseValue, $"Base: {show(baseValue)}", t.CostsColor)
            .Set("barmode", "group")
            .Set("bargap", TornadoBarGap)
            .Set("hovermode", "closest")
            .Build();
    }

    /// <summary>A heatmap of a metric over two swept parameters, with the break-even contour drawn as a line.</summary>
    public static GenericChart Heatmap(HeatmapGrid data, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Z.GetLength(0) != data.Ys.Count || data.Z.GetLength(1) != data.Xs.Count)
        {
            throw new ArgumentException(
                $"Z is {data.Z.GetLength(0)}×{data.Z.GetLength(1)}, must be Ys.Count × Xs.Count = {data.Ys.Count}×{data.Xs.Count}", nameof(data));
        }

        var t = theme ?? ChartTheme.Default;
        var rows = Enumerable.Range(0, data.Ys.Count)
            .Select(r => Enumerable.Range(0, data.Xs.Count).Select(c => data.Z[r, c]).ToArray()).ToArray();
        var heat = C.Chart.Heatmap<double, double, double, string>(rows, X: data.Xs.ToArray(), Y: data.Ys.ToArray(), Name: data.ZTitle,
            ColorScale: StyleParam.Colorscale.Viridis);
        var colorBar = new Dictionary<string, object>
        {
            ["title"] = new Dictionary<string, object> { ["text"] = Traces.Escape(data.ZTitle), ["side"] = "right" },
            ["tickformat"] = data.TickFormat,
        };
        if (data.TickFormat == Units.UsdSi)
        {
            colorBar["tickformatstops"] = FigureBuilder.UsdSiStops();
        }

        heat = Traces.With(heat,
            ("colorbar", colorBar),
            ("hovertemplate", $"{Traces.Escape(data.XTitle)}: %{{x}}<br>{Traces.Escape(data.YTitle)}: %{{y}}<br>%{{z:{Traces.HoverFormat(data.TickFormat)}}}<extra></extra>"));
        if (data.ColorRange is { } range)
        {
            heat = Traces.With(heat, ("zmin", range.Min), ("zmax", range.Max), ("zauto", false));
        }

        var f = new FigureBuilder(t).Title(data.Question, data.Answer).Add(heat);
        if (data.BreakEvenLevel is { } level)
        {
            var contour = C.Chart.Contour<double, double, double, string>(rows, Name: data.BreakEvenLabel, X: data.Xs.ToArray(), Y: data.Ys.ToArray());
            contour = Traces.With(contour,
                ("contours", new Dictionary<string, object>
                {
                    ["start"] = level, ["end"] = level, ["size"] = 1, ["coloring"] = "none", ["showlabels"] = true, ["labelformat"] = Traces.HoverFormat(data.TickFormat),
                    ["labelfont"] = new Dictionary<string, object> { ["color"] = "#ffffff", ["size"] = t.FontSize },
                }),
                ("line", new Dictionary<string, object> { ["color"] = "#ffffff", ["width"] = 3, ["dash"] = "dash" }),
                ("showscale", false),
                ("showlegend", true),
                ("hoverinfo", "skip"));
            f.Add(contour);
        }

        var (xTicks, xTexts) = CellTicks(data.Xs, data.ShowX);
        var (yTicks, yTexts) = CellTicks(data.Ys, data.ShowY);
        return f
            .ValueAxis("xaxis", data.XTitle)
            .TickLabels("xaxis", xTicks, xTexts)
            .ValueAxis("yaxis", data.YTitle)
            .TickLabels("yaxis", yTicks, yTexts)
            .Set("hovermode", "closest")
            .Build();
    }

    /// <summary>The tick positions of a heatmap axis: the cell centres (the swept values themselves), every k-th one
    /// when there are more than <see cref="MaxHeatmapTicks"/>, so that each tick sits on a cell and labels do not
    /// collide.</summary>
    internal static (double[] Values, string[] Texts) CellTicks(IReadOnlyList<double> values, Func<double, string>? show)
    {
        int step = Math.Max(1, (int)Math.Ceiling(values.Count / (double)MaxHeatmapTicks));
        var ticks = values.Where((_, i) => i % step == 0).ToArray();
        return (ticks, ticks.Select(show ?? Units.Number).ToArray());
    }

    /// <summary>A metric over a one-parameter sweep, with the break-even level drawn as a dotted line.</summary>
    /// <exception cref="ArgumentException">The metric values differ in length from the swept values.</exception>
    public static GenericChart SweepLine(SweepLineData data, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(data.Xs);
        if (data.Ys is null || data.Ys.Count != data.Xs.Count)
        {
            throw new ArgumentException($"Ys has {data.Ys?.Count ?? 0} values, must have one per swept value ({data.Xs.Count})", nameof(data));
        }

        var t = theme ?? ChartTheme.Default;
        var line = Traces.With(
            C.Chart.Line<double, double, string>(data.Xs, data.Ys, Name: data.YTitle, ShowMarkers: true, LineColor: Color.fromHex(t.FeesColor), LineWidth: 3),
            ("hovertemplate", $"{(data.XTickFormat is { } xf ? $"%{{x:{HoverPercent(xf)}}}" : "%{x}")}: %{{y:{Traces.HoverFormat(data.TickFormat)}}}<extra></extra>"),
            ("showlegend", false));
        var f = new FigureBuilder(t)
            .Title(data.Question, data.Answer)
            .Add(line)
            .ValueAxis("xaxis", data.XTitle, data.XTickFormat)
            .ValueAxis("yaxis", data.YTitle, data.TickFormat);
        if (data.BreakEvenLevel is { } level)
        {
            f.HorizontalMarker(level, $"break-even: {Format(level)}", t.CostsColor);
        }

        return f.Set("hovermode", "closest").Build();
    }

    // Hover text of a percent axis keeps the swept value's digits (12.5%, not the tick's 13%).
    private static string HoverPercent(string tickFormat) => tickFormat == Units.Percent ? ".4~%" : tickFormat;

    /// <summary>One series of several scenarios overlaid, one colour per scenario.</summary>
    public static GenericChart Comparison(ComparisonData data, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Series.Count == 0)
        {
            throw new ArgumentException("a comparison needs at least one scenario", nameof(data));
        }

        var t = theme ?? ChartTheme.Default;
        var f = new FigureBuilder(t).Title(data.Question, data.Answer);
        for (int i = 0; i < data.Series.Count; i++)
        {
            var s = data.Series[i];
            RequireLength(s.Values, s.Dates.Count, $"Series[{i}].Values");
            f.Add(Traces.Line(FigureBuilder.ToDateTimes(s.Dates), s.Values, s.Scenario, t.ScenarioColor(i), data.TickFormat,
                DashOf(i), Math.Max(ComparisonMinWidth, ComparisonFirstWidth - i)));
        }

        var values = data.Series.Select(s => s.Values).ToArray();
        MonthlyValueAxis(f.DateAxis(), data.ValueTitle, data.TickFormat, data.LogScale, values, values,
            $"Off scale: the first month ({Units.MonthName(data.Series[0].Dates[0])})");
        return f.Build();
    }

    // The value axis of a chart by month: from 0 (or log), or, when month 0 is a spike far beyond the later months
    // (OpeningSpike), ranged to the later months with a note on the month left off scale.
    private static void MonthlyValueAxis(FigureBuilder f, string title, string tickFormat, bool log,
        IEnumerable<IReadOnlyList<double>> low, IEnumerable<IReadOnlyList<double>> high, string offScaleNote)
    {
        var range = log ? null : OpeningSpike.Range(low, high);
        f.ValueAxis("yaxis", title, tickFormat, log: log, range: range, rangeModeToZero: !log && range is null);
        if (range is not null)
        {
            f.Note(offScaleNote, 1, 1, xanchor: "right", yanchor: "top");
        }
    }

    // One side of the tornado: a bar per input from the base value to the metric at this end, labelled with the metric
    // outside its end (inside, plotly shrinks the text of a short bar until it cannot be read).
    // The low and high bars of an input sit side by side (barmode group), so both show whichever way they point.
    private static GenericChart Side(TornadoBar[] bars, bool isHigh, string name,
        string color, double baseValue, string format, string[] names, Func<double, string> show)
    {
        double Metric(TornadoBar b) => isHigh ? b.High : b.Low;
        var deltas = bars.Select(b => Metric(b) - baseValue).ToArray();
        var labels = bars.Select(b => show(Metric(b))).ToArray();
        var chart = C.Chart.Bar<double, string, string>(deltas, Keys: names, Name: name, MultiText: labels,
            MarkerColor: Color.fromHex(color), Base: baseValue, TextPosition: StyleParam.TextPosition.Outside);
        return Traces.With(chart, ("customdata", bars.Select(b => show(Metric(b))).ToArray()),
            ("hovertemplate", $"%{{y}}: %{{customdata}}<extra>{Traces.Escape(name)}</extra>"), ("cliponaxis", false),
            ("xhoverformat", format), ("insidetextanchor", "middle"), ("textfont", new Dictionary<string, object> { ["color"] = "#ffffff" }),
            ("outsidetextfont", new Dictionary<string, object> { ["color"] = "#222222" }));
    }

    // Solid, dashed, dotted in turn, and each later scenario drawn thinner, so scenarios that coincide stay visible
    // (a thin dotted line on a wider dashed one on a wide solid one).
    private static StyleParam.DrawingStyle DashOf(int index) => (index % 3) switch
    {
        0 => StyleParam.DrawingStyle.Solid,
        1 => StyleParam.DrawingStyle.Dash,
        _ => StyleParam.DrawingStyle.Dot,
    };

    private static string Format(double value) => Units.Number(Math.Round(value, 4));

    private static void RequireLength<T>(IReadOnlyList<T> values, int expected, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count != expected)
        {
            throw new ArgumentException($"{name} has {values.Count} values, must have one per date ({expected})", name);
        }
    }
}
