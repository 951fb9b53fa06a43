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
        var (lows, highs, shares) = OperatorCharts.Histogram(sorted);
        Assert.Equal(10, lows.Length);
        Assert.Equal(1.99, lows[0], 12);
        Assert.Equal(99.01, highs[^1], 12);
        Assert.All(lows.Zip(highs), b => Assert.Equal((99.01 - 1.99) / 10, b.Second - b.First, 9));
        Assert.Equal(lows.Skip(1), highs.SkipLast(1));
        Assert.Equal(1.0, shares.Sum(), 12);
        Assert.Equal(0.11, shares[0], 12);
        Assert.Equal(0.11, shares[^1], 12);
        Assert.Equal(0.10, shares[1], 12);
    }

    [Fact]
    public void Histogram_over_losses_and_gains_has_an_edge_at_zero()
    {
        // −50 … 49: the range is [−49.01, 48.01], bins of 9.702 laid from 0: [−49.01, −48.51) (cut at the range's end),
        // [−48.51, −38.81) … [−9.702, 0), [0, 9.702) … [38.81, 48.01] (cut), 11 bins. The bins below 0 hold the 50
        // negative values (half), 0 itself counts above.
        double[] sorted = [.. Enumerable.Range(-50, 100).Select(i => (double)i)];
        var (lows, highs, shares) = OperatorCharts.Histogram(sorted);
        double width = (48.01 + 49.01) / 10;
        Assert.Equal(11, lows.Length);
        Assert.Equal(-49.01, lows[0], 12);
        Assert.Equal(-5 * width, highs[0], 12);
        Assert.Equal(48.01, highs[^1], 12);
        Assert.Equal(lows.Skip(1), highs.SkipLast(1));
        int zero = Array.IndexOf(lows, 0.0);
        Assert.Equal(6, zero);
        Assert.Equal(0.5, shares.Take(zero).Sum(), 12);
        Assert.Equal(1.0, shares.Sum(), 12);
        Assert.Equal(0.02, shares[0], 12); // −50 (below the range) and −49
    }

    [Fact]
    public void Npv_histogram_bars_do_not_straddle_zero_in_the_operator_analysis()
    {
        var r = Late.Value;
        var bars = Figure.Trace(OperatorCharts.NpvDistribution(r), "Share of paths");
        var x = Figure.Numbers(bars["x"]);
        var w = Figure.Numbers(bars["width"]);
        Assert.Contains(x.Zip(w), b => Math.Abs(b.First - (b.Second / 2)) < 1e-6); // the paths lose and gain: a bar starts at $0
        Assert.DoesNotContain(x.Zip(w), b => b.First - (b.Second / 2) < -1e-9 && b.First + (b.Second / 2) > 1e-9);
        double below = x.Zip(Figure.Numbers(bars["y"])).Where(b => b.First < 0).Sum(b => b.Second);
        Assert.Equal(r.MonteCarlo!.NpvUsd.Count(v => v < 0) / (double)r.MonteCarlo.Paths, below, 12);
        Assert.StartsWith("NPV %{customdata}", (string?)bars["hovertemplate"], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_section_of_a_node_with_no_stake_and_no_setup_says_there_is_nothing_to_pay_back()
    {
        var free = OperatorAnalysis.Run(ScenarioLoader.Baseline, new OperatorOptions { StartMonth = 59, Paths = 10, Seed = 3 });
        var table = OperatorSection.Of(free).Table!;
        Assert.Contains(table, row => row[0] == "Payback" && row[1] == "nothing to pay back (no stake, no setup)");
        Assert.Contains(table, row => row[0] == "P(payback within 24 months)" && row[1] == "nothing to pay back (no stake, no setup)");
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
