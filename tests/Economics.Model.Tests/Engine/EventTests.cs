using Economics.Model.Engine;
using Economics.Model.Results;

namespace Economics.Model.Tests.Engine;

/// <summary>Events: each kind acts on its target and only in months <c>month … month + durationMonths − 1</c>.</summary>
public sealed class EventTests
{
    // Two providers: a on aws (10 × 200,000), b on q (10 × 300,000); demand 10e6 so every bit of capacity is used.
    private const string TwoProviders = """
    { "markets": [ { "name": "m", "kind": "openModel", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0,
                     "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01,
                     "demand": { "initialInferencesPerMonth": 10000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 1 },
                     "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ],
      "chains": { "base": { "gasPriceGwei": 0.01, "ethUsd": 2000, "l1DataFeeUsdPerTx": 0.0001 } }, "payments": { "settleGasUnits": 50000 },
      "cohorts": [
        { "name": "a", "provider": "aws", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000 },
        { "name": "b", "provider": "q", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 400, "capacityInferencesPerMonth": 300000 } ] }
    """;

    private static SimulationResult Run(string events) =>
        TestScenarios.RunSimple(TwoProviders, $$"""{ "events": {{events}} }""");

    private static bool InWindow(int t) => t is >= 3 and <= 5;

    [Fact]
    public void Provider_Outage_Cuts_Only_That_Providers_Capacity_Only_In_Its_Window()
    {
        var calm = Run("[]");
        var r = Run("""[ { "kind": "providerOutage", "month": 3, "durationMonths": 3, "provider": "aws", "capacityLossFraction": 0.5 } ]""");
        for (int t = 0; t < r.Months; t++)
        {
            Assert.Equal(calm.Cohorts[0].Capacity[t] * (InWindow(t) ? 0.5 : 1.0), r.Cohorts[0].Capacity[t], 1e-6);
            Assert.Equal(calm.Cohorts[1].Capacity[t], r.Cohorts[1].Capacity[t]);
        }

        // aws share: 2e6/5e6 normally, 1e6/4e6 during the outage; more demand goes unserved.
        Assert.Equal(0.4, r.AwsCapacityShare[2], 1e-12);
        Assert.Equal(0.25, r.AwsCapacityShare[3], 1e-12);
        Assert.Equal(6e6, r.Unserved[4], 1e-6);
        Assert.Equal(5e6, r.Unserved[6], 1e-6);
    }

    [Fact]
    public void Provider_Cost_Change_Multiplies_Only_That_Providers_Fixed_Costs_In_Its_Window()
    {
        var calm = Run("[]");
        var r = Run("""[ { "kind": "providerCostChange", "month": 3, "durationMonths": 3, "provider": "q", "multiplier": 2 } ]""");
        for (int t = 0; t < r.Months; t++)
        {
            Assert.Equal(InWindow(t) ? 8000 : 4000, r.Cohorts[1].Costs[t], 1e-9);
            Assert.Equal(calm.Cohorts[0].Costs[t], r.Cohorts[0].Costs[t]);
        }
    }

    [Fact]
    public void Gas_Spike_Multiplies_The_Base_Fee_And_The_L1_Data_Fee_In_Its_Window()
    {
        // Settle 50,000·0.01 gwei·1e−9·2,000 + 0.0001 L1 = 0.0011 USD; both parts ×10 in months 3–5.
        var r = Run("""[ { "kind": "gasSpike", "month": 3, "durationMonths": 3, "multiplier": 10 } ]""");
        for (int t = 0; t < r.Months; t++)
        {
            Assert.Equal(InWindow(t) ? 0.011 : 0.0011, r.PaymentGasPerInference[t], 1e-15);
        }
    }

    [Fact]
    public void Token_Price_Shock_Multiplies_The_Price_In_Its_Window()
    {
        var r = Run("""[ { "kind": "tokenPriceShock", "month": 3, "durationMonths": 3, "multiplier": 0.25 } ]""");
        for (int t = 0; t < r.Months; t++)
        {
            Assert.Equal(InWindow(t) ? 0.5 : 2, r.TokenPriceUsd[t]);
        }
    }

    [Fact]
    public void Demand_Shock_Multiplies_Base_Demand_In_Its_Window()
    {
        var r = Run("""[ { "kind": "demandShock", "month": 3, "durationMonths": 3, "multiplier": 0.1 } ]""");
        for (int t = 0; t < r.Months; t++)
        {
            Assert.Equal(InWindow(t) ? 1e6 : 1e7, r.BaseDemand[t], 1e-6);
        }
    }

    [Fact]
    public void Overlapping_Events_Compound_And_Events_Past_The_Horizon_Are_Cut_Off()
    {
        var r = Run("""
            [ { "kind": "gasSpike", "month": 4, "durationMonths": 2, "multiplier": 10 },
              { "kind": "gasSpike", "month": 5, "durationMonths": 100, "multiplier": 3 } ]
            """);
        Assert.Equal(0.0011, r.PaymentGasPerInference[3], 1e-15);
        Assert.Equal(0.011, r.PaymentGasPerInference[4], 1e-15);
        Assert.Equal(0.033, r.PaymentGasPerInference[5], 1e-15);
        Assert.Equal(0.0033, r.PaymentGasPerInference[11], 1e-15);
    }

    [Fact]
    public void Baseline_Aws_Outage_Leaves_Other_Providers_Untouched()
    {
        // With entry and exit in play the other cohorts may react later; in the outage's first month only aws changes.
        var baseline = TestScenarios.Baseline;
        var outage = TestScenarios.FromBaseline("""{ "events": [ { "kind": "providerOutage", "month": 24, "durationMonths": 6, "provider": "aws", "capacityLossFraction": 1 } ] }""");
        var calm = Simulation.Run(baseline);
        var r = Simulation.Run(outage);
        for (int t = 0; t < 24; t++)
        {
            Assert.Equal(calm.Capacity[t], r.Capacity[t]);
        }

        // The baseline's only cohort is the AWS gateway: an AWS outage takes all capacity, nothing is served.
        Assert.Equal(0, r.Cohorts[0].Capacity[24]);
        Assert.Equal(0, r.Served[24]);
        Assert.True(double.IsNaN(r.AwsCapacityShare[24]));
        Assert.True(r.Unserved[24] > 0);
    }
}
