using System.Globalization;
using System.Text;
using Economics.Analysis.Comparison;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Sensitivity;
using Economics.Analysis.Sweeps;
using Economics.Charts.Theme;

namespace Economics.Charts.Analysis;

/// <summary>
/// The charts of each analysis command, named for export (the analysis counterpart of
/// <see cref="Single.RunCharts.All"/>): Monte Carlo fan charts and the probability of viability, the tornado, the sweep
/// heatmap (two parameters) or line (one), and the scenario comparison overlays.
/// </summary>
public static class AnalysisChartSets
{
    /// <summary>Monthly columns overlaid by <see cref="Comparison"/>, with the question each answers and its value format.</summary>
    private static readonly (string Column, string Question, string Format)[] ComparedColumns =
    [
        ("nodes_total", "How many nodes operate in each scenario?", Units.CountSi),
        ("subsidy_dependence", "How much of operator revenue is emissions in each scenario?", Units.Percent),
        ("profit_per_node_usd", "How much does a node earn in each scenario?", Units.UsdSi),
        ("user_price_usd", "What does a user pay per inference in each scenario?", Units.UsdSmall),
        ("breakeven_fee_without_emissions_usd", "What fee would operators need without emissions, in each scenario?", Units.UsdSmall),
        ("token_price_usd", "Where does the token price go in each scenario?", Units.UsdSmall),
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
            var fan = AnalysisChartInputs.Fan(result, series.Name);
            charts.Add(new("fan-" + Kebab(series.Name), $"{series.Name} (P5–P95)", AnalysisCharts.FanChart(fan, theme)));
        }

        return charts;
    }

    /// <summary>The tornado of a sensitivity analysis (<c>tornado</c>).</summary>
    public static IReadOnlyList<NamedChart> Sensitivity(TornadoResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var data = AnalysisChartInputs.Tornado(result) with { TickFormat = AnalysisChartInputs.MetricFormat(result.Metric) };
        return [new("tornado", $"Tornado of {result.Metric}", AnalysisCharts.Tornado(data, theme))];
    }

    /// <summary>One chart per swept metric: a heatmap (<c>heatmap-&lt;metric&gt;</c>) for a two-parameter sweep, a
    /// line (<c>sweep-&lt;metric&gt;</c>) for one parameter. The break-even contour (or line) is drawn at
    /// <paramref name="level"/> when given, else at the metric's <see cref="AnalysisChartInputs.DefaultBreakEvenLevel"/>.</summary>
    public static IReadOnlyList<NamedChart> Sweep(SweepResult result, double? level = null, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var charts = new List<NamedChart>();
        foreach (string metric in result.Metrics)
        {
            double? contour = level ?? AnalysisChartInputs.DefaultBreakEvenLevel(metric);
            string format = AnalysisChartInputs.MetricFormat(metric);
            if (result.Y is null)
            {
                var line = AnalysisChartInputs.SweepLine(result, metric, contour);
                charts.Add(new("sweep-" + Kebab(metric), $"{metric} over {result.X.Path}", AnalysisCharts.SweepLine(line, theme)));
            }
            else
            {
                var grid = AnalysisChartInputs.Heatmap(result, metric, contour) with
                {
                    TickFormat = format,
                    BreakEvenLabel = contour is { } c ? $"{metric} = {Units.Number(c)}" : "break-even",
                };
                charts.Add(new("heatmap-" + Kebab(metric), $"{metric} over {result.X.Path} × {result.Y.Path}", AnalysisCharts.Heatmap(grid, theme)));
            }
        }

        return charts;
    }

    /// <summary>The key monthly series of every compared scenario overlaid (<c>compare-&lt;column&gt;</c>).</summary>
    public static IReadOnlyList<NamedChart> Comparison(ComparisonResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ComparedColumns.Select(c =>
        {
            var data = AnalysisChartInputs.Comparison(result, c.Column, c.Question) with { TickFormat = c.Format };
            return new NamedChart("compare-" + Kebab(c.Column), c.Question, AnalysisCharts.Comparison(data, theme));
        }).ToList();
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
