using Economics.Charts.Analysis;

namespace Economics.Charts.Tests.Analysis;

public class AnalysisChartsTests
{
    private static readonly DateOnly[] Dates = [new(2026, 1, 1), new(2026, 2, 1), new(2026, 3, 1)];

    [Fact]
    public void Fan_Chart_Has_Two_Bands_And_A_Median()
    {
        var data = new FanChartData("How many nodes?", "Nodes", Dates, [1, 1, 1], [2, 2, 2], [3, 3, 3], [4, 4, 4], [5, 5, 5])
        {
            SubsidyEnd = new DateOnly(2026, 2, 1),
        };

        var chart = AnalysisCharts.FanChart(data);

        var traces = Figure.Traces(chart);
        Assert.Equal(5, traces.Count);
        Assert.Equal([1.0, 1, 1], Figure.Numbers(traces[0]!["y"]));
        Assert.Equal([5.0, 5, 5], Figure.Numbers(traces[1]!["y"]));
        Assert.Equal("tonexty", (string?)traces[1]!["fill"]);
        Assert.Equal([3.0, 3, 3], Figure.Numbers(Figure.Trace(chart, "Median")["y"]));
        Assert.Equal("2026-02-01", (string?)Figure.Layout(chart)["shapes"]![0]!["x0"]);
    }

