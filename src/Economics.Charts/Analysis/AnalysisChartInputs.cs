using Economics.Analysis.Comparison;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Sensitivity;
using Economics.Analysis.Sweeps;
using Economics.Analysis.Text;
using Economics.Charts.Theme;
using Economics.Model.Results;

namespace Economics.Charts.Analysis;

/// <summary>
/// Turns the results of <c>Economics.Analysis</c> (Monte Carlo, tornado, sweep, comparison) into the chart-input
/// records of <see cref="AnalysisCharts"/>, with the question as the title and the answer in words. One call per
/// chart, for the notebooks and the CLI: <c>AnalysisCharts.FanChart(AnalysisChartInputs.Fan(mc, "nodes_total"))</c>.
/// </summary>
public static class AnalysisChartInputs
{
    private static readonly Dictionary<string, (string Question, string Title, string Format, Func<double, string> Show)> SeriesText = new(StringComparer.Ordinal)
    {
        ["token_price_usd"] = ("Where could the token price go?", "USD per token", "$.3~r", Units.Usd),
        ["nodes_total"] = ("How many nodes keep operating, across the plausible range?", "Nodes", "~s", Units.Count),
        ["subsidy_dependence"] = ("How much of operator revenue is subsidy, across the plausible range?", "Subsidy dependence (%)", Units.Percent, Units.Pct),
        ["profit_per_node_usd"] = ("How much does a node earn, across the plausible range?", "USD per node-month", "$~s", Units.Usd),
        ["user_price_usd"] = ("What does a user pay per inference, across the plausible range?", "USD per inference", "$.3~r", Units.Usd),
        ["breakeven_fee_without_subsidy_usd"] = ("What fee would operators need without subsidy?", "USD per inference", "$.3~r", Units.Usd),
    };

    /// <summary>d3 format of a metric without a currency or percentage: four significant digits, so that axis ticks half
    /// a unit apart (e.g. 317.5 and 318 nodes) stay distinct, with thousands separators and no exponent.</summary>
    private const string PlainFormat = ",.4~r";

    /// <summary>A fan chart of one Monte Carlo series (a name of <see cref="MonteCarloSeries.All"/>, e.g.
    /// <c>nodes_total</c>), with the median month the subsidy ends marked.</summary>
    /// <exception cref="ArgumentException">Unknown series.</exception>
    public static FanChartData Fan(MonteCarloResult result, string series)
    {
        ArgumentNullException.ThrowIfNull(result);
        var p = result.SeriesNamed(series);
        var (question, title, format, show) = SeriesText.TryGetValue(series, out var text)
            ? text
            : ($"{series} across the plausible range", $"{series} ({p.Unit})", "~s", (Func<double, string>)Units.Number);
        int last = result.Months - 1;
        string p5 = show(p.P5[last]), p95 = show(p.P95[last]);
        string band = p5 == p95 ? $"90% of {result.Paths:N0} paths at {p5}" : $"90% of {result.Paths:N0} paths between {p5} and {p95}";
        string answer = $"In {Units.MonthName(result.Dates[last])}: median {show(p.P50[last])}; {band}.";
        return new FanChartData(question, title, result.Dates, p.P5, p.P25, p.P50, p.P75, p.P95)
        {
            Answer = answer,
            TickFormat = format,
            SubsidyEnd = MedianSubsidyEnd(result),
        };
    }

    /// <summary>The probability of viability by month, answered 12 and 24 months after the subsidy ends.</summary>
    public static ViabilityCurve Viability(MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string answer = string.Join("; ", result.AfterSubsidyEnd.Select(a => double.IsNaN(a.Probability)
            ? $"{a.MonthsAfter} months after the subsidy ends: no path reaches it"
            : $"{Units.Pct(a.Probability)} of paths are viable {a.MonthsAfter} months after the subsidy ends")) + ".";
        return new ViabilityCurve("How likely is the network still viable after the subsidy ends?", result.Dates, result.ViableProbability)
        {
            Answer = answer,
            SubsidyEnd = MedianSubsidyEnd(result),
        };
    }

    /// <summary>A tornado: each input's low and high value against the base value of the metric.</summary>
    public static TornadoData Tornado(TornadoResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var bars = result.Bars.Select(b => new Economics.Charts.Analysis.TornadoBar(b.Path, b.MetricAtLow, b.MetricAtHigh, result.BaseValue)
        {
            LowInput = Units.Number(b.Low),
            HighInput = Units.Number(b.High),
        }).ToList();
        string description = SummaryMetrics.Names.TryGetValue(result.Metric, out var d) ? d : result.Metric;
        var top = result.Bars.Where(b => !double.IsNaN(b.Deviation)).MaxBy(b => b.Deviation);
        var show = MetricText(result.Metric);
        string words = HumanFormat.Label(result.Metric);
        return new TornadoData($"Which assumption moves {char.ToLowerInvariant(words[0]) + words[1..]} the most?", description, bars)
        {
            Answer = top is null ? null : $"{top.Path} moves it the most: from {show(top.MetricAtLow)} to {show(top.MetricAtHigh)} (base {show(result.BaseValue)}).",
            TickFormat = MetricFormat(result.Metric),
            ShowValue = show,
        };
    }

