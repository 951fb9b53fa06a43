using System.Globalization;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Model.Tests.Engine;

/// <summary>
/// Issue 15 items 3 and 13, retested on the v2 fields: the adversarial pass's extremes (zero fees, the fastest exit,
/// 1,200 months, many overlapping events of huge or zero multipliers, operator-paid gas at huge gas prices, the
/// constant-product pool's extremes, validators) never put a non-finite number into a documented series, and
/// physical per-request costs never go negative.
/// </summary>
public sealed class AdversarialExtremeTests
{
    [Fact]
    public void Compute_Cost_Per_Inference_Stays_Non_Negative_Under_Operator_Paid_Gas_At_Huge_Gas_Prices()
    {
        // Issue 15 item 13 (v1: gasPriceGwei = 1e15, operator-paid, −0.0655 in month 9). The v2 equivalent: the x402
        // settle gas and the settlement tiers borne by the operator at the largest Base and OG gas prices validation
        // accepts. The operator-paid rails (≈ 1e11 USD a request) dwarf the compute cost (≈ 1e−2), and subtracting them
        // back out of the total cost left rounding error of either sign.
        var cheap = Build(0.005);
        double reference = Simulation.Run(cheap).ComputeCostPerInference[0];
        Assert.True(reference > 0, $"the reference compute cost is {reference}");
        foreach (double gwei in new[] { 1e9, 1e12, 1e15 })
        {
            var result = Simulation.Run(Build(gwei));

            // Month 0 has the same nodes and served requests at any gas price (the user does not see the gas), so the
            // cost except operator-paid gas is the same.
            Assert.Equal(reference, result.ComputeCostPerInference[0], reference * 1e-9);
            for (int t = 0; t < result.Months; t++)
            {
                double compute = result.ComputeCostPerInference[t];
                Assert.True(double.IsNaN(compute) ? result.Served[t] <= 0 : compute > 0,
                    string.Create(CultureInfo.InvariantCulture, $"gasPriceGwei {gwei}: compute_cost_usd_per_inference[{t}] = {compute}"));
            }
        }

        // Little demand (1,000 requests/month) keeps the compute cost per request large enough to show the sign.
        static Scenario Build(double gwei) => TestScenarios.FromBaseline("""
            { "payments": { "costBorneBy": "operator" }, "settlement": { "costBorneBy": "operator" } }
            """).With("chains.base.gasPriceGwei", gwei).With("chains.og.gasPriceGwei", gwei)
            .With("markets[0].demand.initialInferencesPerMonth", 1e3);
    }

    [Theory]
    [InlineData("9988-12", 132)]
    [InlineData("9999-11", 1)]
    public void The_Latest_Start_The_Calendar_Allows_Runs_And_Dates_Every_Month(string startMonth, int horizon)
    {
        // Issue 15 item 4: the month after the horizon must exist (9999-12 is the last month a date can have).
        var result = Simulation.Run(TestScenarios.FromBaseline($$"""{ "startMonth": "{{startMonth}}", "horizonMonths": {{horizon}} }"""));
        Assert.Equal(new DateOnly(9999, 12, 1), result.Date[^1].AddMonths(1));
    }

    [Theory]
    [InlineData(double.Epsilon, 2.0, 1.0, 1.0, 2.0)]
    [InlineData(double.Epsilon, 0.5, 1.0, 0.0, 0.5)]
    [InlineData(1e-300, 2.0, 1.0, 1.0, 1.0)]
    [InlineData(1e-300, 0.5, 1.0, 0.0, 0.5)]
    [InlineData(double.Epsilon, 1.0, 1.0, 0.5, 1.0)]
    public void A_Subnormal_Request_Cost_Spread_Behaves_As_No_Spread(double sigma, double mean, double limit, double expectedRejected, double expectedServedCost)
    {
        // Found by the mutation fuzz (seed 4KCygBYaKrQ1): requestCostSpread = 5e-324 (valid: the range is 0–5) made
        // ln(K/c̄)/σ infinite, Φ(−∞)/Φ(−∞) = NaN, and the served cost, the fee and every token series NaN from month 1.
        // At such a σ every request costs c̄: all are rejected (c̄ > K) or none, as at σ = 0 (served cost c̄). At
        // σ = 1e-300 z is finite: all rejected and the asymptotic tail gives the served mean K. With c̄ = K exactly,
        // z = 0 and half are rejected (Φ(±σ/2) = ½); the served mean is c̄.
        double rejected = RequestCap.Rejected(mean, limit, sigma, out double costPerServed);
        Assert.Equal(expectedRejected, rejected, 12);
        Assert.Equal(expectedServedCost, costPerServed, 12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(5.0)]
    public void The_Mean_Cost_Of_Served_Requests_Stays_Below_The_Cap_And_Positive_When_Almost_All_Are_Rejected(double sigma)
    {
        // Found by the schema fuzz: a 5e11 USD request against a cap of 1e-5 USD (0.1 OPG at the price floor) made both
        // Φ tails of the truncated mean underflow, so the served requests cost 0, the market's outside price and fee
        // were 0, and user price / outside price was 0/0 in summary.json. E[c | c ≤ K] lies in (0, K].
        foreach (double limit in new[] { 1e-5, 1e-3, 1.0, 1e3 })
        {
            double rejected = RequestCap.Rejected(5e11, limit, sigma, out double costPerServed);
            Assert.InRange(rejected, 0.0, 1.0);
            Assert.True(costPerServed > 0 && costPerServed <= limit, $"K = {limit}, σ = {sigma}: mean served cost {costPerServed}");
        }

        // No jump where the exact ratio of tails hands over to the asymptotic one (Φ of the lower argument near the
        // smallest normal double): the served mean moves smoothly with K.
        double previous = double.NaN;
        for (double logK = -42; logK <= -32; logK += 0.01)
        {
            RequestCap.Rejected(1.0, Math.Exp(logK * sigma), sigma, out double served);
            double ratio = served / Math.Exp(logK * sigma);
            if (!double.IsNaN(previous))
            {
                Assert.True(Math.Abs(ratio - previous) < 1e-4 * previous, $"σ = {sigma}, ln K = {logK * sigma}: {previous} → {ratio}");
            }

            previous = ratio;
        }
    }

    [Fact]
    public void A_Market_Whose_Requests_The_Cap_Almost_All_Rejects_Keeps_Its_Prices_And_A_Finite_Price_Ratio()
    {
        // The fuzz case: v1-gpu-world with Claude Haiku's output at 1e15 USD per million tokens and a GBM price starting
        // at 1e-12 (the price then sits at the 1e-4 floor). The ratio was NaN and summary.json could not be written.
        var scenario = ScenarioLoader.Load(ScenarioSource.Shipped("v1-gpu-world")!, [
            ScenarioOverride.Parse("""token.price={"kind":"gbm","initialUsd":1e-12,"driftAnnual":0.4,"volatilityAnnual":1e-9}"""),
            ScenarioOverride.Parse("markets[0].listUsdPerMillionOutput=1e15"),
        ]);
        var result = Simulation.Run(scenario);
        var market = result.Markets[0];
        for (int t = 0; t < result.Months; t++)
        {
            Assert.True(market.OutsidePrice[t] > 0 && market.CostPerServed[t] > 0 && market.UserPrice[t] > 0, $"month {t}: outside {market.OutsidePrice[t]}, served cost {market.CostPerServed[t]}, user {market.UserPrice[t]}");
        }

        Assert.All(result.Summary.UserPriceVsOutsideByMarket.Values, v => Assert.True(v is { } r && double.IsFinite(r) && r > 0, $"ratio {v}"));
    }
}
