using Economics.Analysis.Comparison;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Sensitivity;
using Economics.Analysis.Sweeps;
using Economics.Charts.Analysis;
using Economics.Model.Loading;
using Plotly.NET;
using TornadoBar = Economics.Charts.Analysis.TornadoBar;

namespace Economics.Charts.Tests.Analysis;

public class AnalysisChartSetsTests
{
    private static readonly Economics.Model.Scenarios.Scenario Short = ScenarioFields.WithNumber(ScenarioLoader.Baseline, "horizonMonths", 24);

    [Fact]
    public void Monte_carlo_has_the_viability_curve_and_a_fan_per_series()
    {
        var mc = MonteCarloSimulation.Run(Short, new MonteCarloOptions { Paths = 32, Seed = 2 });

        var charts = AnalysisChartSets.MonteCarlo(mc);

        Assert.Equal(
            ["viability-probability", .. MonteCarloSeries.All.Select(s => "fan-" + s.Name.Replace('_', '-'))],
            charts.Select(c => c.Id));
    }

    [Fact]
    public void A_fan_whose_band_spans_more_than_a_hundredfold_gets_a_log_axis()
    {
        var mc = MonteCarloSimulation.Run(ScenarioLoader.Baseline, new MonteCarloOptions { Paths = 400, Seed = 3 });
        var price = mc.SeriesNamed("token_price_usd");
        Assert.True(price.P95.Max() / price.P5.Min() > 100);

        var charts = AnalysisChartSets.MonteCarlo(mc).ToDictionary(c => c.Id, c => c.Chart);

        Assert.Equal("log", (string?)Figure.Layout(charts["fan-token-price-usd"])["yaxis"]!["type"]);
    }

    [Fact]
    public void The_tornado_writes_a_usd_metric_in_dollars()
    {
        var tornado = SensitivityAnalysis.Run(Short, "cumulativeOperatorProfit");

        var chart = Assert.Single(AnalysisChartSets.Sensitivity(tornado));

        Assert.Equal("tornado", chart.Id);
        var labels = Figure.Trace(chart.Chart, "Input at low")["text"]!.AsArray().Select(v => (string)v!).ToArray();
        Assert.All(labels, l => Assert.Matches(@"^−?\$", l));
    }

    [Fact]
    public void A_two_parameter_sweep_is_a_heatmap_per_metric_and_one_parameter_a_line_with_its_break_even_level()
    {
        var two = ParameterSweep.Run(Short, SweepAxis.Parse("fees.policy.markupFraction=0:1:2"),
            SweepAxis.Parse("markets[0].demand.growth.monthlyRate=0.02:0.06:2"), ["survivingNodes", "breakEvenFeeRatio"]);
        var one = ParameterSweep.Run(Short, SweepAxis.Parse("fees.policy.markupFraction=0:1:3"), null, ["breakEvenFeeRatio"]);

        var heatmaps = AnalysisChartSets.Sweep(two);
        var line = Assert.Single(AnalysisChartSets.Sweep(one));

        Assert.Equal(["heatmap-surviving-nodes", "heatmap-break-even-fee-ratio"], heatmaps.Select(c => c.Id));
        Assert.Single(Figure.Traces(heatmaps[0].Chart));                        // survivingNodes: no natural level, no contour
        Assert.Equal(2, Figure.Traces(heatmaps[1].Chart).Count);                 // ratio: contour at 1
        Assert.StartsWith("Where is break even fee ratio above 1.0×, over ", System.Net.WebUtility.HtmlDecode(Figure.Title(heatmaps[1].Chart)), StringComparison.Ordinal);
        Assert.Equal("sweep-break-even-fee-ratio", line.Id);
        Assert.Equal(1, (double)Figure.Layout(line.Chart)["shapes"]![0]!["y0"]!);
        Assert.Equal(2, Figure.Traces(AnalysisChartSets.Sweep(two, level: 300)[0].Chart).Count);
    }