    [Fact]
    public void Fan_Chart_Rejects_Percentiles_Of_Another_Length()
    {
        var data = new FanChartData("q", "Nodes", Dates, [1, 1, 1], [2, 2, 2], [3, 3], [4, 4, 4], [5, 5, 5]);

        var e = Assert.Throws<ArgumentException>(() => AnalysisCharts.FanChart(data));

        Assert.Equal("P50", e.ParamName);
        Assert.Contains("has 2 values, must have one per date (3)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Viability_Marks_Emissions_End_And_The_Months_12_And_24_After()
    {
        var dates = Enumerable.Range(0, 60).Select(m => new DateOnly(2026, 1, 1).AddMonths(m)).ToArray();
        var curve = new ViabilityCurve("Still viable?", dates, dates.Select(_ => 0.5).ToArray()) { SubsidyEnd = new DateOnly(2027, 1, 1) };

        var chart = AnalysisCharts.ViabilityProbability(curve);

        var x0 = Figure.Layout(chart)["shapes"]!.AsArray().Select(s => (string)s!["x0"]!).ToArray();
        Assert.Equal(["2027-01-01", "2028-01-01", "2029-01-01"], x0);

        // The subsidy end's label sits a row above "+12 months", a year to its right, so the two do not run together
        var shifts = Figure.Layout(chart)["annotations"]!.AsArray().ToDictionary(a => (string)a!["text"]!, a => (int?)a!["yshift"] ?? 0);
        Assert.Equal(new Dictionary<string, int> { ["Median subsidy end"] = 17, ["+12 months"] = 0, ["+24 months"] = 0 }, shifts);

        // And alone (the horizon ends before +12 months) it stays on the plot's edge
        var alone = AnalysisCharts.ViabilityProbability(curve with { SubsidyEnd = dates[^3] });
        Assert.Null(Figure.Layout(alone)["annotations"]!.AsArray().Single()!["yshift"]);
    }

    [Fact]
    public void Tornado_Puts_The_Largest_Deviation_On_Top_And_Bars_Start_At_The_Base()
    {
        var data = new TornadoData("Which inputs matter?", "Surviving nodes (nodes)",
        [
            new TornadoBar("small", 95, 105, 100),
            new TornadoBar("large", 40, 160, 100),
            new TornadoBar("medium", 120, 70, 100),
        ]);

        var chart = AnalysisCharts.Tornado(data);

        var low = Figure.Trace(chart, "Input at low");
        Assert.Equal(["large", "medium", "small"], low["y"]!.AsArray().Select(v => (string)v!).ToArray());
        Assert.Equal([-60.0, 20, -5], Figure.Numbers(low["x"]));
        Assert.Equal(100, (double)low["base"]!);
        Assert.Equal([60.0, -30, 5], Figure.Numbers(Figure.Trace(chart, "Input at high")["x"]));
    }

    [Fact]
    public void Heatmap_Ticks_Sit_At_The_Cell_Centres_In_The_Parameters_Units()
    {
        // Given cells centred at x = 0.1, 0.25, 0.4 (unevenly spaced) and y = 10, 20
        var grid = new HeatmapGrid("?", "Markup fraction (%)", "Nodes", "Profit (USD)",
            [0.1, 0.25, 0.4], [10, 20], new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }) { ShowX = v => $"{v * 100:0}%" };

        var layout = Figure.Layout(AnalysisCharts.Heatmap(grid));

        Assert.Equal("array", (string?)layout["xaxis"]!["tickmode"]);
        Assert.Equal([0.1, 0.25, 0.4], Figure.Numbers(layout["xaxis"]!["tickvals"]));
        Assert.Equal(["10%", "25%", "40%"], layout["xaxis"]!["ticktext"]!.AsArray().Select(v => (string)v!));
        Assert.Equal([10.0, 20], Figure.Numbers(layout["yaxis"]!["tickvals"]));
        Assert.Equal(["10", "20"], layout["yaxis"]!["ticktext"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("Markup fraction (%)", (string?)layout["xaxis"]!["title"]!["text"]);
    }

    [Fact]
    public void Heatmap_With_Many_Cells_Labels_Every_Kth_Cell_Centre()
    {
        var xs = Enumerable.Range(0, 25).Select(i => 1000.0 * i).ToArray();

        var (values, texts) = AnalysisCharts.CellTicks(xs, null);

        // 25 cells, at most 12 ticks: every 3rd cell, each tick on a cell centre
        Assert.Equal(xs.Where((_, i) => i % 3 == 0), values);
        Assert.Equal("24,000", texts[^1]);
    }

    [Fact]
    public void Heatmap_Draws_The_Break_Even_Contour_At_Its_Level()
    {
        var grid = new HeatmapGrid("Where is it viable?", "Fee (USD)", "Growth (per month)", "Profit (USD)",
            [1, 2, 3], [10, 20], new double[,] { { -1, 0, 1 }, { 0, 1, 2 } }) { BreakEvenLevel = 0 };

        var chart = AnalysisCharts.Heatmap(grid);

        var traces = Figure.Traces(chart);
        Assert.Equal("heatmap", (string?)traces[0]!["type"]);
        Assert.Equal([-1.0, 0, 1], Figure.Numbers(traces[0]!["z"]![0]));
        var contour = traces[1]!;
        Assert.Equal("contour", (string?)contour["type"]);
        Assert.Equal(0, (double)contour["contours"]!["start"]!);
        Assert.Equal(0, (double)contour["contours"]!["end"]!);
    }

    [Fact]
    public void Heatmap_Rejects_A_Grid_Of_The_Wrong_Shape()
    {
        var grid = new HeatmapGrid("q", "x", "y", "z", [1, 2, 3], [10, 20], new double[3, 2]);

        var e = Assert.Throws<ArgumentException>(() => AnalysisCharts.Heatmap(grid));

        Assert.Contains("Z is 3×2, must be Ys.Count × Xs.Count = 2×3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_Draws_One_Line_Per_Scenario()
    {
        var data = new ComparisonData("How do they differ?", "Nodes",
        [
            new ComparisonSeries("a", Dates, [1, 2, 3]),
            new ComparisonSeries("b", Dates, [3, 2, 1]),
        ]);

        var chart = AnalysisCharts.Comparison(data);

        Assert.Equal(["a", "b"], Figure.Traces(chart).Select(t => (string)t!["name"]!).ToArray());
        Assert.Equal([3.0, 2, 1], Figure.Numbers(Figure.Trace(chart, "b")["y"]));
    }

    [Fact]
    public void Every_Analysis_Chart_Builds_From_Real_Runs()
    {
        var charts = AnalysisSamples.All();

        Assert.Equal(7, charts.Count);
        Assert.All(charts, c => Assert.NotEmpty(Figure.Traces(c.Chart)));
    }
}
