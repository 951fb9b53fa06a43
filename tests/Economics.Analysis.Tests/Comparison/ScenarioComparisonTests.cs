using Economics.Analysis.Comparison;
using Economics.Model.Engine;

namespace Economics.Analysis.Tests.Comparison;

public sealed class ScenarioComparisonTests
{
    [Fact]
    public void One_Row_Per_Scenario_With_The_Summary_Answers()
    {
        var hand = TestScenarios.HandComputable();
        var result = ScenarioComparison.Run([TestScenarios.Baseline, hand]);
        string[] lines = result.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("scenario,horizonMonths,subsidyEndMonth,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("baseline,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("hand,12,", lines[2], StringComparison.Ordinal);
        Assert.Equal(Simulation.Run(hand).Summary.CumulativeOperatorProfitUsd, result.Value(1, "cumulativeOperatorProfit"));
        Assert.Equal(8_400, result.Value(1, "cumulativeOperatorProfit"), 6);
        // Aligned monthly series: 120 baseline months + 12 hand months + header.
        Assert.Equal(145, result.MonthlyCsv().Count(c => c == '\n'));
        var nodes = result.SeriesFrame("nodes_total");
        Assert.Equal(132, nodes.RowCount);
        Assert.Equal(2, nodes.ColumnCount);
    }

    [Fact]
    public void Should_Reject_Two_Scenarios_With_One_Name()
    {
        var e = Assert.Throws<ArgumentException>(() => ScenarioComparison.Run([TestScenarios.Baseline, TestScenarios.Baseline]));
        Assert.Contains("'baseline'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_are_the_summary_json_keys_once_each_and_never_is_an_empty_cell()
    {
        var result = ScenarioComparison.Run([TestScenarios.Baseline]);
        string[] header = result.ToCsv().Split('\n')[0].Split(',');
        string[] row = result.ToCsv().Split('\n')[1].Split(',');

        Assert.Equal(header.Length, header.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("breakEvenFeeRatio", header);
        Assert.DoesNotContain("cumulativeOperatorProfit", header);
        Assert.Contains("cumulativeOperatorProfitUsd", header);
        // The baseline never reaches its viability cliff: summary.json says null, the cell is empty (not 120).
        Assert.Null(result.Runs[0].Summary.ViabilityCliffMonth);
        Assert.Equal(string.Empty, row[Array.IndexOf(header, "viabilityCliffMonth")]);
        Assert.True(double.IsNaN(result.Value(0, "viabilityCliffMonth")));
        Assert.Equal("67", row[Array.IndexOf(header, "subsidyEndMonth")]);
        Assert.Contains(header, h => h.StartsWith("survivingNodesByCohort.", StringComparison.Ordinal));
    }
}
