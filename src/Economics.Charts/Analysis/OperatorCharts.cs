using System.Globalization;
using Economics.Analysis.Operator;
using Economics.Charts.Theme;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Economics.Charts.Analysis;

/// <summary>
/// "Should I run a node?" (<see cref="OperatorResult"/>): the operator's monthly P&amp;L as bars (income parts up, costs
/// down) with the cumulative cash position (cumulative profit − investment) as a line on its own axis and the payback
/// month marked; under Monte Carlo, the distribution of the NPV over paths with P5, the median and P95 marked.
/// </summary>
public static class OperatorCharts
{
    /// <summary>Bins of the NPV histogram (fewer when there are fewer paths).</summary>
    public const int HistogramBins = 40;

    /// <summary>USD on axes (SI suffixes; ticks less than $1 apart in full) and in hover text (three significant digits
    /// in full).</summary>
    private const string UsdFormat = Units.UsdSi;

    /// <summary>The charts, named for export: <c>operator-pnl</c> and, under Monte Carlo, <c>operator-npv</c>.</summary>
    public static IReadOnlyList<NamedChart> All(OperatorResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var charts = new List<NamedChart> { new("operator-pnl", "Operator: monthly P&L of one more node and its payback", Pnl(result, theme)) };
        if (result.MonteCarlo is not null)
        {
            charts.Add(new("operator-npv", "Operator: NPV of one more node over Monte Carlo paths", NpvDistribution(result, theme)));
        }

        return charts;
    }

    /// <summary>Stacked monthly bars (USD/month): fee margin, subsidy and MEV up; rails, per-request costs, infrastructure and
    /// the stake's carry down; the monthly profit as a line; the cumulative cash position (Σ profit − investment, USD) on the
    /// right axis; a marker at the payback month.</summary>
    public static GenericChart Pnl(OperatorResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(result.Months.Select(m => m.Date));
        var f = new FigureBuilder(t).Title(
            Invariant($"Should I run a {result.Inputs.Cohort} node from {result.StartDate:yyyy-MM}?"),
            OperatorText.Headline(result) + " " + Invariant($"Income is {OperatorText.Share(result.Inputs)}."));
        void Bar(string name, string color, Func<OperatorMonth, double> value, double sign)
        {
            var y = result.Months.Select(m => sign * value(m)).ToArray();
            if (y.All(v => v == 0))
            {
                return;
            }

            var bar = C.Chart.Column<double, DateTime, string>(y, Keys: x, Name: name, MarkerColor: Color.fromHex(color));
            f.Add(Traces.With(bar, ("hovertemplate", $"%{{y:{Traces.HoverFormat(UsdFormat)}}}<extra>{Traces.Escape(name)}</extra>")));
        }

        Bar("Fee margin (fees − upstream)", t.FeesColor, m => m.FeeMarginUsd, 1);
        Bar("Subsidy (pool tokens × price)", t.SubsidyColor, m => m.SubsidyUsd, 1);
        Bar("MEV", t.MevColor, m => m.MevUsd, 1);
        Bar("Rails you bear", t.PaymentGasColor, m => m.RailsUsd, -1);
        Bar("Per-request costs", t.ConversionColor, m => m.VariableCostsUsd, -1);
        Bar("Infrastructure", t.CostsColor, m => m.InfraUsd, -1);
        Bar("Stake carry (S·P·r/12)", t.ProtocolTakeColor, m => m.StakeCarryUsd, -1);
        f.Add(Traces.Line(x, result.Months.Select(m => m.ProfitUsd), "Monthly profit", t.ServedColor, UsdFormat, width: 2));
        f.Add(Traces.Line(x, result.Months.Select(m => m.CumulativeProfitUsd - result.InvestmentUsd), "Cumulative profit − investment (right axis)",
            t.EventColor, UsdFormat, StyleParam.DrawingStyle.Dash, yAxis: "y2"));
        f.DateAxis()
            .ValueAxis("yaxis", "USD per month", UsdFormat)
            .ValueAxis("yaxis2", "Cumulative cash position (USD)", UsdFormat, overlaying: "y", side: "right", showGrid: false)
            .Set("barmode", "relative")
            .Set("hovermode", "x unified")
            .Set("legend", new Dictionary<string, object> { ["orientation"] = "h", ["y"] = -0.18 });
        if (result.PaybackMonths is { } p && p > 0 && result.PaybackDate is { } d)
        {
            f.VerticalMarker(d, Invariant($"Payback: {Economics.Analysis.Text.HumanFormat.Number(p, 3)} months ({d:yyyy-MM})"), t.EventColor);
        }

        return f.Build();
    }