    [Fact]
    public void A_sweep_line_asks_in_words_shows_a_fraction_in_percent_and_says_when_the_metric_does_not_move()
    {
        // With no markup on the baseline the take rate has nothing to take: profit is the same in every cell. It read
        // "How does cumulativeOperatorProfit change with fees.protocolTakeRate?", ticks 0.1 … 0.5 under "(%)", and
        // "Lowest $13.5M at 0%; highest $13.5M at 0%".
        var flat = ParameterSweep.Run(ScenarioLoader.Baseline, SweepAxis.Parse("fees.protocolTakeRate=0:0.5:3"), null, ["cumulativeOperatorProfit"]);
        var moving = ParameterSweep.Run(Short, SweepAxis.Parse("fees.policy.markupFraction=0:1:3"), null, ["breakEvenFeeRatio"]);

        var chart = Assert.Single(AnalysisChartSets.Sweep(flat)).Chart;
        string title = System.Net.WebUtility.HtmlDecode(Figure.Title(chart));
        string subtitle = System.Net.WebUtility.HtmlDecode(Figure.Layout(chart)["title"]!["text"]!.ToString());

        Assert.StartsWith("How does cumulative operator profit change with protocol take rate?", title, StringComparison.Ordinal);
        Assert.Contains("$13.5M at every protocol take rate swept: it does not move over this range.", subtitle, StringComparison.Ordinal);
        Assert.Equal(".0%", (string?)Figure.Layout(chart)["xaxis"]!["tickformat"]);
        string moved = System.Net.WebUtility.HtmlDecode(Figure.Layout(Assert.Single(AnalysisChartSets.Sweep(moving)).Chart)["title"]!["text"]!.ToString());
        Assert.Contains("Lowest ", moved, StringComparison.Ordinal);
        Assert.Contains("; highest ", moved, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heatmap_whose_break_even_level_is_not_crossed_says_which_side_every_cell_is_on()
    {
        // viable-reference's operators profit in every cell of this grid ($9.4M … $21.8M): the $0 contour has no line.
        var scenario = ScenarioLoader.Load(ScenarioSource.Shipped("viable-reference")!);
        var grid = ParameterSweep.Run(scenario, SweepAxis.Parse("fees.policy.markupFraction=0:0.5:3"),
            SweepAxis.Parse("cohorts[0].overheadUsdPerMonth=300:1200:2"), ["cumulativeOperatorProfit"]);

        string subtitle = System.Net.WebUtility.HtmlDecode(Figure.Layout(Assert.Single(AnalysisChartSets.Sweep(grid)).Chart)["title"]!["text"]!.ToString());

        Assert.Contains("Above $0 in every cell.", subtitle, StringComparison.Ordinal);
        Assert.Contains("Below $1B in every cell.", System.Net.WebUtility.HtmlDecode(Figure.Layout(Assert.Single(AnalysisChartSets.Sweep(grid, level: 1e9)).Chart)["title"]!["text"]!.ToString()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_overlays_name_every_scenario_and_answer_when_emissions_end()
    {
        // The ecosystem pool vesting over 6 months and paying 100M a month: it is spent by month 6 (Oct 2026).
        var fast = ScenarioFields.WithNumber(ScenarioFields.WithNumber(Short, "token.pools[0].vestingMonths", 6), "token.pools[0].payout.tokens", 100e6) with { Name = "fast" };
        var comparison = ScenarioComparison.Run([Short, fast]);

        var charts = AnalysisChartSets.Comparison(comparison).ToDictionary(c => c.Id, c => c.Chart);

        Assert.Equal(6, charts.Count);
        Assert.Equal(["baseline", "fast"], Figure.Traces(charts["compare-nodes-total"]).Select(t => (string)t!["name"]!));
        Assert.Equal("Subsidy dependence (%)", (string)Figure.Layout(charts["compare-subsidy-dependence"])["yaxis"]!["title"]!["text"]!);
        string subtitle = Figure.Layout(charts["compare-subsidy-dependence"])["title"]!["text"]!.ToString();
        Assert.Contains("fast Oct 2026", subtitle, StringComparison.Ordinal);

        // And the dependence each is left with, as the other overlays answer with their last month
        Assert.Contains("In ", subtitle, StringComparison.Ordinal);
        Assert.Matches(@"fast \d+(\.\d+)?%\.", subtitle);
    }

    [Fact]
    public void A_heatmap_extreme_that_holds_along_a_whole_axis_is_named_by_the_other_axis_alone()
    {
        // Given notebook 05's grid, smaller: the price ratio moves with the markup, not with demand growth (to 4 digits)
        var grid = ParameterSweep.Run(ScenarioLoader.Baseline, SweepAxis.Parse("markets[0].demand.growth.monthlyRate=0.02:0.12:3"), SweepAxis.Parse("fees.policy.markupFraction=0:2:3"), ["userPriceVsOutside"]);

        string answer = Figure.PlainTitle(AnalysisChartSets.SweepChart(grid, "userPriceVsOutside"));

        // Then no growth rate is named, as none is special
        Assert.Contains("Lowest 1.003× at markup fraction = 0% (every growth monthly rate of markets[0] swept); highest ", answer, StringComparison.Ordinal);
        Assert.Contains("at markup fraction = 200% (every growth monthly rate of markets[0] swept).", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void One_fan_is_the_chart_econ_montecarlo_writes_for_its_series()
    {
        var mc = MonteCarloSimulation.Run(Short, new MonteCarloOptions { Paths = 40, Seed = 3 });
        var all = AnalysisChartSets.MonteCarlo(mc).ToDictionary(c => c.Id, c => c.Chart);
        foreach (var series in mc.Series)
        {
            Assert.Equal(GenericChart.toFigureJson(all["fan-" + AnalysisChartSets.Kebab(series.Name)]), GenericChart.toFigureJson(AnalysisChartSets.Fan(mc, series.Name)));
        }
    }

    [Fact]
    public void One_sweep_chart_is_the_chart_econ_sweep_writes_for_its_metric()
    {
        var grid = ParameterSweep.Run(Short, SweepAxis.Parse("fees.policy.markupFraction=0:1:3"), SweepAxis.Parse("fees.protocolTakeRate=0:0.2:2"), ["userPriceVsOutside", "survivingNodes"]);
        var all = AnalysisChartSets.Sweep(grid, level: 2);
        Assert.Equal(GenericChart.toFigureJson(all[0].Chart), GenericChart.toFigureJson(AnalysisChartSets.SweepChart(grid, "userPriceVsOutside", 2)));
        Assert.Equal(GenericChart.toFigureJson(all[1].Chart), GenericChart.toFigureJson(AnalysisChartSets.SweepChart(grid, "survivingNodes", 2)));
        Assert.StartsWith("Where is user price vs outside above 2.0×, over markup fraction and protocol take rate?", Figure.PlainTitle(all[0].Chart), StringComparison.Ordinal);

        var line = ParameterSweep.Run(Short, SweepAxis.Parse("fees.policy.markupFraction=0:1:3"), null, ["survivingNodes"]);
        Assert.Equal(GenericChart.toFigureJson(AnalysisChartSets.Sweep(line)[0].Chart), GenericChart.toFigureJson(AnalysisChartSets.SweepChart(line, "survivingNodes")));

        var e = Assert.Throws<ArgumentException>(() => AnalysisChartSets.SweepChart(grid, "peakNodes"));
        Assert.StartsWith("the sweep did not compute 'peakNodes'; it computed userPriceVsOutside, survivingNodes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_comparison_overlay_is_the_chart_econ_compare_writes_for_its_column()
    {
        var comparison = ScenarioComparison.Run([Short, ScenarioFields.WithNumber(Short, "fees.policy.markupFraction", 0.5) with { Name = "markup" }]);
        var all = AnalysisChartSets.Comparison(comparison);
        Assert.Equal(AnalysisChartSets.ComparedColumnNames.Select(c => "compare-" + AnalysisChartSets.Kebab(c)), all.Select(c => c.Id));
        foreach (var (column, named) in AnalysisChartSets.ComparedColumnNames.Zip(all))
        {
            Assert.Equal(GenericChart.toFigureJson(named.Chart), GenericChart.toFigureJson(AnalysisChartSets.ComparisonOverlay(comparison, column)));
        }

        var e = Assert.Throws<ArgumentException>(() => AnalysisChartSets.ComparisonOverlay(comparison, "nodes"));
        Assert.StartsWith("'nodes' is not an overlaid column; the comparison overlays nodes_total, subsidy_dependence, ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_says_once_when_every_subsidy_ends_in_the_same_month()
    {
        // Given the baseline and the baseline with a 50% markup: the pools, and so the subsidy's end (month 67), are the same
        string Subtitle(Economics.Model.Scenarios.Scenario a) =>
            Figure.PlainTitle(AnalysisChartSets.Comparison(ScenarioComparison.Run([a, ScenarioFields.WithNumber(a, "fees.policy.markupFraction", 0.5) with { Name = "markup" }]))
                .Single(c => c.Id == "compare-subsidy-dependence").Chart);
        string full = Subtitle(ScenarioLoader.Baseline);
        Assert.Contains("The subsidy ends in Nov 2031 in every scenario. In Mar 2037: baseline 100%; markup ", full, StringComparison.Ordinal);
        Assert.DoesNotContain("Subsidy ends:", full, StringComparison.Ordinal);

        // And over 24 months it ends in none
        Assert.Contains("The subsidy never ends within the horizon in any scenario.", Subtitle(Short), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("survivingNodes", "surviving-nodes")]
    [InlineData("token_price_usd", "token-price-usd")]
    [InlineData("breakEvenFeeRatio", "break-even-fee-ratio")]
    public void File_stems_are_lower_case_words_joined_by_dashes(string name, string stem) =>
        Assert.Equal(stem, AnalysisChartSets.Kebab(name));

    [Fact]
    public void A_tornado_row_with_both_values_on_one_side_shows_and_labels_both_bars_side_by_side()
    {
        var data = new TornadoData("?", "Nodes", [new TornadoBar("big", 200, 333, 318), new TornadoBar("one-sided", 315, 317, 318)]);

        var chart = AnalysisCharts.Tornado(data);

        string[] Texts(string trace, string key) => Figure.Trace(chart, trace)[key]!.AsArray().Select(v => (string)v!).ToArray();
        Assert.Equal(["200", "315"], Texts("Input at low", "text"));
        Assert.Equal(["333", "317"], Texts("Input at high", "text"));
        Assert.Equal([-3.0, -1], Figure.Numbers(Figure.Trace(chart, "Input at low")["x"]).Skip(1).Append(Figure.Numbers(Figure.Trace(chart, "Input at high")["x"])[1]));
        Assert.Equal("group", (string?)Figure.Layout(chart)["barmode"]);
    }

    [Fact]
    public void A_tornado_ranks_by_the_larger_distance_from_the_base_not_by_high_minus_low()
    {
        // Given an input whose ends both pull the metric 90–100 below its base (swing 10, deviation 100) and one that
        // spans the base (swing 50, deviation 30)
        var sameWay = new TornadoBar("same-way", 100, 110, 200);
        var across = new TornadoBar("across", 180, 230, 200);

        var chart = AnalysisCharts.Tornado(new TornadoData("?", "Metric", [across, sameWay]));

        Assert.Equal((10.0, 100.0, 50.0, 30.0), (sameWay.Swing, sameWay.Deviation, across.Swing, across.Deviation));
        Assert.Equal(["same-way", "across"], Figure.Trace(chart, "Input at low")["y"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public void A_sweep_line_rejects_values_that_do_not_match_the_swept_values()
    {
        var data = new SweepLineData("?", "x", "y", [1, 2, 3], [1, 2]);

        var e = Assert.Throws<ArgumentException>(() => AnalysisCharts.SweepLine(data));
        Assert.Contains("Ys has 2 values, must have one per swept value (3)", e.Message, StringComparison.Ordinal);
    }
}
