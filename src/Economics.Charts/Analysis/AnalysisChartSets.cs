using System.Globalization;
using System.Text;
using Economics.Analysis.Comparison;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Sensitivity;
using Economics.Analysis.Sweeps;
using Economics.Analysis.Text;
using Economics.Charts.Theme;
using Plotly.NET;

namespace Economics.Charts.Analysis;

/// <summary>
/// The charts of each analysis command, named for export (the analysis counterpart of
/// <see cref="Single.RunCharts.All"/>): Monte Carlo fan charts and the probability of viability, the tornado, the sweep
/// heatmap (two parameters) or line (one), and the scenario comparison overlays.
/// </summary>
public static class AnalysisChartSets
{
    /// <summary>Monthly columns overlaid by <see cref="Comparison"/>: the question each answers, the value axis title,
    /// its d3 format and how a value is written in the answer.</summary>
    private static readonly (string Column, string Question, string Axis, string Format, Func<double, string> Show)[] ComparedColumns =
    [
        ("nodes_total", "How many nodes operate in each scenario?", "Nodes", Units.CountSi, Units.Count),
        ("subsidy_dependence", "How much of operator revenue is subsidy in each scenario?", "Subsidy dependence (%)", Units.Percent, Units.Pct),
        ("profit_per_node_usd", "How much does a node earn in each scenario?", "USD per node-month", Units.UsdSi, Units.Usd),
        ("user_price_usd", "What does a user pay per inference in each scenario?", "USD per inference", Units.UsdSmall, Units.Usd),
        ("breakeven_fee_without_subsidy_usd", "What fee would operators need without subsidy, in each scenario?", "USD per inference", Units.UsdSmall, Units.Usd),
        ("token_price_usd", "Where does the token price go in each scenario?", "USD per token", Units.UsdSmall, Units.Usd),
    ];

    /// <summary>A fan chart of every Monte Carlo series (<c>fan-&lt;series&gt;</c>) and the probability of viability
    /// by month (<c>viability-probability</c>).</summary>
    public static IReadOnlyList<NamedChart> MonteCarlo(MonteCarloResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var charts = new List<NamedChart>
        {
            new("viability-probability", "Probability the network is viable, by month",
                AnalysisCharts.ViabilityProbability(AnalysisChartInputs.Viability(result), theme)),
        };
        foreach (var series in result.Series)
        {
            charts.Add(new("fan-" + Kebab(series.Name), $"{series.Name} (P5–P95)", Fan(result, series.Name, theme)));
        }

        return charts;
    }

    /// <summary>One fan chart of <see cref="MonteCarlo"/>, exactly as <c>econ montecarlo</c> writes it (a log axis when
    /// the P5–P95 band spans more than two decades), e.g. for a notebook: <c>AnalysisChartSets.Fan(mc, "nodes_total")</c>.</summary>
    /// <param name="result">The Monte Carlo result.</param>
    /// <param name="series">One of its series, e.g. <c>nodes_total</c>.</param>
    /// <param name="theme">The theme; null for the default.</param>
    /// <exception cref="ArgumentException">A series the result does not have (<see cref="AnalysisChartInputs.Fan"/>).</exception>
    public static GenericChart Fan(MonteCarloResult result, string series, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fan = AnalysisChartInputs.Fan(result, series);
        return AnalysisCharts.FanChart(fan with { LogScale = LogAxis.SpansMoreThan(fan.P5, fan.P95) }, theme);
    }

    /// <summary>The tornado of a sensitivity analysis (<c>tornado</c>).</summary>
    public static IReadOnlyList<NamedChart> Sensitivity(TornadoResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var data = AnalysisChartInputs.Tornado(result);
        return [new("tornado", $"Tornado of {result.Metric}", AnalysisCharts.Tornado(data, theme))];
    }

    /// <summary>One chart per swept metric: a heatmap (<c>heatmap-&lt;metric&gt;</c>) for a two-parameter sweep, a
    /// line (<c>sweep-&lt;metric&gt;</c>) for one parameter. The break-even contour (or line) is drawn at
    /// <paramref name="level"/> when given, else at the metric's <see cref="AnalysisChartInputs.DefaultBreakEvenLevel"/>.</summary>
    public static IReadOnlyList<NamedChart> Sweep(SweepResult result, double? level = null, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Metrics.Select(metric => result.Y is null
            ? new NamedChart("sweep-" + Kebab(metric), $"{metric} over {result.X.Path}", SweepChart(result, metric, level, theme))
            : new NamedChart("heatmap-" + Kebab(metric), $"{metric} over {result.X.Path} × {result.Y.Path}", SweepChart(result, metric, level, theme))).ToList();
    }

