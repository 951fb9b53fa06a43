namespace Economics.Model.Tests.Engine;

/// <summary>Rule 7: operator revenue (fees, emissions, MEV), costs, profit, margin and break-even fees.</summary>
public sealed class OperatorTests
{
    // Two cohorts of 10 nodes, 200,000 inferences/node-month each (4e6 capacity, 1e6 served: 0.5e6 each);
    // subsidy weights 1 and 3; fee 0.01 with take 0.1; an on-chain ML market (the only kind with MEV), MEV 100 bps with 100,000 USD of other visible flow,
    // operators keep half; costs per node 500 + capital 1,000 tokens·2 USD·0.12/12 = 20; variable 0.001.
    private const string TwoCohorts = """
    { "fees": { "protocolTakeRate": 0.1 },
      "markets": [ { "name": "m", "kind": "onchainMl", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0,
                     "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01,
                     "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 1 },
                     "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ],
      "mev": { "extractionBps": 100, "visibleFlowUsdPerMonth": 100000, "operatorShare": 0.5 },
      "cohorts": [
        { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500,
          "capacityInferencesPerMonth": 200000, "variableUsdPerInference": 0.001, "stakeTokens": 1000, "costOfCapitalAnnual": 0.12, "subsidyWeight": 1 },
        { "name": "b", "provider": "q", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500,
          "capacityInferencesPerMonth": 200000, "variableUsdPerInference": 0.001, "stakeTokens": 1000, "costOfCapitalAnnual": 0.12, "subsidyWeight": 3 } ] }
    """;

    [Fact]
    public void Simple_Month_By_Hand()
    {
        // Fees 1e6·0.01 = 10,000; emissions 1,000·2 = 2,000; costs 10·500 = 5,000; profit 7,000.
        var r = TestScenarios.RunSimple();
        Assert.Equal(10_000, r.RevenueFees[0], 1e-9);
        Assert.Equal(2_000, r.RevenueSubsidy[0], 1e-9);
        Assert.Equal(5_000, r.OperatorCosts[0], 1e-9);
        Assert.Equal(7_000, r.OperatorProfit[0], 1e-9);
        Assert.Equal(700, r.ProfitPerNode[0], 1e-9);
        Assert.Equal(1.4, r.Cohorts[0].Margin[0], 1e-12);
        Assert.Equal(2_000.0 / 12_000, r.SubsidyDependence[0], 1e-12);
    }

    [Fact]
    public void Fee_Revenue_Is_Served_Times_Fee_Net_Of_Take()
    {
        var r = TestScenarios.RunSimple(TwoCohorts);
        Assert.Equal(4500, r.Cohorts[0].RevenueFees[0], 1e-9);
        Assert.Equal(4500, r.Cohorts[1].RevenueFees[0], 1e-9);
    }

    [Fact]
    public void Emission_Revenue_Is_Split_By_Nodes_Times_Weight()
    {
        // 2,000 USD split 10·1 : 10·3.
        var r = TestScenarios.RunSimple(TwoCohorts);
        Assert.Equal(500, r.Cohorts[0].RevenueSubsidy[0], 1e-9);
        Assert.Equal(1500, r.Cohorts[1].RevenueSubsidy[0], 1e-9);
    }

    [Fact]
    public void Mev_Revenue_Is_Operator_Share_Of_Extraction_On_Fees_And_Visible_Flow_Split_By_Capacity()
    {
        // 0.5·0.01·(1e6·0.01 + 100,000) = 550, half each.
        var r = TestScenarios.RunSimple(TwoCohorts);
        Assert.Equal(550, r.RevenueMev[0], 1e-9);
        Assert.Equal(275, r.Cohorts[0].RevenueMev[0], 1e-9);
    }

    [Fact]
    public void Costs_Profit_And_Margin_Per_Cohort()
    {
        // Costs: 10·500 + 0.5e6·0.001 + 10·20 = 5,700 each.
        // a: 4,500 + 500 + 275 − 5,700 = −425; b: 4,500 + 1,500 + 275 − 5,700 = 575.
        var r = TestScenarios.RunSimple(TwoCohorts);
        Assert.Equal(5700, r.Cohorts[0].Costs[0], 1e-9);
        Assert.Equal(-425, r.Cohorts[0].Profit[0], 1e-9);
        Assert.Equal(575, r.Cohorts[1].Profit[0], 1e-9);
        Assert.Equal(-425 / 5700.0, r.Cohorts[0].Margin[0], 1e-12);
        Assert.Equal(150, r.OperatorProfit[0], 1e-9);
        Assert.Equal(2000 / 11550.0, r.SubsidyDependence[0], 1e-12);
    }

    [Fact]
    public void Break_Even_Fees_Without_Emissions()
    {
        // With MEV: fee·1e6·0.9 + 0.005·(fee·1e6 + 100,000) = 11,400 → fee = 10,900/905,000.
        // Without MEV either: 11,400/(1e6·0.9).
        var r = TestScenarios.RunSimple(TwoCohorts);
        Assert.Equal(10_900 / 905_000.0, r.BreakEvenFeeWithoutSubsidy[0], 1e-15);
        Assert.Equal(11_400 / 900_000.0, r.BreakEvenFeeWithoutSubsidyOrMev[0], 1e-15);
    }

    [Fact]
    public void Capital_Cost_Moves_With_The_Token_Price()
    {
        // Price 4 instead of 2: capital 40 per node instead of 20.
        var cheap = TestScenarios.RunSimple(TwoCohorts);
        var dear = TestScenarios.RunSimple(TwoCohorts, """{ "token": { "price": { "kind": "constant", "usd": 4 } } }""");
        Assert.Equal(200, dear.Cohorts[0].Costs[0] - cheap.Cohorts[0].Costs[0], 1e-9);
    }

    [Fact]
    public void Gpu_Hours_Are_Priced_At_730_Hours_A_Month()
    {
        // 2 GPUs × 1.5 USD/h × 730 h = 2,190 per node, plus 500 overhead, × 10 nodes.
        var r = TestScenarios.RunSimple("""{ "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 1.5, "gpusPerNode": 2, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000 } ] }""");
        Assert.Equal(26_900, r.OperatorCosts[0], 1e-9);
    }
}
