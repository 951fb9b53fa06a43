using Economics.Model.Engine;
using Economics.Model.Results;

namespace Economics.Model.Tests.Engine;

/// <summary>The answers of <c>summary.json</c>.</summary>
public sealed class SummaryTests
{
    // Emissions 3,000·(6 − t)/6 tokens (6,000 … 1,000 USD) end at month 6; fees 10,000; costs 11,000:
    // profit 5,000, 4,000, 3,000, 2,000, 1,000, 0, then −1,000 a month.
    private static SimulationResult Tapering() => TestScenarios.RunSimple(
        """{ "token": { "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "linearTaper", "startTokensPerMonth": 3000, "endMonth": 6 }, "use": { "operators": 1 } } ] } }""",
        """{ "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 1100, "capacityInferencesPerMonth": 200000 } ] }""");

    [Fact]
    public void Emissions_End_And_First_Loss_Without_Emissions()
    {
        var s = Tapering().Summary;
        Assert.Equal(6, s.SubsidyEndMonth);
        Assert.Equal(6, s.FirstLossMonthWithoutSubsidy);
        Assert.Equal(6, s.FirstLossMonth);
        Assert.Equal(6, s.ReferenceMonth);
    }

    [Fact]
    public void Required_Fee_Increase_Is_Break_Even_Fee_Over_Fee_At_Emissions_End()
    {
        // Break-even without subsidy at month 6: 11,000/1e6 = 0.011 against a fee of 0.01 → 1.1.
        var s = Tapering().Summary;
        Assert.Equal(0.01, s.FeeAtSubsidyEndUsd);
        Assert.Equal(0.011, s.BreakEvenFeeAtSubsidyEndUsd!.Value, 1e-15);
        Assert.Equal(1.1, s.RequiredFeeIncreaseFactor!.Value, 1e-12);
        Assert.Equal(1.0, s.UserPriceVsOutside!.Value, 1e-12);
        Assert.Equal(0.01, s.OutsidePriceUsd);
    }

    [Fact]
    public void Subsidy_Dependence_Peak_And_End()
    {
        // Month 0: 6,000/(10,000 + 6,000) = 0.375; after month 6: 0.
        var s = Tapering().Summary;
        Assert.Equal(0.375, s.PeakSubsidyDependence!.Value, 1e-12);
        Assert.Equal(0, s.PeakSubsidyDependenceMonth);
        Assert.Equal(0.0, s.EndSubsidyDependence);
    }

    [Fact]
    public void Totals_Over_The_Horizon()
    {
        var s = Tapering().Summary;
        Assert.Equal(12e6, s.CumulativeServedInferences);
        Assert.Equal(3000 * 3.5, s.CumulativeReleasedTokens, 1e-9);
        Assert.Equal(120_000, s.CumulativeFeeRevenueUsd, 1e-9);
        Assert.Equal(21_000, s.CumulativeSubsidyRevenueUsd, 1e-9);
        Assert.Equal(120_000 + 21_000 - 132_000, s.CumulativeOperatorProfitUsd, 1e-9);
        Assert.Equal(0.0, s.DemandLostShare);
        Assert.Equal(0.0, s.DemandUnservedShare);
    }

    [Fact]
    public void Viability_cliff_is_the_first_non_viable_month_after_a_viable_one()
    {
        // Profitable (fees 10,000 vs costs 5,000) until demand drops to 100,000 in month 4: fees 1,000, a loss of 4,000
        // a month; the trailing 3-month profit without subsidy turns negative in month 5 (5,000 + 5,000 − 4,000 ≥ 0 in
        // month 4; 5,000 − 8,000 < 0 in month 5). No subsidy, nodes fixed.
        var r = TestScenarios.RunSimple("""{ "token": { "pools": [] } }""",
            TestScenarios.Market(growth: """{ "kind": "table", "inferencesPerMonth": [1000000, 1000000, 1000000, 1000000, 100000] }"""));
        Assert.Equal([1, 1, 1, 1, 1, 0, 0], r.Viable.Take(7));
        Assert.Equal(0, r.Summary.FirstViableMonth);
        Assert.Equal(5, r.Summary.ViabilityCliffMonth);
        Assert.Equal(5 / 12.0, r.Summary.ViableMonthShare, 12);

        // Below the redundancy floor a month is not viable whatever the profit.
        var thin = TestScenarios.RunSimple("""{ "token": { "pools": [] }, "viability": { "redundancyFloor": 11 } }""");
        Assert.All(thin.Viable, v => Assert.Equal(0, v));
        Assert.Null(thin.Summary.FirstViableMonth);
        Assert.Null(thin.Summary.ViabilityCliffMonth);
    }

    [Fact]
    public void No_Cliff_And_No_End_Are_Null()
    {
        var s = TestScenarios.RunSimple().Summary;
        Assert.Null(s.ViabilityCliffMonth);
        Assert.Null(s.SubsidyEndMonth);
        Assert.Null(s.FirstLossMonthWithoutSubsidy);
        Assert.Null(s.FirstLossMonth);
        Assert.Equal(11, s.ReferenceMonth);
        Assert.Equal(12, SummaryMetrics.Get(s, "viabilityCliffMonth"));
    }

    [Fact]
    public void No_subsidy_means_no_subsidy_dependence()
    {
        // Without a pool paying operators and with users bearing the rails, dependence is 0, or not applicable where a
        // pass-through gateway has no income at all (its fee margin is 0): never positive. With the protocol bearing
        // the rails (the baseline), they are a hidden subsidy: dependence is 1 whenever anything is served.
        var baseline = TestScenarios.Baseline;
        var userRails = """{ "payments": { "costBorneBy": "user" }, "settlement": { "costBorneBy": "user" } }""";
        var r = Simulation.Run(TestScenarios.FromBaseline("""{ "token": { "pools": [ { "name": "eco", "share": 0.4, "vestingMonths": 60, "use": { "held": 1 } } ] }, "uncertainty": [] }""", userRails));
        Assert.All(r.SubsidyDependence, d => Assert.True(d == 0 || double.IsNaN(d)));
        var none = Simulation.Run(baseline.With("token.pools[0].payout.tokens", 0));
        Assert.Equal(0, none.Summary.SubsidyEndMonth);
        Assert.All(Enumerable.Range(0, none.Months).Where(t => none.Served[t] > 0), t => Assert.Equal(1.0, none.SubsidyDependence[t], 12));
        var simple = TestScenarios.RunSimple("""{ "token": { "pools": [] } }""");
        Assert.All(simple.SubsidyDependence, d => Assert.Equal(0, d));
    }

    [Fact]
    public void Baseline_Answers_Are_Sensible()
    {
        var s = Simulation.Run(TestScenarios.Baseline).Summary;
        Assert.Equal(67, s.SubsidyEndMonth);
        Assert.Equal(67, s.SubsidyEndMonthByPool["ecosystem"]);
        Assert.Equal(["ecosystem"], s.SubsidyEndMonthByPool.Keys);
        Assert.InRange(s.PeakSubsidyDependence!.Value, 0.5, 1.0);
        Assert.True(s.RequiredFeeIncreaseFactor > 0);
        // The outside option is the served requests' list price (the cap trims the largest requests).
        Assert.Equal(s.FeeAtSubsidyEndUsd, s.OutsidePriceUsd, 1e-15);
        Assert.Equal(0.0, TestScenarios.Baseline.Fees.ProtocolTakeRate);
    }
}