    /// <summary>Histogram of the NPV over paths (share of paths per bin, bins over the 1st–99th percentiles with the paths
    /// beyond counted in the edge bins, and an edge at $0 so that no bar mixes losses with gains), a marker at 0 and lines
    /// at P5, the median and P95 (named with their values in the legend).</summary>
    public static GenericChart NpvDistribution(OperatorResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var mc = result.MonteCarlo ?? throw new ArgumentException("the result has no Monte Carlo part", nameof(result));
        var t = theme ?? ChartTheme.Default;
        var (lows, highs, shares) = Histogram(mc.NpvUsd);
        var f = new FigureBuilder(t).Title(
            Invariant($"How much is one more {result.Inputs.Cohort} node worth, over {mc.Paths:N0} paths?"),
            OperatorText.MonteCarlo(result) + " Paths beyond the 1st and 99th percentiles are counted in the edge bins.");
        double[] centers = [.. lows.Zip(highs, (lo, hi) => (lo + hi) / 2)];
        double[] widths = [.. lows.Zip(highs, (lo, hi) => hi - lo)];
        var bars = C.Chart.Column<double, double, string>(shares, Keys: centers, Name: "Share of paths", MarkerColor: Color.fromHex(t.FeesColor));
        var ranges = lows.Zip(highs, (lo, hi) => Invariant($"{Units.Usd(lo)} to {Units.Usd(hi)}")).ToArray();
        f.Add(Traces.With(bars, ("width", widths), ("customdata", ranges),
            ("hovertemplate", "NPV %{customdata}: %{y:.1%} of paths<extra></extra>")));
        double top = shares.Max();
        void Percentile(string name, double value, string color, StyleParam.DrawingStyle dash) =>
            f.Add(Traces.Line(new[] { value, value }, [0.0, top], Invariant($"{name}: {Units.Usd(value)}"), color, Units.Percent, dash, width: 2));
        Percentile("P5", mc.NpvP5Usd, t.ReferenceColor, StyleParam.DrawingStyle.Dot);
        Percentile("Median", mc.NpvP50Usd, t.EventColor, StyleParam.DrawingStyle.Dash);
        Percentile("P95", mc.NpvP95Usd, t.ReferenceColor, StyleParam.DrawingStyle.Dot);
        f.ValueAxis("xaxis", Invariant($"NPV at {Units.Pct(result.Inputs.CostOfCapitalAnnual)} a year (USD)"), UsdFormat)
            .ValueAxis("yaxis", "Share of paths", Units.Percent, rangeModeToZero: true)
            .VerticalMarker(0.0, "NPV = 0", t.CostsColor)
            .Set("bargap", 0.05)
            .Set("hovermode", "closest");
        return f.Build();
    }

    /// <summary>Quantile of the histogram's left edge (paths below it go into the first bin).</summary>
    public const double HistogramLowQuantile = 0.01;

    /// <summary>Quantile of the histogram's right edge (paths above it go into the last bin).</summary>
    public const double HistogramHighQuantile = 0.99;

    /// <summary>Bins over the <see cref="HistogramLowQuantile"/>–<see cref="HistogramHighQuantile"/> range of ascending
    /// <paramref name="sorted"/> (values beyond in the edge bins): each bin's low and high edge and its share of the values
    /// (the shares sum to 1). The bins have the width of √n equal bins over the range (at most
    /// <see cref="HistogramBins"/>); when the range spans 0 they are laid from 0, so that 0 is an edge (a value of exactly 0
    /// counts above it, as "NPV ≥ 0" does) and the two edge bins are cut at the range's ends. One bin [lo, lo + 1] when the
    /// range is empty.</summary>
    public static (double[] Lows, double[] Highs, double[] Shares) Histogram(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        double lo = OperatorAnalysis.Quantile(sorted, HistogramLowQuantile), hi = OperatorAnalysis.Quantile(sorted, HistogramHighQuantile);
        int bins = Math.Max(1, Math.Min(HistogramBins, (int)Math.Ceiling(Math.Sqrt(sorted.Count))));
        if (!(hi > lo))
        {
            return ([lo], [lo + 1], [1.0]);
        }

        double width = (hi - lo) / bins;
        bool spansZero = lo < 0 && hi > 0;
        double origin = spansZero ? 0 : lo;
        int first = spansZero ? (int)Math.Floor(lo / width) : 0;
        int count = spansZero ? (int)Math.Ceiling(hi / width) - first : bins;
        var counts = new double[count];
        foreach (double v in sorted)
        {
            counts[Math.Clamp((int)Math.Floor((v - origin) / width) - first, 0, count - 1)]++;
        }

        double Edge(int k) => k == 0 ? lo : k == count ? hi : origin + ((first + k) * width);
        return ([.. Enumerable.Range(0, count).Select(Edge)], [.. Enumerable.Range(1, count).Select(Edge)], [.. counts.Select(c => c / sorted.Count)]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
