using Economics.Analysis.Sweeps;
using Economics.Charts.Analysis;

namespace Economics.Charts.Tests.Analysis;

public sealed class ViabilityGridChartsTests
{
    // A 2 × 3 grid counted at 12 and 24 months: cell (i, j) has 100 evaluable paths and 10·(i·3 + j) viable at 12
    // months (0 … 50%), none evaluable at 24 in the last cell.
    private static ViabilityGridResult Grid(bool twoAxes = true)
    {
        int ny = twoAxes ? 3 : 1;
        int cells = 2 * ny;
        var evaluable = new long[cells * 2];
        var viable = new long[cells * 2];
        for (int c = 0; c < cells; c++)
        {
            evaluable[c * 2] = 100;
            viable[c * 2] = 10 * c;
            evaluable[(c * 2) + 1] = c == cells - 1 ? 0 : 100;
            viable[(c * 2) + 1] = c == cells - 1 ? 0 : 5 * c;
        }

        return new ViabilityGridResult
        {
            Scenario = "s",
            X = new SweepAxis("fees.policy.markupFraction", 0, 1, 2),
            Y = twoAxes ? new SweepAxis("markets[0].willingnessToPay.spread", 0.5, 1.5, 3) : null,
            Paths = 100,
            Seed = 4,
            MonthsAfter = [12, 24],
            XValues = Enumerable.Range(0, cells).Select(c => (double)(c / ny)).ToArray(),
            YValues = Enumerable.Range(0, cells).Select(c => twoAxes ? 0.5 + (c % ny * 0.5) : double.NaN).ToArray(),
            EvaluablePaths = evaluable,
            ViablePaths = viable,
        };
    }

    [Fact]
    public void One_Heatmap_Per_Month_With_A_Fixed_Probability_Scale_And_The_Contour_At_The_Level()
    {
        var charts = ViabilityGridCharts.All(Grid(), 0.3);
        Assert.Equal(["viability-grid-12", "viability-grid-24"], charts.Select(c => c.Id));
        var traces = Figure.Traces(charts[0].Chart);
        var heat = traces[0]!;
        Assert.Equal("heatmap", (string?)heat["type"]);
        Assert.Equal(0.0, (double)heat["zmin"]!);
        Assert.Equal(1.0, (double)heat["zmax"]!);

        // Rows are y, columns x: z[j][i] = P(i, j) = (i·3 + j)/10.
        Assert.Equal([0.0, 0.3], Figure.Numbers(heat["z"]![0]));
        Assert.Equal([0.2, 0.5], Figure.Numbers(heat["z"]![2]));
        var contour = traces[1]!;
        Assert.Equal(0.3, (double)contour["contours"]!["start"]!);
        Assert.Equal("P = 30%", (string?)contour["name"]);
        Assert.StartsWith("Where is the network viable 12 months after the subsidy ends with probability ≥ 30%?", Figure.Title(charts[0].Chart), StringComparison.Ordinal);
    }

    [Fact]
    public void Heatmap_Axes_Are_Named_In_Words_With_Ticks_On_The_Cell_Centres()
    {
        var layout = Figure.Layout(ViabilityGridCharts.All(Grid(), 0.3)[0].Chart);

        Assert.Equal("Markup fraction (%)", (string?)layout["xaxis"]!["title"]!["text"]);
        Assert.Equal([0.0, 1], Figure.Numbers(layout["xaxis"]!["tickvals"]));
        Assert.Equal(["0%", "100%"], layout["xaxis"]!["ticktext"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("Willingness to pay spread of markets[0]", (string?)layout["yaxis"]!["title"]!["text"]);
        Assert.Equal([0.5, 1, 1.5], Figure.Numbers(layout["yaxis"]!["tickvals"]));
    }

    [Fact]
    public void The_Answer_Counts_Cells_At_The_Level_And_Skips_Cells_With_No_Evaluable_Path()
    {
        var grid = Grid();
        Assert.Equal("3 of 6 cells reach 30%; the best is 50% at fees.policy.markupFraction = 1, markets[0].willingnessToPay.spread = 1.5",
            ViabilityGridCharts.Answer(grid, 12, 0.3));
        Assert.Equal("0 of 5 cells reach 30%; the best is 20% at fees.policy.markupFraction = 1, markets[0].willingnessToPay.spread = 1",
            ViabilityGridCharts.Answer(grid, 24, 0.3));
        Assert.True(double.IsNaN(grid.Probability(1, 2, 24)));
    }

    [Fact]
    public void The_Answer_Says_When_No_Cell_Has_A_Viable_Path_And_When_Cells_Tie_For_The_Best()
    {
        // No viable path anywhere: there is no "best" cell to name (it read "the best is 0% at … = 0").
        var none = Grid() with { ViablePaths = new long[12] };
        Assert.Equal("0 of 6 cells reach 30%; no cell has a viable path", ViabilityGridCharts.Answer(none, 12, 0.3));

        // Cell 3 raised to 50%, as cell 5 is (0, 10, 20, 50, 40, 50%): the first of the two is named, with the count.
        var viable = Grid().ViablePaths.ToArray();
        viable[3 * 2] = 50;
        var tie = Grid() with { ViablePaths = viable };
        Assert.Equal("3 of 6 cells reach 30%; the best is 50%, in 2 cells, the first at fees.policy.markupFraction = 1, markets[0].willingnessToPay.spread = 0.5",
            ViabilityGridCharts.Answer(tie, 12, 0.3));
    }

    [Fact]
    public void One_Axis_Gives_A_Line_Per_Month()
    {
        var charts = ViabilityGridCharts.All(Grid(twoAxes: false));
        var line = Figure.Traces(charts[0].Chart)[0]!;
        Assert.Equal("scatter", (string?)line["type"]);
        Assert.Equal([0.0, 0.1], Figure.Numbers(line["y"]));
    }
}