    /// <summary>One metric of <see cref="Sweep"/>, exactly as <c>econ sweep</c> writes it: the heatmap (a line for one
    /// axis) with its question and answer in words, the contour at <paramref name="level"/> (null: the metric's
    /// break-even level, if it has one), e.g. for a notebook: <c>AnalysisChartSets.SweepChart(sweep, "userPriceVsOutside", 2)</c>.</summary>
    /// <param name="result">The sweep.</param>
    /// <param name="metric">One of the sweep's metrics.</param>
    /// <param name="level">The contour level, in the metric's unit; null for its default.</param>
    /// <param name="theme">The theme; null for the default.</param>
    /// <exception cref="ArgumentException">A metric the sweep did not compute.</exception>
    public static GenericChart SweepChart(SweepResult result, string metric, double? level = null, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(metric);
        if (!result.Metrics.Contains(metric))
        {
            throw new ArgumentException($"the sweep did not compute '{metric}'; it computed {string.Join(", ", result.Metrics)}", nameof(metric));
        }

        double? contour = level ?? AnalysisChartInputs.DefaultBreakEvenLevel(metric);
        string answer = RangeAnswer(result, metric, contour);
        if (result.Y is null)
        {
            var line = AnalysisChartInputs.SweepLine(result, metric, contour) with
            {
                Question = $"How does {Lower(HumanFormat.Label(metric))} change with {Lower(FieldLabel.Words(result.X.Path))}?",
                Answer = answer,
            };
            return AnalysisCharts.SweepLine(line, theme);
        }

        var grid = AnalysisChartInputs.Heatmap(result, metric, contour) with
        {
            Question = contour is { } at
                ? $"Where is {Lower(HumanFormat.Label(metric))} above {AnalysisChartInputs.MetricText(metric)(at)}, over {Lower(FieldLabel.Words(result.X.Path))} and {Lower(FieldLabel.Words(result.Y.Path))}?"
                : $"How does {Lower(HumanFormat.Label(metric))} vary over {Lower(FieldLabel.Words(result.X.Path))} and {Lower(FieldLabel.Words(result.Y.Path))}?",
            Answer = answer,
            TickFormat = AnalysisChartInputs.MetricFormat(metric),
            BreakEvenLabel = contour is { } c ? $"{HumanFormat.Label(metric)} = {AnalysisChartInputs.MetricText(metric)(c)}" : "break-even",
        };
        return AnalysisCharts.Heatmap(grid, theme);
    }

    /// <summary>The key monthly series of every compared scenario overlaid (<c>compare-&lt;column&gt;</c>), one per
    /// <see cref="ComparedColumnNames"/>.</summary>
    public static IReadOnlyList<NamedChart> Comparison(ComparisonResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ComparedColumns.Select(c => new NamedChart("compare-" + Kebab(c.Column), c.Question, Overlay(result, c, theme))).ToList();
    }

    /// <summary>The monthly columns <see cref="Comparison"/> overlays, in its order.</summary>
    public static IReadOnlyList<string> ComparedColumnNames => [.. ComparedColumns.Select(c => c.Column)];

    /// <summary>One overlay of <see cref="Comparison"/>, exactly as <c>econ compare</c> writes it (question, axis, the
    /// answer in words), e.g. for a notebook: <c>AnalysisChartSets.ComparisonOverlay(comparison, "nodes_total")</c>.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="column">One of <see cref="ComparedColumnNames"/>.</param>
    /// <param name="theme">The theme; null for the default.</param>
    /// <exception cref="ArgumentException">Another column; the message lists the overlaid ones.</exception>
    public static GenericChart ComparisonOverlay(ComparisonResult result, string column, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(column);
        int i = Array.FindIndex(ComparedColumns, c => c.Column == column);
        if (i < 0)
        {
            throw new ArgumentException($"'{column}' is not an overlaid column; the comparison overlays {string.Join(", ", ComparedColumnNames)}", nameof(column));
        }

        return Overlay(result, ComparedColumns[i], theme);
    }

    private static GenericChart Overlay(ComparisonResult result, (string Column, string Question, string Axis, string Format, Func<double, string> Show) c, ChartTheme? theme)
    {
        var data = AnalysisChartInputs.Comparison(result, c.Column, c.Question) with { ValueTitle = c.Axis, TickFormat = c.Format };
        data = data with
        {
            Answer = c.Column == "subsidy_dependence"
                ? string.Join(" ", new[] { SubsidyEndAnswer(result), LastMonthAnswer(data, c.Show) }.Where(a => !string.IsNullOrEmpty(a)))
                : LastMonthAnswer(data, c.Show),
        };
        return AnalysisCharts.Comparison(data, theme);
    }

