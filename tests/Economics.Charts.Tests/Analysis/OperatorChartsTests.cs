using Economics.Analysis.Operator;
using Economics.Charts.Analysis;
using Economics.Charts.Report;
using Economics.Model.Loading;

namespace Economics.Charts.Tests.Analysis;

/// <summary>The operator charts and the report's operator section.</summary>
public sealed class OperatorChartsTests
{
    private static readonly Lazy<OperatorResult> Late = new(() =>
        OperatorAnalysis.Run(ScenarioLoader.Baseline, new OperatorOptions { StartMonth = 59, StakeTokens = 100_000, SetupUsd = 2000, Paths = 50, Seed = 3 }));

    // A node with a stake bought at the TGE: its first month's 75,000 USD of subsidy pays the investment back within it.
    private static readonly Lazy<OperatorResult> Early = new(() =>
        OperatorAnalysis.Run(ScenarioLoader.Baseline, new OperatorOptions { StakeTokens = 100_000, SetupUsd = 2000 }));

    [Fact]
    public void Pnl_chart_stacks_income_up_and_costs_down_with_the_cumulative_cash_on_the_right()
    {
        var r = Late.Value;
        var chart = OperatorCharts.Pnl(r);
        Assert.Equal(r.Months.Select(m => m.SubsidyUsd), Figure.Numbers(Figure.Trace(chart, "Subsidy (pool tokens × price)")["y"]));
        Assert.Equal(r.Months.Select(m => -m.InfraUsd), Figure.Numbers(Figure.Trace(chart, "Infrastructure")["y"]));
        Assert.Equal(r.Months.Select(m => -m.StakeCarryUsd), Figure.Numbers(Figure.Trace(chart, "Stake carry (S·P·r/12)")["y"]));
        var cumulative = Figure.Trace(chart, "Cumulative profit − investment (right axis)");
        Assert.Equal("y2", (string?)cumulative["yaxis"]);
        Assert.Equal(r.Months[^1].CumulativeProfitUsd - r.InvestmentUsd, Figure.Numbers(cumulative["y"])[^1], 9);
        Assert.Equal("relative", (string?)Figure.Layout(chart)["barmode"]);

        // The baseline's gateways earn no fee margin and bear no rails: those bars are left out rather than drawn empty
        Assert.DoesNotContain(Figure.Traces(chart), t => (string?)t!["name"] == "Fee margin (fees − upstream)");
        Assert.Contains("never pays back its $28,888", Figure.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void Pnl_chart_marks_the_payback_month()
    {
        var r = Early.Value;
        Assert.True(r.PaybackMonths is > 0 and < 1);
        var annotations = Figure.Layout(OperatorCharts.Pnl(r))["annotations"]!.AsArray().Select(a => (string?)a!["text"]).ToList();
        Assert.Contains(annotations, a => a is not null && a.StartsWith("Payback: 0.", StringComparison.Ordinal) && a.EndsWith("(2026-04)", StringComparison.Ordinal));
    }

    [Fact]
    public void Npv_histogram_shares_sum_to_one_and_the_percentiles_are_drawn()
    {
        var r = Late.Value;
        var chart = OperatorCharts.NpvDistribution(r);
        Assert.Equal(1.0, Figure.Numbers(Figure.Trace(chart, "Share of paths")["y"]).Sum(), 12);
        var median = Figure.Traces(chart).Single(t => ((string)t!["name"]!).StartsWith("Median: ", StringComparison.Ordinal))!;
        Assert.Equal([r.MonteCarlo!.NpvP50Usd, r.MonteCarlo.NpvP50Usd], Figure.Numbers(median["x"]));
        Assert.Equal(["operator-pnl", "operator-npv"], OperatorCharts.All(r).Select(c => c.Id));
        Assert.Equal(["operator-pnl"], OperatorCharts.All(Early.Value).Select(c => c.Id));
    }

    [Fact]
    public void Histogram_puts_values_beyond_the_percentile_range_in_the_edge_bins()
    {
        // 100 values 1 … 100: the 1st and 99th percentiles are 1.99 and 99.01, 10 bins of 9.702. The first bin
        // [1.99, 11.692) holds 2 … 11 and the 1 below the range; the last [89.308, 99.01] holds 90 … 99 and the 100 above it.
        double[] sorted = [.. Enumerable.Range(1, 100).Select(i => (double)i)];
        var (centers, shares, width) = OperatorCharts.Histogram(sorted);
        Assert.Equal(10, centers.Length);
        Assert.Equal((99.01 - 1.99) / 10, width, 9);
        Assert.Equal(1.0, shares.Sum(), 12);
        Assert.Equal(0.11, shares[0], 12);
        Assert.Equal(0.11, shares[^1], 12);
        Assert.Equal(0.10, shares[1], 12);
    }

    [Fact]
    public void Report_section_has_the_answers_table()
    {
        var section = OperatorSection.Of(Late.Value);
        Assert.Equal("operator", section.Id);
        Assert.Contains(section.Table!, row => row[0] == "Payback" && row[1] == "not within the horizon");
        Assert.Contains(section.Table!, row => row[0] == "P(payback within 24 months)");
        Assert.Equal(2, section.Charts.Count);
    }
}
