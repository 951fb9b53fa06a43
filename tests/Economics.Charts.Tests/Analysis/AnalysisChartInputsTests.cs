using Economics.Analysis.Comparison;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Sensitivity;
using Economics.Analysis.Sweeps;
using Economics.Charts.Analysis;
using Economics.Model.Loading;

namespace Economics.Charts.Tests.Analysis;

public class AnalysisChartInputsTests
{
    private static readonly Economics.Model.Scenarios.Scenario Baseline = ScenarioLoader.Baseline;

    [Fact]
    public void A_fan_carries_the_series_percentiles_and_marks_the_median_end_of_emissions()
    {
        var mc = MonteCarloSimulation.Run(Baseline, new MonteCarloOptions { Paths = 64, Seed = 7 });

        var fan = AnalysisChartInputs.Fan(mc, "nodes_total");

        var nodes = mc.SeriesNamed("nodes_total");
        Assert.Equal(nodes.P5, fan.P5);
        Assert.Equal(nodes.P50, fan.P50);
        Assert.Equal(nodes.P95, fan.P95);
        Assert.Equal(mc.Dates, fan.Dates);
        Assert.Equal("Nodes", fan.ValueTitle);
        // The baseline's ecosystem pool stops paying operators in month 67 on every path (no uncertain input moves it).
        int median = Enumerable.Range(0, mc.SubsidyEndProbability.Count).First(m => mc.SubsidyEndProbability.Take(m + 1).Sum() >= 0.5);
        Assert.Equal(mc.Dates[median], fan.SubsidyEnd);
        Assert.Contains("64 paths", fan.Answer, StringComparison.Ordinal);

        // A band that has closed (every path 100% subsidy-dependent at the end) is one value, not "between 100% and 100%"
        var dependence = AnalysisChartInputs.Fan(mc, "subsidy_dependence");
        Assert.EndsWith(": median 100%; 90% of 64 paths at 100%.", dependence.Answer, StringComparison.Ordinal);
        Assert.Contains(" paths between ", fan.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_viability_curve_is_the_share_of_viable_paths_and_answers_12_and_24_months_after()
    {
        var mc = MonteCarloSimulation.Run(Baseline, new MonteCarloOptions { Paths = 32, Seed = 1 });

        var curve = AnalysisChartInputs.Viability(mc);

        Assert.Equal(mc.ViableProbability, curve.Probability);
        Assert.Contains("12 months after the subsidy ends", curve.Answer, StringComparison.Ordinal);
        Assert.Contains("24 months after the subsidy ends", curve.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heatmap_puts_y_in_rows_and_x_in_columns()
    {
        var sweep = ParameterSweep.Run(Baseline, SweepAxis.Parse("markets[0].demand.growth.monthlyRate=0.02:0.1:3"), SweepAxis.Parse("fees.policy.markupFraction=0:1:2"), ["survivingNodes"]);

        var grid = AnalysisChartInputs.Heatmap(sweep, "survivingNodes", breakEvenLevel: 30);

        Assert.Equal(sweep.X.Values, grid.Xs);
        Assert.Equal(sweep.Y!.Values, grid.Ys);
        Assert.Equal(2, grid.Z.GetLength(0));
        Assert.Equal(3, grid.Z.GetLength(1));
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                Assert.Equal(sweep.At(i, j, "survivingNodes"), grid.Z[j, i]);
            }
        }

        Assert.Equal(30, grid.BreakEvenLevel);
    }

    [Fact]
    public void A_one_parameter_sweep_has_no_heatmap()
    {
        var sweep = ParameterSweep.Run(Baseline, SweepAxis.Parse("markets[0].demand.growth.monthlyRate=0.02:0.1:3"), null, ["survivingNodes"]);

        Assert.Throws<ArgumentException>(() => AnalysisChartInputs.Heatmap(sweep, "survivingNodes"));
    }

    [Fact]
    public void A_tornado_bar_per_input_at_its_low_and_high_metric()
    {
        var tornado = SensitivityAnalysis.Run(Baseline, "survivingNodes");

        var data = AnalysisChartInputs.Tornado(tornado);

        Assert.Equal(tornado.Bars.Count, data.Bars.Count);
        Assert.Equal(tornado.Bars.Select(b => (b.Path, b.MetricAtLow, b.MetricAtHigh)), data.Bars.Select(b => (b.Name, b.Low, b.High)));
        Assert.All(data.Bars, b => Assert.Equal(tornado.BaseValue, b.BaseValue));
        Assert.StartsWith(tornado.Bars.MaxBy(b => b.Deviation)!.Path, data.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_has_one_series_per_scenario_and_rejects_an_unknown_column()
    {
        var other = ScenarioFields.WithNumber(Baseline, "fees.policy.markupFraction", 0.5) with { Name = "dearer" };
        var comparison = ScenarioComparison.Run([Baseline, other]);

        var data = AnalysisChartInputs.Comparison(comparison, "nodes_total", "Who stays?");

        Assert.Equal("Who stays?", data.Question);
        Assert.Equal(["baseline", "dearer"], data.Series.Select(s => s.Scenario));
        Assert.Equal(comparison.Runs[1].NodesTotal, data.Series[1].Values);
        var e = Assert.Throws<ArgumentException>(() => AnalysisChartInputs.Comparison(comparison, "nodes"));
        Assert.Contains("'nodes' is not a monthly column", e.Message, StringComparison.Ordinal);
    }
}
