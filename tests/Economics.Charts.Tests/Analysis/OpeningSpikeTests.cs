using Economics.Charts.Analysis;

namespace Economics.Charts.Tests.Analysis;

/// <summary>A first month far outside the later ones (the TGE month's subsidy per node) is left off the value axis, so
/// the later months do not flatten to a line at 0; anything less is drawn in full.</summary>
public sealed class OpeningSpikeTests
{
    private static readonly DateOnly[] Dates = [new(2026, 4, 1), new(2026, 5, 1), new(2026, 6, 1), new(2026, 7, 1)];

    [Fact]
    public void A_First_Month_Beyond_Twice_The_Later_Span_Ranges_The_Axis_To_The_Later_Months()
    {
        // Later months span [−1,000, 1,000] (0 inside): span 2,000, padding 8% = 160; 112,000 is far beyond 1,000 + 4,000.
        double[]? range = OpeningSpike.Range([[112_000.0, -1_000, 0, 500]], [[112_000.0, 0, 1_000, 800]]);
        Assert.Equal([-1_160.0, 1_160.0], range!);
    }

    [Theory]
    [InlineData(5_000.0)] // exactly 1,000 + 2 × 2,000: not beyond
    [InlineData(-1_000.0)]
    public void A_First_Month_Within_Twice_The_Later_Span_Is_Drawn_In_Full(double first) =>
        Assert.Null(OpeningSpike.Range([[first, -1_000, 0, 500]], [[first, 0, 1_000, 800]]));

    [Fact]
    public void Zero_Stays_In_View_And_A_Low_Spike_Counts_Too()
    {
        // Later months 10 … 20 (span with 0: 20); month 0 at −100 is more than 40 below 0.
        Assert.Equal([-1.6, 21.6], OpeningSpike.Range([[-100.0, 10, 12, 15]], [[-100.0, 15, 18, 20]])!, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Short_Or_Flat_Series_Are_Left_Alone()
    {
        Assert.Null(OpeningSpike.Range([[1e6, 0]], [[1e6, 0]]));
        Assert.Null(OpeningSpike.Range([[1e6, 0, 0]], [[1e6, 0, 0]]));
        Assert.Null(OpeningSpike.Range([[1e6, double.NaN, double.NaN]], [[1e6, double.NaN, double.NaN]]));
    }

    [Fact]
    public void The_Fan_Chart_Ranges_Its_Axis_And_Notes_The_Month_Off_Scale()
    {
        var data = new FanChartData("Profit per node?", "USD per node-month", Dates,
            [100_000, -1_000, -900, -800], [105_000, -900, -800, -700], [112_000, -800, -750, -700], [115_000, -700, -600, -500], [120_000, 1_000, 500, 0])
        {
            TickFormat = "$~s",
        };
        var layout = Figure.Layout(AnalysisCharts.FanChart(data));
        Assert.Equal([-1_160.0, 1_160.0], Figure.Numbers(layout["yaxis"]!["range"]));
        Assert.Null(layout["yaxis"]!["rangemode"]);
        Assert.Contains(layout["annotations"]!.AsArray(), a => (string?)a!["text"] == "Off scale: Apr 2026, the first month (median $112,000)");
    }

    [Fact]
    public void A_Fan_Without_A_Spike_Starts_At_Zero_As_Before()
    {
        var data = new FanChartData("Nodes?", "Nodes", Dates, [1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4], [5, 5, 5, 5]);
        var layout = Figure.Layout(AnalysisCharts.FanChart(data));
        Assert.Null(layout["yaxis"]!["range"]);
        Assert.Equal("tozero", (string?)layout["yaxis"]!["rangemode"]);
    }

    [Fact]
    public void The_Comparison_Ranges_Its_Axis_Over_Every_Scenario()
    {
        var data = new ComparisonData("Profit per node?", "USD per node-month",
            [new ComparisonSeries("a", Dates, [90_000, -750, -750, -750]), new ComparisonSeries("b", Dates, [30_000, 1_250, 0, -750])]);
        var layout = Figure.Layout(AnalysisCharts.Comparison(data));
        Assert.Equal([-910.0, 1_410.0], Figure.Numbers(layout["yaxis"]!["range"]));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
