using Economics.Model.Engine;

namespace Economics.Model.Tests.Engine;

/// <summary>Rule 2: the token price — constant, path, GBM median path, sell pressure, buyback, shocks.</summary>
public sealed class PriceTests
{
    // GBM with μ = 0.24/12 = 0.02, σ² = 0.36/12 = 0.03 per month: log step μ − σ²/2 = 0.005 with Z = 0.
    private const string Gbm = """{ "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0.24, "volatilityAnnual": 0.6 } } }""";
    private const string NoSelling = """{ "token": { "operatorSellFraction": 0 } }""";

    [Fact]
    public void Constant_Price_Ignores_Sell_Pressure()
    {
        var r = TestScenarios.RunSimple("""{ "token": { "operatorSellFraction": 1, "marketDepthUsd": 1 } }""");
        Assert.All(r.TokenPriceUsd, p => Assert.Equal(2, p));
        Assert.True(r.SellPressureUsd[0] > 0);
    }

    [Fact]
    public void Price_Path_Holds_Its_Last_Value()
    {
        var r = TestScenarios.RunSimple("""{ "token": { "price": { "kind": "path", "usdByMonth": [1, 2, 3] } } }""");
        Assert.Equal([1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], r.TokenPriceUsd);
    }

    [Fact]
    public void Gbm_With_Zero_Shocks_Follows_The_Median_Path()
    {
        // P(t) = 1·exp(0.005·t) without sell pressure.
        var r = TestScenarios.RunSimple(Gbm, NoSelling);
        for (int t = 0; t < 12; t++)
        {
            Assert.Equal(Math.Exp(0.005 * t), r.TokenPriceUsd[t], 1e-12);
        }
    }

    [Fact]
    public void Gbm_Applies_The_Given_Shocks()
    {
        // σ = 0.6/√12; P(1) = exp(0.005 + σ), P(2) = P(1)·exp(0.005 − σ) = exp(0.01); later Z = 0.
        double sigma = 0.6 / Math.Sqrt(12);
        var r = Simulation.Run(TestScenarios.Simple(Gbm, NoSelling), [1.0, -1.0]);
        Assert.Equal(Math.Exp(0.005 + sigma), r.TokenPriceUsd[1], 1e-12);
        Assert.Equal(Math.Exp(0.01), r.TokenPriceUsd[2], 1e-12);
        Assert.Equal(Math.Exp(0.015), r.TokenPriceUsd[3], 1e-12);
    }

    [Fact]
    public void Sell_Pressure_Lowers_The_Next_Price()
    {
        // Zero drift and volatility. Sell pressure = 0.5·1,000 tokens·1 USD = 500 → P(1) = exp(−500/1e6).
        var r = TestScenarios.RunSimple("""{ "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0, "volatilityAnnual": 0 } } }""");
        Assert.Equal(500, r.SellPressureUsd[0], 1e-9);
        Assert.Equal(Math.Exp(-0.0005), r.TokenPriceUsd[1], 1e-12);
    }

    [Fact]
    public void Fees_Paid_In_The_Token_Are_Bought_By_Users_And_Half_Sold_By_Operators()
    {
        // Sells 500 (subsidy) + 0.5·10,000 (fee income, no upstream bill); buys 10,000 (users' fee OPG): net −4,500.
        var r = TestScenarios.RunSimple(
            """{ "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0, "volatilityAnnual": 0 } } }""",
            """{ "fees": { "paidIn": "token" } }""");
        Assert.Equal(5500, r.TokenSellsUsd[0], 1e-9);
        Assert.Equal(10_000, r.TokenBuysUsd[0], 1e-9);
        Assert.Equal(-4500, r.SellPressureUsd[0], 1e-9);
        Assert.Equal(Math.Exp(0.0045), r.TokenPriceUsd[1], 1e-12);
    }

    [Fact]
    public void Buyback_Offsets_Sell_Pressure()
    {
        // Protocol take 0.2·0.01·1e6 = 2,000 USD for buybacks, but only 1,000 tokens circulate (the month's payout):
        // the buyback is bounded by the float, 1,000 tokens = 1,000 USD; net 500 − 1,000 = −500 → the price rises.
        var r = TestScenarios.RunSimple(
            """{ "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0, "volatilityAnnual": 0 } } }""",
            """{ "fees": { "protocolTakeRate": 0.2, "buybackShareOfProtocolFees": 1 } }""");
        Assert.Equal(1000, r.BuybackUsd[0], 1e-9);
        Assert.Equal(-500, r.SellPressureUsd[0], 1e-9);
        Assert.Equal(Math.Exp(0.0005), r.TokenPriceUsd[1], 1e-12);
        Assert.Equal(0, r.CirculatingSupply[0], 1e-9);
    }

    [Fact]
    public void Token_Price_Shock_Moves_The_Price_Only_While_It_Lasts()
    {
        var shocked = TestScenarios.RunSimple(Gbm, NoSelling, """{ "events": [ { "kind": "tokenPriceShock", "month": 2, "durationMonths": 2, "multiplier": 0.5 } ] }""");
        for (int t = 0; t < 12; t++)
        {
            double expected = Math.Exp(0.005 * t) * (t is 2 or 3 ? 0.5 : 1.0);
            Assert.Equal(expected, shocked.TokenPriceUsd[t], 1e-12);
        }
    }
}
