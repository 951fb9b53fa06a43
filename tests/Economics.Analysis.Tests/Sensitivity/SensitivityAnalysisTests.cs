using Economics.Analysis.Sensitivity;
using Economics.Model.Loading;

namespace Economics.Analysis.Tests.Sensitivity;

public sealed class SensitivityAnalysisTests
{
    private const string Uncertainty = """
        [
          { "path": "chains.base.ethUsd", "distribution": { "kind": "uniform", "lower": 2000, "upper": 4000 } },
          { "path": "fees.policy.usdPerInference", "distribution": { "kind": "uniform", "lower": 0.002, "upper": 0.004 } }
        ]
        """;

    [Fact]
    public void Largest_Swing_Belongs_To_The_Input_Built_To_Dominate()
    {
        // Given profit = 12 × (900,000 × fee − 2 × (730 + overhead)), gas paid by users (ETH price cannot matter)
        var scenario = TestScenarios.HandComputable(uncertaintyJson: Uncertainty);

        // When building the tornado of cumulative profit, with the cohort overhead as an extra ±20% input
        var tornado = SensitivityAnalysis.Run(scenario, "cumulativeOperatorProfit", new SensitivityOptions { ExtraPaths = ["cohorts[0].overheadUsdPerMonth"] });

        // Then the fee ranks first: P10/P90 = 0.0022/0.0038 → swing 12 × 900,000 × 0.0016 = 17,280
        Assert.Equal(["fees.policy.usdPerInference", "cohorts[0].overheadUsdPerMonth", "chains.base.ethUsd"], tornado.Bars.Select(b => b.Path));
        Assert.Equal(0.0022, tornado.Bars[0].Low, 12);
        Assert.Equal(0.0038, tornado.Bars[0].High, 12);
        Assert.Equal(17_280, tornado.Bars[0].Swing, 6);
        // ... and moves it furthest from base: 12 × 900,000 × 0.0008 = 8,640 either way
        Assert.Equal(8_640, tornado.Bars[0].Deviation, 6);
        Assert.Equal(8_400, tornado.Bars[0].MetricAtBase, 6);
        // Overhead 270 ± 54 on 2 nodes for 12 months: 12 × 2 × 108 = 2,592
        Assert.Equal(2_592, tornado.Bars[1].Swing, 6);
        Assert.Equal(1_296, tornado.Bars[1].Deviation, 6);
        Assert.Equal("base ±20%", tornado.Bars[1].Source);
        Assert.Equal(0, tornado.Bars[2].Swing, 9);
        // Base: 12 × (900,000 × 0.003 − 2,000) = 8,400
        Assert.Equal(8_400, tornado.BaseValue, 6);
        Assert.StartsWith("rank,path,source,low,high,metric_at_low,metric_at_high,swing,deviation,base_metric\n1,fees.policy.usdPerInference,P10/P90 of uniform,", tornado.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_Tornado_Runs_With_Its_Eight_Uncertain_Inputs()
    {
        var tornado = SensitivityAnalysis.Run(TestScenarios.Baseline, "survivingNodes");
        Assert.Equal(8, TestScenarios.Baseline.Uncertainty.Count);
        Assert.Equal(8, tornado.Bars.Count);
        Assert.True(tornado.Bars.Zip(tornado.Bars.Skip(1)).All(p => !(p.First.Deviation < p.Second.Deviation)));
        Assert.Equal(8, tornado.ToFrame().RowCount);
    }

    [Theory]
    [InlineData(100, 110, 200, 100)]
    [InlineData(180, 230, 200, 30)]
    [InlineData(250, 250, 200, 50)]
    public void Deviation_Is_The_Larger_Distance_Of_Either_End_From_The_Base(double atLow, double atHigh, double atBase, double deviation) =>
        Assert.Equal(deviation, new TornadoBar("p", "s", 0, 1, atLow, atHigh, atBase).Deviation, 12);

    [Fact]
    public void Deviation_Is_Not_Applicable_When_An_End_Is_Not() =>
        Assert.True(double.IsNaN(new TornadoBar("p", "s", 0, 1, double.NaN, 3, 2).Deviation));

    [Theory]
    // One ulp of $13.5M (1.86e-9) is rounding; so is half of 1e-12 of the metric, and 1.5 times it is not.
    [InlineData(13_504_321.0, 13_504_321.0 + 1.862645149230957e-9, 13_504_321.0, true)]
    [InlineData(1e6, 1e6 + 0.5e-6, 1e6, true)]
    [InlineData(1e6, 1e6 + 1.5e-6, 1e6, false)]
    // Exactly no move, a real move, a move of a metric that is 0 at base and at both ends but for the move itself.
    [InlineData(5.0, 5.0, 5.0, false)]
    [InlineData(100.0, 110.0, 100.0, false)]
    [InlineData(0.0, 1e-300, 0.0, false)]
    [InlineData(double.NaN, 3.0, 2.0, false)]
    public void A_Move_Within_Rounding_Of_The_Metric_Is_Rounding_Only(double atLow, double atHigh, double atBase, bool expected) =>
        Assert.Equal(expected, new TornadoBar("p", "s", 0, 1, atLow, atHigh, atBase).IsRoundingOnly);

    [Fact]
    public void Baseline_Inputs_That_Do_Not_Change_Operator_Profit_Move_It_By_Rounding_Only()
    {
        // The review's case: the baseline's gateways pass the list price through at no markup, so demand growth leaves
        // cumulative operator profit unchanged but for an ulp of the sum ($0.00000000186 was printed).
        var tornado = SensitivityAnalysis.Run(ScenarioLoader.Baseline, "cumulativeOperatorProfit");
        var growth = tornado.Bars.Single(b => b.Path == "markets[0].demand.growth.monthlyRate");
        Assert.True(growth.IsRoundingOnly, $"deviation {growth.Deviation} of {growth.MetricAtBase}");
        Assert.Contains(tornado.Bars, b => !b.IsRoundingOnly && b.Deviation > 1e6);
    }

    [Fact]
    public void Should_Name_An_Extra_Path_That_Does_Not_Exist()
    {
        var e = Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Run(TestScenarios.Baseline, "survivingNodes", new SensitivityOptions { ExtraPaths = ["cohorts[0].nope"] }));
        Assert.Contains("cohorts[0].nope", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Say_When_There_Is_Nothing_To_Vary()
    {
        var e = Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Run(TestScenarios.HandComputable(), "survivingNodes"));
        Assert.Contains("nothing to vary", e.Message, StringComparison.Ordinal);
    }
}
