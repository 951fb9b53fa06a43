using Economics.Analysis.BreakEven;
using Economics.Model.Engine;
using Economics.Model.Loading;

namespace Economics.Analysis.Tests.BreakEven;

public sealed class BreakEvenSolverTests
{
    [Fact]
    public void Should_Find_The_Hand_Computed_Break_Even_Fee()
    {
        // Given fee revenue 1,000,000 × fee × 0.9 against costs of 2,000 USD a month
        var scenario = TestScenarios.HandComputable();

        // When solving cumulative profit = 0 for the fee
        var result = BreakEvenSolver.Solve(scenario, "fees.policy.usdPerInference", "cumulativeOperatorProfit", 0, 0.001, 0.01);

        // Then the fee is 2,000 / 900,000 USD and profit there is ~0
        Assert.True(result.Found, result.Message);
        Assert.Equal(2000.0 / 900_000.0, result.Value, 12);
        Assert.True(Math.Abs(result.MetricAtValue) < 1e-4, result.Message);
    }

    [Fact]
    public void Solution_Fed_Back_Into_The_Model_Hits_The_Target()
    {
        var scenario = TestScenarios.HandComputable();
        var result = BreakEvenSolver.Solve(scenario, "fees.policy.usdPerInference", "cumulativeOperatorProfit", 12_000, 0.001, 0.01);
        var rerun = Simulation.Run(ScenarioFields.WithNumber(scenario, "fees.policy.usdPerInference", result.Value));
        Assert.Equal(12_000, rerun.Summary.CumulativeOperatorProfitUsd, 4);
    }

    [Fact]
    public void A_month_that_meets_the_target_only_by_never_happening_is_not_a_solution()
    {
        // Given the baseline, whose subsidy ends at month 67: with a horizon of h < 67 months it never ends within it and
        // reads as h, so "subsidyEndMonth = 60" is met at h = 60 by the reading, not by the model
        var result = BreakEvenSolver.Solve(TestScenarios.Baseline, "horizonMonths", "subsidyEndMonth", 60, 12, 200);

        Assert.False(result.Found);
        Assert.Equal("subsidyEndMonth reads month 60 at horizonMonths = 60 only because it does not happen within that scenario's 60-month horizon (a month that never happens reads as the horizon, docs/MODEL.md §4): no value in [12, 200] makes it happen at month 60", result.Message);
        Assert.Null(Simulation.Run(ScenarioFields.WithNumber(TestScenarios.Baseline, "horizonMonths", 60)).Summary.SubsidyEndMonth);
    }

