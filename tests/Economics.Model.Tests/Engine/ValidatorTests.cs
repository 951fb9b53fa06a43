using Economics.Model.Engine;

namespace Economics.Model.Tests.Engine;

/// <summary>Rule 7 for validator cohorts: staking payouts + OG-chain gas − own costs, kept apart from the inference
/// operators' totals, on the same supply curve, and counted in "viable".</summary>
public sealed class ValidatorTests
{
    // The simple scenario (price 2 USD, cohort a: 10 inference nodes) plus a staking pool paying 2,000 tokens/month to
    // validators and a validator cohort v of 4 nodes at 300 USD/month with 1,000 staked tokens at 12%/year.
    private static readonly string Validators = ValidatorsJson(300, 1000, 4);

    private static string ValidatorsJson(double overhead, double stake, double nodes) => $$"""
    { "token": { "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "use": { "operators": 1 } },
                            { "name": "staking", "share": 0.1, "release": { "kind": "constant", "tokensPerMonth": 2000 }, "use": { "validators": 1 } } ] },
      "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0,
                     "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000 },
                   { "name": "v", "kind": "validator", "provider": "q", "initialNodes": {{nodes}}, "gpuHourlyUsd": 0, "gpusPerNode": 0,
                     "overheadUsdPerMonth": {{overhead}}, "capacityInferencesPerMonth": 0, "stakeTokens": {{stake}}, "costOfCapitalAnnual": 0.12 } ] }
    """;

    [Fact]
    public void Validators_Earn_Staking_Payouts_And_Pay_Their_Own_Costs()
    {
        var r = TestScenarios.RunSimple(Validators);
        var v = r.Cohorts.Single(c => c.Name == "v");
        for (int t = 0; t < r.Months; t++)
        {
            // Staking 2,000 tokens × 2 USD = 4,000; own 4 × (300 + 1,000 × 2 × 0.12/12) = 1,280; no gas (PRIVATE only).
            Assert.Equal(4000, r.ValidatorStakingUsd[t], 1e-9);
            Assert.Equal(0, r.ValidatorGasUsd[t]);
            Assert.Equal(1280, r.ValidatorCostsUsd[t], 1e-9);
            Assert.Equal(2720, r.ValidatorProfitUsd[t], 1e-9);
            Assert.Equal(4, r.ValidatorNodes[t]);
            Assert.Equal(2720, v.Profit[t], 1e-9);
            Assert.Equal(2720 / 1280.0, v.Margin[t], 1e-12);
            Assert.Equal(1.0, v.SubsidyDependence[t]);
            Assert.Equal(0, v.Served[t]);
        }
    }

    [Fact]
    public void Validators_Stay_Out_Of_The_Operators_Totals()
    {
        var without = TestScenarios.RunSimple();
        var with = TestScenarios.RunSimple(Validators);
        Assert.Equal(without.NodesTotal, with.NodesTotal);
        Assert.Equal(without.OperatorProfit, with.OperatorProfit);
        Assert.Equal(without.RevenueSubsidy, with.RevenueSubsidy);
        Assert.Equal(without.Served, with.Served);
        Assert.Equal(without.SubsidyDependence, with.SubsidyDependence);
    }

    [Fact]
    public void Viable_Needs_Validators_That_Cover_Their_Costs_Without_Staking()
    {
        // Operators alone are viable every month (profit without subsidy 5,000 ≥ 0, 10 nodes, all served); the
        // validators lose 1,280 a month without their staking payouts, so the network is not.
        Assert.All(TestScenarios.RunSimple().Viable, v => Assert.Equal(1.0, v));
        Assert.All(TestScenarios.RunSimple(Validators).Viable, v => Assert.Equal(0.0, v));
        // Validators at no cost are viable, but only while there are at least minValidators (4) of them.
        var free = TestScenarios.RunSimple(ValidatorsJson(0, 0, 4));
        Assert.All(free.Viable, v => Assert.Equal(1.0, v));
        var few = TestScenarios.RunSimple(ValidatorsJson(0, 0, 3));
        Assert.All(few.Viable, v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Baseline_Validators_Receive_The_Staking_Pool_And_All_Og_Gas()
    {
        var r = Simulation.Run(TestScenarios.Baseline);
        for (int t = 0; t < r.Months; t++)
        {
            Assert.Equal(r.ValidatorTokens[t] * r.TokenPriceUsd[t], r.ValidatorStakingUsd[t], 1e-9 * (1 + r.ValidatorStakingUsd[t]));
            Assert.Equal(r.ValidatorGasRevenueUsd[t], r.ValidatorGasUsd[t], 1e-12 * (1 + r.ValidatorGasUsd[t]));
        }

        // Gas is a rounding error beside staking: validators live on the staking pool.
        Assert.True(r.ValidatorGasUsd.Sum() < 1e-3 * r.ValidatorStakingUsd.Sum());
    }
}
