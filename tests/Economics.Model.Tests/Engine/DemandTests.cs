namespace Economics.Model.Tests.Engine;

/// <summary>Rule 3: base demand growth and the price response with a one-month lag.</summary>
public sealed class DemandTests
{
    [Fact]
    public void Compound_Growth()
    {
        // B(t) = 1e6·1.1^t; B(3) = 1,331,000.
        var r = TestScenarios.RunSimple("""{ "demand": { "growth": { "kind": "compound", "monthlyRate": 0.1 } } }""");
        Assert.Equal(1_331_000, r.BaseDemand[3], 1e-6);
        Assert.Equal(1e6 * Math.Pow(1.1, 11), r.BaseDemand[11], 1e-6);
    }

    [Fact]
    public void Logistic_Growth()
    {
        // K = 4e6, B0 = 1e6, r = 0.5: B(t) = 4e6/(1 + 3·e^(−0.5t)); B(2) = 4e6/(1 + 3/e) = 1,900,087.0...
        var r = TestScenarios.RunSimple("""{ "demand": { "growth": { "kind": "logistic", "monthlyRate": 0.5, "saturationInferencesPerMonth": 4000000 } } }""");
        Assert.Equal(1e6, r.BaseDemand[0], 1e-6);
        Assert.Equal(4e6 / (1 + (3 / Math.E)), r.BaseDemand[2], 1e-6);
        Assert.True(r.BaseDemand[11] < 4e6);
    }

    [Fact]
    public void Logistic_Growth_From_A_Tiny_Start_Is_Finite()
    {
        var r = TestScenarios.RunSimple("""{ "horizonMonths": 1200, "demand": { "initialInferencesPerMonth": 1e-300, "growth": { "kind": "logistic", "monthlyRate": 10, "saturationInferencesPerMonth": 1e9 } } }""");
        Assert.All(r.BaseDemand, b => Assert.True(double.IsFinite(b)));
        Assert.Equal(1e9, r.BaseDemand[^1], 1e-3);
    }

    [Fact]
    public void Table_Growth_Holds_Its_Last_Value()
    {
        var r = TestScenarios.RunSimple("""{ "demand": { "growth": { "kind": "table", "inferencesPerMonth": [10, 20, 30] } } }""");
        Assert.Equal([10, 20, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30], r.BaseDemand);
    }

    [Fact]
    public void Demand_Responds_To_Last_Months_Price_With_Month_Minus_One_At_The_Reference()
    {
        // Fee 0.02 = 2 × ref (0.01): month 0 sees p(−1) = ref (no loss); from month 1 D = B·2^(−1.5).
        var r = TestScenarios.RunSimple("""{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.02 } }, "demand": { "priceElasticity": 1.5 } }""");
        Assert.Equal(1e6, r.Demand[0]);
        Assert.Equal(1e6 * Math.Pow(2, -1.5), r.Demand[1], 1e-6);
        Assert.Equal(1e6 - (1e6 * Math.Pow(2, -1.5)), r.LostDemand[1], 1e-6);
    }

    [Fact]
    public void A_Price_Rise_Reaches_Demand_One_Month_Later()
    {
        // User-paid payment gas jumps in month 3 only (gas spike): user price 0.01 → 0.02 in month 3;
        // demand falls in month 4 only: D(4) = B·2^(−1).
        var r = TestScenarios.RunSimple("""
            { "chains": { "base": { "gasPriceGwei": 0, "gasPriceGweiByMonth": [0, 0, 0, 5000, 0] } },
              "payments": { "settleGasUnits": 1, "facilitator": { "maxFeeGwei": 1e6 } }, "demand": { "priceElasticity": 1 } }
            """);

        // gasUsd(1 gas) at 5,000 gwei and 2,000 USD/ETH = 1·5,000·1e−9·2,000 = 0.01.
        Assert.Equal(0.02, r.UserPriceUsd[3], 1e-15);
        Assert.Equal(0.01, r.UserPriceUsd[4], 1e-15);
        Assert.Equal(1e6, r.Demand[3]);
        Assert.Equal(5e5, r.Demand[4], 1e-6);
        Assert.Equal(1e6, r.Demand[5]);
    }

    [Fact]
    public void Zero_Elasticity_Loses_No_Demand()
    {
        var r = TestScenarios.RunSimple("""{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 1 } } }""");
        Assert.All(r.LostDemand, l => Assert.Equal(0, l));
    }

    [Fact]
    public void Prices_Below_The_Reference_Do_Not_Raise_Demand()
    {
        var r = TestScenarios.RunSimple("""{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.001 } }, "demand": { "priceElasticity": 3 } }""");
        Assert.All(r.Demand, d => Assert.Equal(1e6, d));
    }
}
