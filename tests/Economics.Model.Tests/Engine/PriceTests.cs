using Economics.Model.Engine;

namespace Economics.Model.Tests.Engine;

/// <summary>Rule 2: the token price — constant, path, GBM median path, the constant-product pool's impact (known
/// answers: a net sell of y into reserve y quarters the price; equal buys and sells cancel; impact decays with its
/// half-life), liquidity seeding and scaling, the floor, buyback, shocks.</summary>
public sealed class PriceTests
{
    // GBM with μ = 0.24/12 = 0.02, σ² = 0.36/12 = 0.03 per month: log step μ − σ²/2 = 0.005 with Z = 0.
    private const string Gbm = """{ "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0.24, "volatilityAnnual": 0.6 } } }""";
    private const string NoSelling = """{ "token": { "operatorSellFraction": 0 } }""";

    [Fact]
    public void Constant_Price_Ignores_Sell_Pressure()
    {
        var r = TestScenarios.RunSimple("""{ "token": { "operatorSellFraction": 1, "liquidity": { "usdReserve": 1 } } }""");
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
        // Zero drift and volatility. Sell pressure = 0.5·1,000 tokens·1 USD = 500 into y = 1e6 → P(1) = (1e6/(1e6 + 500))².
        var r = TestScenarios.RunSimple("""{ "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0, "volatilityAnnual": 0 } } }""");
        Assert.Equal(500, r.SellPressureUsd[0], 1e-9);
        Assert.Equal(Math.Pow(1e6 / 1.0005e6, 2), r.TokenPriceUsd[1], 1e-12);
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
        Assert.Equal(Math.Pow(1.0045e6 / 1e6, 2), r.TokenPriceUsd[1], 1e-12);
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
        Assert.Equal(Math.Pow(1.0005e6 / 1e6, 2), r.TokenPriceUsd[1], 1e-12);
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

    // A GBM price with no drift or volatility and a pool of reserve y = 1,000 USD; one month's sell of V tokens at 1 USD
    // comes from a market-use pool released in month 0 only.
    private static Economics.Model.Results.SimulationResult Pool(double soldTokens, double halfLife = 1e6, string scaling = "constant", double swapFee = 0)
    {
        string json = $$"""
        { "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0, "volatilityAnnual": 0 },
                     "operatorSellFraction": 0,
                     "liquidity": { "usdReserve": 1000, "scaling": "{{scaling}}", "swapFeeFraction": {{swapFee}}, "impactHalfLifeMonths": {{halfLife}} },
                     "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "use": { "operators": 1 } },
                                { "name": "dump", "share": 0.001, "atStartFraction": 1, "payout": { "kind": "tokensPerMonth", "tokens": {{soldTokens}} }, "stopMonth": 1, "use": { "market": 1 } } ] } }
        """;
        return TestScenarios.RunSimple(json);
    }

    [Fact]
    public void A_Net_Sell_Of_The_Usd_Reserve_Quarters_The_Price_Before_Decay()
    {
        var r = Pool(soldTokens: 1000);
        Assert.Equal(1000, r.SellPressureUsd[0], 1e-9);
        Assert.Equal(0.25, r.TokenPriceUsd[1], 1e-12);
        Assert.Equal(1000, r.PoolUsdReserve[0], 1e-9);
    }

    [Fact]
    public void A_Net_Buy_Of_The_Usd_Reserve_Quadruples_The_Price()
    {
        Assert.Equal(4.0, Economics.Model.Engine.MonthlyStep.PoolImpact(-1000, 1000) is var l ? Math.Exp(l) : 0, 1e-12);
        Assert.Equal(0.25, Math.Exp(Economics.Model.Engine.MonthlyStep.PoolImpact(1000, 1000)), 1e-12);
        Assert.Equal(0.0, Economics.Model.Engine.MonthlyStep.PoolImpact(0, 1000));
    }

    [Fact]
    public void Equal_Buys_And_Sells_In_One_Month_Cancel_Apart_From_Swap_Fees()
    {
        // Fees in the token: operators sell half of the 10,000 USD fee income plus half the 1,000-token subsidy
        // (5,500 USD); a market pool sells 4,500 tokens: sells 10,000 = users' buys 10,000. Net 0: no price move; the
        // swap fee (1%) is paid on both legs, 200 USD.
        var r = TestScenarios.RunSimple(
            """
            { "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0, "volatilityAnnual": 0 }, "liquidity": { "swapFeeFraction": 0.01 },
                 "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "use": { "operators": 1 } },
                            { "name": "dump", "share": 0.001, "atStartFraction": 1, "payout": { "kind": "tokensPerMonth", "tokens": 4500 }, "stopMonth": 1, "use": { "market": 1 } } ] } }
            """,
            """{ "fees": { "paidIn": "token" } }""");
        Assert.Equal(10_000, r.TokenSellsUsd[0], 1e-9);
        Assert.Equal(10_000, r.TokenBuysUsd[0], 1e-9);
        Assert.Equal(0, r.SellPressureUsd[0], 1e-9);
        Assert.Equal(1.0, r.TokenPriceUsd[1], 1e-12);
        Assert.Equal(200, r.SwapFeesUsd[0], 1e-9);
        // Users pay the swap fee on the OPG they buy: the all-in price is the fee × 1.01.
        Assert.Equal(0.01 * 1.01, r.UserPriceUsd[0], 1e-15);
        Assert.Equal(0.01 * 0.01, r.ConversionPerInference[0], 1e-15);
    }

    [Fact]
    public void The_Impact_Decays_With_Its_Half_Life()
    {
        // ln P(1) = −2 ln 2 from the month-0 sell; later months add nothing, so ln P(t) = −2 ln 2 · 2^(−(t−1)/h).
        var r = Pool(soldTokens: 1000, halfLife: 2);
        for (int t = 1; t < 12; t++)
        {
            Assert.Equal(-2 * Math.Log(2) * Math.Pow(2, -(t - 1) / 2.0), Math.Log(r.TokenPriceUsd[t]), 1e-12);
            Assert.Equal(r.TokenPriceUsd[t], r.PriceImpactFactor[t], 1e-12);
        }
    }

    [Fact]
    public void A_Constant_Net_Sell_Does_Not_Drive_The_Price_To_Zero()
    {
        // Operators sell 500 USD of subsidy every month into y = 1e6: ln P → ΔL/(1 − δ), δ = 2^(−1/h).
        var r = TestScenarios.RunSimple(
            """{ "horizonMonths": 600, "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0, "volatilityAnnual": 0 }, "liquidity": { "usdReserve": 1000, "impactHalfLifeMonths": 1 } } }""");
        Assert.True(r.TokenPriceUsd[^1] > 0.05, $"price {r.TokenPriceUsd[^1]}");
        double last = r.TokenPriceUsd[^1];
        double sell = r.SellPressureUsd[^2];
        double steady = Math.Exp(-2 * Math.Log(1 + (sell / 1000)) / (1 - 0.5));
        Assert.Equal(steady, last, 1e-9);
    }

    [Fact]
    public void Liquidity_Use_Pairs_Its_Tokens_Into_The_Pool_At_The_Month_Price()
    {
        // A liquidity pool of 9,000 tokens at the start, price 1: y(0) = 1,000 + 9,000.
        var r = TestScenarios.RunSimple(
            """
            { "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0, "volatilityAnnual": 0 }, "liquidity": { "usdReserve": 1000 },
                 "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "use": { "operators": 1 } },
                            { "name": "lp", "share": 0.000009, "atStartFraction": 1, "use": { "liquidity": 1 } } ] } }
            """);
        Assert.Equal(10_000, r.PoolUsdReserve[0], 1e-9);
        Assert.Equal(Math.Pow(10_000 / 10_500.0, 2), r.TokenPriceUsd[1], 1e-12);
    }

    [Fact]
    public void Market_Cap_Scaling_Moves_The_Reserve_With_Price_And_Supply()
    {
        // y(t) = y(t−1)·P(t)·C(t)/(P(t−1)·C(t−1)) without new liquidity.
        var r = Pool(soldTokens: 1000, scaling: "marketCap");
        for (int t = 1; t < 12; t++)
        {
            double growth = r.TokenPriceUsd[t] * r.CirculatingSupply[t] / (r.TokenPriceUsd[t - 1] * r.CirculatingSupply[t - 1]);
            Assert.Equal(r.PoolUsdReserve[t - 1] * growth, r.PoolUsdReserve[t], r.PoolUsdReserve[t] * 1e-12);
        }
    }

    [Fact]
    public void The_Price_Never_Falls_Below_The_Floor()
    {
        var floored = TestScenarios.RunSimple(
            """{ "token": { "price": { "kind": "gbm", "initialUsd": 1, "driftAnnual": 0, "volatilityAnnual": 0 }, "operatorSellFraction": 1, "liquidity": { "usdReserve": 1, "priceFloorUsd": 0.5 } } }""");
        Assert.All(floored.TokenPriceUsd, p => Assert.True(p >= 0.5));
        Assert.Equal(0.5, floored.TokenPriceUsd[1]);
    }
}