    // "From 84 (x=12, y=0.02) to 361 (x=96, y=0.12)." — the lowest and highest cell of a sweep.
    private static string RangeAnswer(SweepResult result, string metric, double? level)
    {
        var show = AnalysisChartInputs.MetricText(metric);
        int yCount = result.Y?.Count ?? 1;
        (double Value, int I, int J)? low = null, high = null;
        for (int i = 0; i < result.X.Count; i++)
        {
            for (int j = 0; j < yCount; j++)
            {
                double v = result.At(i, j, metric);
                if (!double.IsFinite(v))
                {
                    continue;
                }

                if (low is null || v < low.Value.Value)
                {
                    low = (v, i, j);
                }

                if (high is null || v > high.Value.Value)
                {
                    high = (v, i, j);
                }
            }
        }

        if (low is not { } lo || high is not { } hi)
        {
            return $"{metric} is not applicable anywhere on this grid.";
        }

        if (hi.Value - lo.Value <= Economics.Analysis.Sensitivity.TornadoBar.RoundingTolerance * Math.Max(Math.Abs(lo.Value), Math.Abs(hi.Value)))
        {
            // Not "lowest 0 at 0%; highest 0 at 0%", which names a cell that is not special (equal up to the rounding
            // of a sum of monthly terms, as econ sensitivity's "≈ $0 (rounding)").
            return result.Y is null
                ? $"{show(lo.Value)} at every {Lower(FieldLabel.Words(result.X.Path))} swept: it does not move over this range."
                : $"{show(lo.Value)} in every cell: it does not move with {Lower(FieldLabel.Words(result.X.Path))} or {Lower(FieldLabel.Words(result.Y.Path))} over this grid.";
        }

        // A cell whose whole row (or column) shows the same value is not special along that axis: "at markup fraction =
        // 0% (every growth monthly rate swept)", not one growth rate picked by the seventh digit.
        bool Same(double value, IEnumerable<double> others) => others.All(v => show(v) == show(value));
        string Where((double Value, int I, int J) cell)
        {
            if (result.Y is not { } y)
            {
                return $"at {FieldLabel.Tick(result.X.Path, result.X.Values[cell.I])}";
            }

            string xWords = Lower(FieldLabel.Words(result.X.Path)), yWords = Lower(FieldLabel.Words(y.Path));
            string xAt = $"{xWords} = {FieldLabel.Tick(result.X.Path, result.X.Values[cell.I])}", yAt = $"{yWords} = {FieldLabel.Tick(y.Path, y.Values[cell.J])}";
            return Same(cell.Value, Enumerable.Range(0, result.X.Count).Select(i => result.At(i, cell.J, metric))) ? $"at {yAt} (every {xWords} swept)"
                : Same(cell.Value, Enumerable.Range(0, yCount).Select(j => result.At(cell.I, j, metric))) ? $"at {xAt} (every {yWords} swept)"
                : $"at {xAt}, {yAt}";
        }

        // When the break-even level is not crossed, its contour has no line to draw: say which side every cell is on.
        string side = level is not { } at ? string.Empty
            : lo.Value > at ? $" Above {show(at)} in every cell."
            : hi.Value < at ? $" Below {show(at)} in every cell."
            : string.Empty;
        return $"Lowest {show(lo.Value)} {Where(lo)}; highest {show(hi.Value)} {Where(hi)}.{side}";
    }

    // "Markup fraction" → "markup fraction" inside a sentence (acronyms such as "USD" stay as they are).
    private static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    // "Subsidy ends: baseline Jan 2030; fast-vesting Jul 2027." — when each scenario's subsidy falls to zero for good;
    // "The subsidy ends in Nov 2031 in every scenario." when that is one month for all.
    private static string SubsidyEndAnswer(ComparisonResult result)
    {
        var ends = result.Runs.Select(r => (r.Scenario.Name, When: r.Summary.SubsidyEndMonth is { } m && m < r.Date.Count ? Units.MonthName(r.Date[m]) : "never")).ToList();
        if (ends.Count > 1 && ends.All(e => e.When == ends[0].When))
        {
            return ends[0].When == "never" ? "The subsidy never ends within the horizon in any scenario." : $"The subsidy ends in {ends[0].When} in every scenario.";
        }

        return $"Subsidy ends: {string.Join("; ", ends.Select(e => $"{e.Name} {e.When}"))}.";
    }

    // "In Dec 2035: baseline 318; fast-vesting 320." — each scenario's value in its last month.
    private static string? LastMonthAnswer(ComparisonData data, Func<double, string> show)
    {
        var last = data.Series.Where(s => s.Dates.Count > 0).Select(s => s.Dates[^1]).DefaultIfEmpty().Max();
        if (last == default)
        {
            return null;
        }

        var values = data.Series.Select(s => $"{s.Scenario} {(s.Dates.Count > 0 && s.Dates[^1] == last ? show(s.Values[^1]) : "n/a")}");
        return $"In {Units.MonthName(last)}: {string.Join("; ", values)}.";
    }

    /// <summary>A file stem: snake_case and camelCase become lower-case words joined by dashes.</summary>
    internal static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        foreach (char ch in name)
        {
            if (ch == '_' || ch == '.')
            {
                text.Append('-');
            }
            else if (char.IsUpper(ch))
            {
                if (text.Length > 0 && text[^1] != '-')
                {
                    text.Append('-');
                }

                text.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(ch);
            }
        }

        return text.ToString();
    }
}
