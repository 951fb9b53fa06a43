using CsCheck;

namespace Economics.Model.Tests.Engine;

/// <summary>Rule 3: base demand growth per market, willingness to pay with partial adjustment, the per-request cap.</summary>
public sealed class DemandTests
{
    private const string Wtp = """{ "medianPremium": 0.5, "spread": 1 }""";

    // Φ(x) by a series independent of the engine's erfc (Abramowitz–Stegun 26.2.17, |error| < 7.5e-8).
    private static double Phi(double x)
    {
        double t = 1 / (1 + (0.2316419 * Math.Abs(x)));
        double d = 0.3989422804014327 * Math.Exp(-x * x / 2);
        double p = d * t * (0.319381530 + (t * (-0.356563782 + (t * (1.781477937 + (t * (-1.821255978 + (t * 1.330274429))))))));
        return x >= 0 ? 1 - p : p;
    }

    [Fact]
    public void Compound_Growth()
    {
        // B(t) = 1e6·1.1^t; B(3) = 1,331,000.
        var r = TestScenarios.RunSimple(TestScenarios.Market(growth: """{ "kind": "compound", "monthlyRate": 0.1 }"""));
        Assert.Equal(1_331_000, r.BaseDemand[3], 1e-6);
        Assert.Equal(1e6 * Math.Pow(1.1, 11), r.Markets[0].BaseDemand[11], 1e-6);
    }

    [Fact]
    public void Logistic_Growth()
    {
        // K = 4e6, B0 = 1e6, r = 0.5: B(t) = 4e6/(1 + 3·e^(−0.5t)); B(2) = 4e6/(1 + 3/e).
        var r = TestScenarios.RunSimple(TestScenarios.Market(growth: """{ "kind": "logistic", "monthlyRate": 0.5, "saturationInferencesPerMonth": 4000000 }"""));
        Assert.Equal(1e6, r.BaseDemand[0], 1e-6);
        Assert.Equal(4e6 / (1 + (3 / Math.E)), r.BaseDemand[2], 1e-6);
    }

    [Fact]
    public void Logistic_Growth_From_A_Tiny_Start_Is_Finite()
    {
        var r = TestScenarios.RunSimple("""{ "horizonMonths": 1200 }""", TestScenarios.Market(initial: 1e-300, growth: """{ "kind": "logistic", "monthlyRate": 10, "saturationInferencesPerMonth": 1e9 }"""));
        Assert.All(r.BaseDemand, b => Assert.True(double.IsFinite(b)));
        Assert.Equal(1e9, r.BaseDemand[^1], 1e-3);
    }

    [Fact]
    public void Table_Growth_Holds_Its_Last_Value()
    {
        var r = TestScenarios.RunSimple(TestScenarios.Market(growth: """{ "kind": "table", "inferencesPerMonth": [10, 20, 30] }"""));
        Assert.Equal([10, 20, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30], r.BaseDemand);
    }

    [Fact]
    public void The_accepting_share_is_the_lognormal_survival_of_the_premium_the_price_asks()
    {
        // Fee 0.015 against the outside 0.01: x = 0.5 = the median premium, so half accept: S = 1 − Φ(0) = 0.5.
        // Fee 0.02: x = 1, S = 1 − Φ(ln(1/0.5)/1) = 1 − Φ(0.6931).
        var half = TestScenarios.RunSimple("""{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.015 } } }""", TestScenarios.Market(willingnessToPay: Wtp));
        Assert.Equal(0.5, half.Markets[0].AcceptedShare[0], 1e-12);
        Assert.Equal(5e5, half.Demand[5], 1e-6);
        var twice = TestScenarios.RunSimple("""{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.02 } } }""", TestScenarios.Market(willingnessToPay: Wtp));
        Assert.Equal(1 - Phi(Math.Log(2)), twice.Markets[0].AcceptedShare[0], 1e-7);
        Assert.Equal(1e6 - twice.Demand[0], twice.LostDemand[0], 1e-6);
    }

    [Fact]
    public void Friction_and_the_zero_value_share_lower_the_share_and_no_premium_is_needed_at_or_below_the_outside_price()
    {
        // At the outside price (x = 0) with friction 0.5 the user needs π ≥ 0.5: S = (1 − 0.2)·0.5 = 0.4.
        var r = TestScenarios.RunSimple("""{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.01 } } }""",
            TestScenarios.Market(willingnessToPay: """{ "medianPremium": 0.5, "spread": 1, "zeroValueShare": 0.2, "frictionFraction": 0.5 }"""));
        Assert.Equal(0.4, r.Markets[0].AcceptedShare[0], 1e-12);

        // Below the outside price with no friction every user who values verification accepts: S = 1 − 0.2.
        var cheap = TestScenarios.RunSimple("""{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.005 } } }""",
            TestScenarios.Market(willingnessToPay: """{ "medianPremium": 0.5, "spread": 1, "zeroValueShare": 0.2 }"""));
        Assert.All(cheap.Markets[0].AcceptedShare, s => Assert.Equal(0.8, s, 1e-12));
    }

