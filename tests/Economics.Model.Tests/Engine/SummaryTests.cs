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
        Assert.Equal(1.0, s.UserPriceVsCentralized, 1e-12);
        Assert.Equal(0.01, s.CentralizedPriceUsd);
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
    public void Viability_Cliff_Is_The_First_Month_Below_Half_The_Peak()
    {
        // Losses every month, patience 0, half leave each month: 10, 5, 2.5 → 2.5 < 5 at month 2.
        var r = TestScenarios.RunSimple(
            """{ "token": { "pools": [] }, "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.001 } } }""",
            """{ "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000, "exit": { "monthlyRate": 0.5, "patienceMonths": 0 } } ] }""");
        Assert.Equal(2, r.Summary.ViabilityCliffMonth);
        Assert.Equal(10, r.Summary.PeakNodes);
        Assert.Equal(10 * Math.Pow(0.5, 11), r.Summary.SurvivingNodes, 1e-12);
        Assert.Equal(10 * Math.Pow(0.5, 11), r.Summary.SurvivingNodesByCohort["a"], 1e-12);
        Assert.Equal(Math.Pow(0.5, 11), r.Summary.SurvivingNodeShare!.Value, 1e-12);
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
    public void Zero_Emissions_Mean_Zero_Subsidy_Dependence_Every_Month()
    {
        var baseline = TestScenarios.Baseline;
        var r = Simulation.Run(TestScenarios.FromBaseline("""{ "token": { "pools": [ { "name": "eco", "share": 0.4, "vestingMonths": 60, "use": { "held": 1 } } ] } }"""));
        Assert.All(r.SubsidyDependence, d => Assert.Equal(0, d));
        var none = Simulation.Run(baseline.With("token.pools[0].payout.tokens", 0));
        Assert.All(none.SubsidyDependence, d => Assert.Equal(0, d));
        Assert.Equal(0, none.Summary.SubsidyEndMonth);
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
        Assert.Equal(0.002, s.CentralizedPriceUsd);
    }
}
