using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;

namespace Economics.Model.Tests.Engine;

/// <summary><see cref="SummaryMetrics.Read"/> skips the break-even markup search; every metric must still read the same
/// bits as from the full summary (a metric added later that reads the markup fails here).</summary>
public sealed class SummaryMetricsReadTests
{
    [Theory]
    [InlineData("baseline")]
    [InlineData("viable-reference")]
    [InlineData("v1-gpu-world")]
    [InlineData("subsidy-cliff")]
    [InlineData("subsidy-aware-pricing")]
    public void Read_gives_every_metric_as_the_full_summary_does(string name)
    {
        var scenario = ScenarioLoader.Load(ScenarioSource.Shipped(name)!);
        var ws = new SimulationWorkspace();
        Simulation.RunInto(scenario, [], ws);
        var full = SimulationSummary.From(scenario, ws);
        string[] names = [.. SummaryMetrics.Names.Keys];
        var values = new double[names.Length];

        SummaryMetrics.Read(scenario, ws, names, values);

        for (int i = 0; i < names.Length; i++)
        {
            double expected = SummaryMetrics.Get(full, names[i]);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(values[i]), $"{names[i]}: {values[i]} vs {expected}");
        }
    }

    [Fact]
    public void The_full_summary_searches_the_markup_and_Read_does_not_need_it()
    {
        var scenario = ScenarioLoader.Baseline;
        var ws = new SimulationWorkspace();
        Simulation.RunInto(scenario, [], ws);

        // The baseline breaks even at no markup (null) but has a revenue-maximizing one (3.98), which the search finds.
        Assert.Equal(3.98, SimulationSummary.From(scenario, ws).RevenueMaximizingMarkup!.Value, 2);
        Assert.Null(SimulationSummary.From(scenario, ws, searchBreakEvenMarkup: false).RevenueMaximizingMarkup);
    }

    [Fact]
    public void Read_rejects_an_unknown_metric_and_too_little_room()
    {
        var scenario = ScenarioLoader.Baseline;
        var ws = new SimulationWorkspace();
        Simulation.RunInto(scenario, [], ws);

        var unknown = Assert.Throws<ArgumentException>(() => SummaryMetrics.Read(scenario, ws, ["nodes\u001B"], new double[1]));
        Assert.Contains("'nodes\\u001B' is not a metric", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SummaryMetrics.Read(scenario, ws, ["survivingNodes", "subsidyEndMonth"], new double[1]));
    }
}
