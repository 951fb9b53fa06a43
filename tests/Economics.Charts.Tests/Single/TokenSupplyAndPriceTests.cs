using Economics.Charts.Single;

namespace Economics.Charts.Tests.Single;

/// <summary>The token chart's payout panel: the TGE month's unlock (159M tokens in the baseline) against monthly payouts
/// of 1–2M drew the operators' and validators' payouts as invisible lines at 0 on a linear axis, and its long axis title
/// ran into the next panel's.</summary>
public sealed class TokenSupplyAndPriceTests
{
    [Fact]
    public void The_Baseline_Payouts_Are_On_A_Log_Axis_With_SI_Ticks_And_Short_Titles()
    {
        var layout = Figure.Layout(RunCharts.TokenSupplyAndPrice(Scenarios.Baseline));
        Assert.Equal("log", (string?)layout["yaxis"]!["type"]);
        Assert.Equal(".3~s", (string?)layout["yaxis"]!["tickformat"]);
        Assert.Equal(1.0, (double)layout["yaxis"]!["dtick"]!);
        Assert.Equal("Tokens/mo (log)", (string?)layout["yaxis"]!["title"]!["text"]);
        Assert.Equal("Circulating", (string?)layout["yaxis2"]!["title"]!["text"]);
        Assert.Equal("USD/token", (string?)layout["yaxis3"]!["title"]!["text"]);
        Assert.Contains("1 billion tokens are emitted over the horizon", Figure.Title(RunCharts.TokenSupplyAndPrice(Scenarios.Baseline)), StringComparison.Ordinal);
    }

    [Fact]
    public void Payouts_Within_The_Log_Ratio_Stay_On_A_Linear_Axis_From_Zero()
    {
        var layout = Figure.Layout(RunCharts.TokenSupplyAndPrice(Scenarios.OneCohortNoEmissions));
        Assert.Null(layout["yaxis"]!["type"]);
        Assert.Equal("tozero", (string?)layout["yaxis"]!["rangemode"]);
        Assert.Equal("Tokens/mo", (string?)layout["yaxis"]!["title"]!["text"]);
    }

    [Fact]
    public void On_A_Log_Axis_The_Payouts_Are_Lines_At_Their_Own_Values_Not_A_Stack()
    {
        var chart = RunCharts.TokenSupplyAndPrice(Scenarios.Baseline);
        foreach (string name in new[] { "Paid to operators (subsidy)", "Paid to validators" })
        {
            var trace = Figure.Trace(chart, name);
            Assert.Null(trace["stackgroup"]);
            Assert.Null(trace["fill"]);
        }

        // The validators' own payout, not the operators' and validators' sum, is what the axis shows.
        var validators = Figure.Numbers(Figure.Trace(chart, "Paid to validators")["y"]);
        Assert.Equal(Scenarios.Baseline.ValidatorTokens, validators);
    }

    [Fact]
    public void On_A_Linear_Axis_The_Payouts_Stack()
    {
        var chart = RunCharts.TokenSupplyAndPrice(Scenarios.OneCohortNoEmissions);
        Assert.Equal("payouts", (string?)Figure.Trace(chart, "Paid to operators (subsidy)")["stackgroup"]);
        Assert.Equal("payouts", (string?)Figure.Trace(chart, "Paid to validators")["stackgroup"]);
    }
}