    [Fact]
    public void Should_Report_Both_Ends_When_The_Bracket_Has_No_Sign_Change()
    {
        var scenario = TestScenarios.HandComputable();
        var result = BreakEvenSolver.Solve(scenario, "fees.policy.usdPerInference", "cumulativeOperatorProfit", 0, 0.005, 0.01);
        Assert.False(result.Found);
        Assert.True(double.IsNaN(result.Value));
        // Profit at 0.005: 12 × (4,500 − 2,000) = 30,000; at 0.01: 12 × (9,000 − 2,000) = 84,000.
        Assert.Equal(30_000, result.MetricAtLow, 6);
        Assert.Equal(84_000, result.MetricAtHigh, 6);
        Assert.Contains("no sign change", result.Message, StringComparison.Ordinal);
        Assert.Contains("fees.policy.usdPerInference", result.Message, StringComparison.Ordinal);
        Assert.Contains("above the target", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Name_The_Path_When_It_Does_Not_Exist()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            BreakEvenSolver.Solve(TestScenarios.HandComputable(), "cohorts[3].gpuHourlyUsd", "survivingNodes", 0, 0, 1));
        Assert.Contains("cohorts[3]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Validate_Every_Value_Tried_Inside_The_Bracket()
    {
        // Issue 15 (the class of item 17): a node capacity is 0 (none) or 1 to 1e15, so both ends of [0, 1] are valid
        // and every value Brent's method tries between them is not. The gateways serve a little at capacity 1 and
        // nothing at 0, so a target halfway between the two unserved shares makes the search probe inside.
        double Unserved(double capacity) => Simulation.Run(ScenarioFields.WithNumber(TestScenarios.Baseline, "cohorts[0].capacityInferencesPerMonth", capacity)).Summary.DemandUnservedShare!.Value;
        double atZero = Unserved(0), atOne = Unserved(1);
        Assert.True(atZero > atOne, $"unserved {atZero} at capacity 0, {atOne} at 1");
        var e = Assert.Throws<ArgumentException>(() =>
            BreakEvenSolver.Solve(TestScenarios.Baseline, "cohorts[0].capacityInferencesPerMonth", "demandUnservedShare", (atZero + atOne) / 2, 0, 1));
        Assert.Contains("cohorts[0].capacityInferencesPerMonth = 0.", e.Message, StringComparison.Ordinal);
        Assert.Contains("makes the scenario invalid: cohorts[0].capacityInferencesPerMonth: is 0.", e.Message, StringComparison.Ordinal);
        Assert.Contains("(a value tried inside the bracket [0, 1]); choose a bracket whose every value is valid", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Name_The_Path_And_Value_When_The_Bracket_Is_Invalid()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            BreakEvenSolver.Solve(TestScenarios.HandComputable(), "fees.protocolTakeRate", "survivingNodes", 0, 0, 2));
        Assert.Contains("fees.protocolTakeRate = 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_List_Metrics_When_The_Metric_Is_Unknown()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            BreakEvenSolver.Solve(TestScenarios.HandComputable(), "fees.policy.usdPerInference", "profit", 0, 0.001, 0.01));
        Assert.Contains("survivingNodes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_that_jumps_over_the_target_is_not_a_root()
    {
        // The baseline's surviving node share jumps from below 1 to above 1 as demand growth rises (issue 14: this was
        // reported as "solved = 0.976439 (target 1)").
        // The ecosystem pool's payout rate sets when it runs dry: subsidyEndMonth is a whole month and jumps.
        var result = BreakEvenSolver.Solve(TestScenarios.Baseline, "token.pools[0].payout.tokens", "subsidyEndMonth", 66.5, 5e6, 8e6);

        Assert.False(result.Found, result.Message);
        Assert.True(double.IsNaN(result.Value));
        Assert.StartsWith("subsidyEndMonth crosses the target month ", result.Message, StringComparison.Ordinal);
        Assert.Contains(" discontinuously between token.pools[0].payout.tokens = ", result.Message, StringComparison.Ordinal);
        Assert.Matches(@"\(it jumps from [^)]*67[^)]* to [^)]*66[^)]*\)", result.Message);
        Assert.DoesNotContain("E-", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_found_root_is_within_the_tolerance_of_the_target()
    {
        // The markup at which the verified call costs 2.5× the direct one (all-in price over the outside price).
        var result = BreakEvenSolver.Solve(TestScenarios.Baseline, "fees.policy.markupFraction", "userPriceVsOutside", 2.5, 0, 3);

        Assert.True(result.Found, result.Message);
        Assert.True(Math.Abs(result.MetricAtValue - 2.5) <= BreakEvenSolver.Tolerance(2.5, result.MetricAtLow, result.MetricAtHigh), result.Message);
        Assert.InRange(result.Value, 0, 3);
    }

    [Fact]
    public void Messages_write_dollars_for_a_person()
    {
        var result = BreakEvenSolver.Solve(TestScenarios.Baseline, "fees.policy.markupFraction", "cumulativeOperatorProfit", 0, 0, 0.5);

        Assert.False(result.Found);
        Assert.Contains("cumulativeOperatorProfit is $", result.Message, StringComparison.Ordinal);
        Assert.Contains("M at fees.policy.markupFraction = 0 and $", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("E+", result.Message, StringComparison.Ordinal);
    }
}