    /// <summary>A heatmap of <paramref name="metric"/> over a two-parameter sweep, with a contour at
    /// <paramref name="breakEvenLevel"/> (e.g. 0 for profit) when given.</summary>
    /// <exception cref="ArgumentException">A one-parameter sweep, or a metric the sweep did not compute.</exception>
    public static HeatmapGrid Heatmap(SweepResult result, string metric, double? breakEvenLevel = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var y = result.Y ?? throw new ArgumentException("a heatmap needs a two-parameter sweep", nameof(result));
        var xs = result.X.Values;
        var ys = y.Values;
        var z = new double[ys.Count, xs.Count];
        for (int i = 0; i < xs.Count; i++)
        {
            for (int j = 0; j < ys.Count; j++)
            {
                z[j, i] = result.At(i, j, metric);
            }
        }

        string description = SummaryMetrics.Names.TryGetValue(metric, out var d) ? d : metric;
        return new HeatmapGrid($"Where is {metric} viable, over {result.X.Path} and {y.Path}?", FieldLabel.Of(result.X.Path), FieldLabel.Of(y.Path), description, xs, ys, z)
        {
            BreakEvenLevel = breakEvenLevel,
            ShowX = v => FieldLabel.Tick(result.X.Path, v),
            ShowY = v => FieldLabel.Tick(y.Path, v),
        };
    }

    /// <summary>A metric over a one-parameter sweep, with a horizontal line at <paramref name="breakEvenLevel"/> when given.</summary>
    /// <exception cref="ArgumentException">A two-parameter sweep, or a metric the sweep did not compute.</exception>
    public static SweepLineData SweepLine(SweepResult result, string metric, double? breakEvenLevel = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Y is not null)
        {
            throw new ArgumentException("a line needs a one-parameter sweep; use Heatmap for two", nameof(result));
        }

        var ys = Enumerable.Range(0, result.X.Count).Select(i => result.At(i, 0, metric)).ToArray();
        string description = SummaryMetrics.Names.TryGetValue(metric, out var d) ? d : metric;
        return new SweepLineData($"How does {metric} change with {result.X.Path}?", FieldLabel.Of(result.X.Path), description, result.X.Values, ys)
        {
            BreakEvenLevel = breakEvenLevel,
            TickFormat = MetricFormat(metric),
            // A fraction's axis is titled "(%)": its ticks are percentages, as the heatmap's are.
            XTickFormat = FieldLabel.IsFraction(result.X.Path) ? Units.Percent : null,
        };
    }

    /// <summary>The d3 format of a summary metric's values, from the unit in its description: % for fractions,
    /// $ for USD, a plain number otherwise.</summary>
    public static string MetricFormat(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        string description = SummaryMetrics.Names.TryGetValue(metric, out var d) ? d : string.Empty;
        return description switch
        {
            _ when description.EndsWith("(fraction)", StringComparison.Ordinal) => Units.Percent,
            _ when description.EndsWith("(USD)", StringComparison.Ordinal) => Units.UsdSi,
            _ when description.EndsWith("(USD/inference)", StringComparison.Ordinal) => Units.UsdSmall,
            _ => PlainFormat,
        };
    }

    /// <summary>How a summary metric's values are written in words, from the unit in its description: 41% for
    /// fractions, $26.4M for USD, 3.2× for ratios, 1.2 million for counts.</summary>
    public static Func<double, string> MetricText(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        string description = SummaryMetrics.Names.TryGetValue(metric, out var d) ? d : string.Empty;
        return description switch
        {
            _ when description.EndsWith("(fraction)", StringComparison.Ordinal) => Units.Pct,
            _ when description.EndsWith("(USD)", StringComparison.Ordinal) || description.EndsWith("(USD/inference)", StringComparison.Ordinal) => Units.Usd,
            _ when description.EndsWith("(ratio)", StringComparison.Ordinal) => Units.Times,
            _ => Units.Count,
        };
    }

    /// <summary>The level at which a summary metric separates viable from not viable, when it has a natural one:
    /// a ratio of 1 (break-even fee / fee, user price / centralized price), zero profit, half the initial nodes
    /// surviving; null otherwise.</summary>
    public static double? DefaultBreakEvenLevel(string metric) => metric switch
    {
        "breakEvenFeeRatio" or "requiredFeeIncreaseFactor" or "userPriceVsOutside" => 1,
        "cumulativeOperatorProfit" or "cumulativeOperatorProfitUsd" => 0,
        "survivingNodeShare" => 0.5,
        _ => null,
    };

    /// <summary>One monthly column (a <c>monthly.csv</c> name, e.g. <c>nodes_total</c>) of every compared scenario.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="column">The column.</param>
    /// <param name="question">The chart title; null for the column's description.</param>
    /// <exception cref="ArgumentException">Unknown column.</exception>
    public static ComparisonData Comparison(ComparisonResult result, string column, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = MonthlyColumns.All.FirstOrDefault(m => m.Name == column)
            ?? throw new ArgumentException($"'{column}' is not a monthly column; choose one of: {string.Join(", ", MonthlyColumns.All.Select(m => m.Name))}", nameof(column));
        var series = result.Runs.Select(r => new ComparisonSeries(r.Scenario.Name, r.Date, c.Select(r))).ToList();
        return new ComparisonData(question ?? $"{c.Description} — by scenario", $"{column} ({c.Unit})", series);
    }

    // The first month by which at least half the paths' subsidy has ended; null if that never happens.
    private static DateOnly? MedianSubsidyEnd(MonteCarloResult result)
    {
        double cumulative = 0;
        for (int m = 0; m < result.Months; m++)
        {
            cumulative += result.SubsidyEndProbability[m];
            if (cumulative >= 0.5)
            {
                return result.Dates[m];
            }
        }

        return null;
    }
}
