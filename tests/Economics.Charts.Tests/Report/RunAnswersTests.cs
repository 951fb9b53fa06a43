using Economics.Charts.Report;

namespace Economics.Charts.Tests.Report;

public class RunAnswersTests
{
    [Fact]
    public void Baseline_Emissions_End_In_Month_48()
    {
        // The baseline's linear taper reaches zero at endMonth 48; start 2026-01 → Jan 2030.
        string sentence = RunAnswers.SubsidyEnd(Scenarios.Baseline);

        Assert.StartsWith("The subsidy ends in month 67 (Nov 2031)", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Subsidy_Quotes_The_Last_Month_The_Pools_Pay_Operators()
    {
        // The baseline's ecosystem pool pays operators to month 66 (the subsidy ends in month 67, Nov 2031).
        var result = Scenarios.Baseline;
        double dependence = result.SubsidyDependence[66];

        string sentence = RunAnswers.Subsidy(result);

        Assert.StartsWith($"In the last month the pools pay them, month 66 (Oct 2031), subsidy is {Math.Round(dependence * 100):0}% of operators' income", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_Emissions_Operators_Earn_Nothing_From_Them()
    {
        var result = Scenarios.OneCohortNoEmissions;

        // No pool pays operators, but the protocol still bears the rails (a hidden subsidy): the sentence quotes it.
        Assert.StartsWith("In the last month of the horizon, month 35 (Mar 2029), subsidy is 100% of operators' income", RunAnswers.Subsidy(result), StringComparison.Ordinal);
        Assert.StartsWith("There is no subsidy", RunAnswers.SubsidyEnd(result), StringComparison.Ordinal);
        Assert.Equal($"No capacity runs in AWS Nitro Enclaves; provider concentration (HHI) averages 1.00.", RunAnswers.Aws(result));
    }

    [Fact]
    public void Survival_Says_How_Many_Of_The_Initial_Nodes_Remain()
    {
        // Stress: 5 gateways at the start, most leave once the subsidy ends; never viable by the v2 test.
        var s = Scenarios.Stress.Summary;

        string sentence = RunAnswers.Survival(Scenarios.Stress);

        Assert.True(s.SurvivingNodeShare < 1);
        Assert.Contains("of 5 at the start", sentence, StringComparison.Ordinal);
        Assert.Contains(s.ViabilityCliffMonth is not null ? "stops being viable" : s.FirstViableMonth is null ? "never viable" : "viable from", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Break_Even_States_The_Required_Fee_Increase()
    {
        var s = Scenarios.Stress.Summary;

        string sentence = RunAnswers.BreakEven(Scenarios.Stress);

        Assert.True(s.RequiredFeeIncreaseFactor > 1);
        Assert.StartsWith($"Fees must rise {Economics.Charts.Theme.Units.Times(s.RequiredFeeIncreaseFactor!.Value)} to break even without subsidy in month 67 (Nov 2031): from $", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void There_Is_One_Sentence_Per_Question_Without_NaN()
    {
        foreach (var result in new[] { Scenarios.Baseline, Scenarios.OneCohortNoEmissions, Scenarios.Stress })
        {
            var all = RunAnswers.All(result);
            Assert.Equal(11, all.Count);
            Assert.All(all, a => Assert.DoesNotContain("NaN", a, StringComparison.Ordinal));
            Assert.All(all, a => Assert.EndsWith(".", a, StringComparison.Ordinal));
        }
    }

    [Theory]
    // The margin peaks below costs: the peak is named.
    [InlineData("viable-reference", "their fee margin peaks at a 15% markup, below their own costs")]
    // The margin still rises at the search's end (2000%): not a peak, the largest markup searched.
    [InlineData("bear-market", "even at 2000%, the largest markup searched, their fee margin is below their own costs.")]
    // No passThrough market.
    [InlineData("mev-heavy", "No market passes the provider's list price through, so no markup applies.")]
    public void Markup_Never_Calls_The_Search_End_A_Peak(string name, string words)
    {
        var result = Model.Engine.Simulation.Run(Model.Loading.ScenarioLoader.Load(Model.Loading.ScenarioSource.Shipped(name)!));

        string sentence = RunAnswers.Markup(result);

        Assert.Contains(words, sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("peaks at a 2000%", sentence, StringComparison.Ordinal);
    }

    [Theory]
    // Rails above the whole price are a multiple (the baseline's $0.00799 against $0.00475 read "168% of"); at or
    // below it, a share.
    [InlineData("baseline", "cost $0.00799 per inference (1.68× the user's all-in price) in month 67")]
    [InlineData("batched-payments", "cost $0.00128 per inference (27% of the user's all-in price) in month 67")]
    public void Rails_Above_The_Price_Are_A_Multiple_And_Below_It_A_Share(string name, string words)
    {
        var result = Model.Engine.Simulation.Run(Model.Loading.ScenarioLoader.Load(Model.Loading.ScenarioSource.Shipped(name)!));

        Assert.Contains(words, RunAnswers.Rails(result), StringComparison.Ordinal);
    }
}