    [Fact]
    public void The_share_adjusts_partially_toward_its_target_with_no_jump_at_month_0()
    {
        // Fee 0.015 in months 0-2, then a gas spike the user pays makes the all-in price 0.02 in month 3: the target
        // of month 4 is S(x = 1); with α = 0.5 the share moves half-way: s(4) = 0.5 + 0.5·(S(1) − 0.5).
        var r = TestScenarios.RunSimple("""
            { "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.015 } },
              "chains": { "base": { "gasPriceGwei": 0, "gasPriceGweiByMonth": [0, 0, 0, 2500, 0] } },
              "payments": { "settleGasUnits": 1, "facilitator": { "maxFeeGwei": 1e6 } } }
            """,
            """{ "markets": [ { "name": "m", "kind": "openModel", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0, "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01, "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 0.5 }, "willingnessToPay": { "medianPremium": 0.5, "spread": 1 } } ] }""");
        var share = r.Markets[0].AcceptedShare;
        Assert.Equal(0.5, share[0], 1e-12);
        Assert.Equal(0.5, share[3], 1e-12);
        Assert.Equal(0.02, r.UserPriceUsd[3], 1e-12);
        double target = 1 - Phi(Math.Log(2));
        Assert.Equal(0.5 + (0.5 * (target - 0.5)), share[4], 1e-7);
        Assert.True(share[5] > share[4] && share[5] < 0.5);
    }

    [Fact]
    public void A_higher_markup_never_raises_demand()
    {
        Gen.Select(Gen.Double[0, 3], Gen.Double[0, 3]).Sample((a, b) =>
        {
            double low = Math.Min(a, b), high = Math.Max(a, b);
            var lo = Economics.Model.Engine.Simulation.Run(TestScenarios.Baseline.With("fees.policy.markupFraction", low));
            var hi = Economics.Model.Engine.Simulation.Run(TestScenarios.Baseline.With("fees.policy.markupFraction", high));
            Assert.True(hi.Demand[0] <= lo.Demand[0] * (1 + 1e-12), $"month 0: {hi.Demand[0]} > {lo.Demand[0]}");
        }, iter: 20);
    }

    [Fact]
    public void The_cap_rejects_the_lognormal_tail_above_cap_times_price_and_served_requests_pay_the_truncated_mean()
    {
        // One hosted market, 1,000 in + 500 out tokens at 1/5 USD per M: mean cost c̄ = 0.0035; σ = 1; token at
        // 0.05 USD, cap 0.1 OPG: K = 0.005. Rejected = 1 − Φ(ln(K/c̄)/σ + σ/2); truncated mean
        // c̄·Φ(ln(K/c̄)/σ − σ/2)/Φ(ln(K/c̄)/σ + σ/2).
        var r = TestScenarios.RunSimple("""
            { "token": { "price": { "kind": "constant", "usd": 0.05 } },
              "fees": { "paidIn": "token", "policy": { "kind": "passThrough", "markupFraction": 0 }, "maxOpgPerRequest": 0.1 },
              "markets": [ { "name": "h", "kind": "hostedProxy", "inputTokens": 1000, "outputTokens": 500, "listUsdPerMillionInput": 1,
                             "listUsdPerMillionOutput": 5, "requestCostSpread": 1,
                             "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 1 },
                             "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ] }
            """);
        double z = Math.Log(0.005 / 0.0035);
        double accepted = Phi(z + 0.5);
        Assert.Equal(1 - accepted, r.RejectedByCap[0] / r.Demand[0], 1e-7);
        double truncated = 0.0035 * Phi(z - 0.5) / accepted;
        Assert.Equal(truncated, r.Markets[0].CostPerServed[0], 1e-8);

        // Pass-through at zero markup: the fee is the served request's list cost, the outside price is the same.
        Assert.Equal(r.Markets[0].CostPerServed[0], r.Markets[0].Fee[0], 1e-15);
        Assert.Equal(r.Markets[0].Fee[0], r.Markets[0].OutsidePrice[0], 1e-15);
        Assert.Equal(r.Demand[0] - r.RejectedByCap[0], r.Served[0] + r.Unserved[0], 1e-6);
    }

    [Fact]
    public void A_stablecoin_fee_has_no_cap_and_a_fixed_fee_above_the_cap_is_rejected_whole()
    {
        const string market = """{ "markets": [ { "name": "h", "kind": "hostedProxy", "inputTokens": 1000, "outputTokens": 500, "listUsdPerMillionInput": 1, "listUsdPerMillionOutput": 5, "requestCostSpread": 1, "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 1 }, "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ] }""";
        var stable = TestScenarios.RunSimple("""{ "token": { "price": { "kind": "constant", "usd": 0.001 } }, "fees": { "paidIn": "stablecoin", "policy": { "kind": "passThrough", "markupFraction": 0 }, "maxOpgPerRequest": 0.1 } }""", market);
        Assert.All(stable.RejectedByCap, v => Assert.Equal(0, v));
        var fixedFee = TestScenarios.RunSimple("""{ "token": { "price": { "kind": "constant", "usd": 0.05 } }, "fees": { "paidIn": "token", "policy": { "kind": "fixed", "usdPerInference": 0.006 }, "maxOpgPerRequest": 0.1 } }""", market);
        Assert.All(fixedFee.Served, v => Assert.Equal(0, v));
        Assert.Equal(fixedFee.Demand[0], fixedFee.RejectedByCap[0], 1e-9);
    }

    [Fact]
    public void A_withdrawn_market_has_no_demand_while_the_event_lasts()
    {
        var r = TestScenarios.RunSimple("""{ "events": [ { "kind": "marketWithdrawn", "month": 2, "durationMonths": 3, "market": "m" } ] }""");
        Assert.Equal([1e6, 1e6, 0, 0, 0, 1e6], r.BaseDemand.Take(6));
    }
}
