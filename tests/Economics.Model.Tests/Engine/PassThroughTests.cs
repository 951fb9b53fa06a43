namespace Economics.Model.Tests.Engine;

/// <summary>Rules 4, 6 and 7 for gateways: markets routed only to the cohorts that list them, the pass-through fee,
/// the upstream bill and the margin on own costs.</summary>
public sealed class PassThroughTests
{
    // One gateway cohort (own cost 500/node, 10 nodes) proxying one hosted market of 1e6 requests at 1/5 USD per
    // million tokens (1,000 in, 500 out: list 0.0035 per request), no cap, stablecoin fees, no subsidy.
    private static string Gateway(double markup, double take = 0, double discount = 0) => $$"""
        { "token": { "pools": [] },
          "fees": { "paidIn": "stablecoin", "policy": { "kind": "passThrough", "markupFraction": {{markup.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}} },
                    "protocolTakeRate": {{take.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}} },
          "markets": [ { "name": "h", "kind": "hostedProxy", "inputTokens": 1000, "outputTokens": 500, "listUsdPerMillionInput": 1,
                         "listUsdPerMillionOutput": 5,
                         "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 1 },
                         "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ],
          "cohorts": [ { "name": "g", "provider": "aws", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500,
                         "capacityInferencesPerMonth": 200000, "upstreamDiscountFraction": {{discount.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}} } ] }
        """;

    [Fact]
    public void The_pass_through_fee_is_the_list_price_and_the_outside_price_too()
    {
        var r = TestScenarios.RunSimple(Gateway(0));
        Assert.Equal(0.0035, r.Markets[0].Fee[0], 1e-15);
        Assert.Equal(0.0035, r.FeeUsd[0], 1e-15);
        Assert.Equal(0.0035, r.OutsidePriceUsd[0], 1e-15);
        Assert.Equal(1.0, r.Summary.UserPriceVsOutsideByMarket["h"]!.Value, 12);
    }

    [Fact]
    public void With_zero_markup_take_and_subsidy_a_gateway_margin_is_exactly_minus_one()
    {
        // Fees 3,500 = the upstream bill 3,500; own costs 5,000: profit −5,000 = −1 × own costs.
        var r = TestScenarios.RunSimple(Gateway(0));
        Assert.Equal(3500, r.Cohorts[0].RevenueFees[0], 1e-9);
        Assert.Equal(3500, r.Cohorts[0].Upstream[0], 1e-9);
        Assert.Equal(-5000, r.Cohorts[0].Profit[0], 1e-9);
        Assert.Equal(-1.0, r.Cohorts[0].Margin[0], 15);
    }

    [Fact]
    public void The_take_applies_to_the_markup_only_and_the_all_in_price_decomposes()
    {
        // Markup 0.5, take 0.2: fee 0.00525; take 0.2·0.5·0.0035 = 0.00035; operator net 0.0049.
        var r = TestScenarios.RunSimple(Gateway(0.5, take: 0.2));
        Assert.Equal(0.00525, r.FeeUsd[0], 1e-15);
        Assert.Equal(0.00035, r.ProtocolTakePerInference[0], 1e-15);
        Assert.Equal(0.0049, r.OperatorNetFeePerInference[0], 1e-15);
        for (int t = 0; t < r.Months; t++)
        {
            double parts = r.ProtocolTakePerInference[t] + r.OperatorNetFeePerInference[t] + r.UserPaymentRailsPerInference[t]
                + r.UserSettlementPerInference[t] + r.MevTaxPerInference[t];
            Assert.Equal(r.UserPriceUsd[t], parts, 1e-12);
        }

        // Profit: net fee 4,900 − upstream 3,500 − own 5,000 = −3,600.
        Assert.Equal(-3600, r.Cohorts[0].Profit[0], 1e-9);
    }

    [Fact]
    public void An_upstream_discount_is_the_only_fee_margin_at_zero_markup()
    {
        // Discount 0.2: upstream 2,800; profit 3,500 − 2,800 − 5,000 = −4,300.
        var r = TestScenarios.RunSimple(Gateway(0, discount: 0.2));
        Assert.Equal(2800, r.UpstreamCostUsd[0], 1e-9);
        Assert.Equal(-4300, r.OperatorProfit[0], 1e-9);
    }

    [Fact]
    public void Break_even_markup_is_where_the_fee_margin_covers_own_costs()
    {
        // No demand response: margin(m) = 1e6·0.0035·m = 5,000 at m = 1/0.7 ≈ 1.4286 (own costs 5,000).
        var r = TestScenarios.RunSimple(Gateway(0));
        Assert.Equal(5000 / 3500.0, r.Summary.BreakEvenMarkupFraction!.Value, 1e-9);
    }

    [Fact]
    public void Subsidy_dependence_is_one_when_the_fee_margin_is_zero()
    {
        // Subsidy 2,000 a month (1,000 tokens at 2 USD): income is all subsidy.
        var r = TestScenarios.RunSimple(Gateway(0), """{ "token": { "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "use": { "operators": 1 } } ] } }""");
        Assert.All(r.SubsidyDependence, d => Assert.Equal(1.0, d, 15));
    }

    [Fact]
    public void Markets_are_routed_only_to_cohorts_that_list_them()
    {
        // a serves x only (capacity 1e6); b serves x and y (capacity 1e6), split by payable demand 1:3 → 0.25e6 to x.
        // x: demand 1e6, capacity 1.25e6 → all served; y: demand 3e6, capacity 0.75e6 → 2.25e6 unserved.
        var r = TestScenarios.RunSimple("""
            { "markets": [
                { "name": "x", "kind": "openModel", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0, "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01,
                  "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 1 }, "willingnessToPay": { "medianPremium": 100, "spread": 0 } },
                { "name": "y", "kind": "openModel", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0, "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01,
                  "demand": { "initialInferencesPerMonth": 3000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 1 }, "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ],
              "cohorts": [
                { "name": "a", "provider": "p", "markets": ["x"], "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 100000 },
                { "name": "b", "provider": "q", "markets": ["x", "y"], "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 100000 } ] }
            """);
        Assert.Equal(1e6, r.Markets[0].Served[0], 1e-6);
        Assert.Equal(0.75e6, r.Markets[1].Served[0], 1e-6);
        Assert.Equal(2.25e6, r.Markets[1].Unserved[0], 1e-6);
        Assert.Equal(0.8e6, r.Cohorts[0].Served[0], 1e-6);
        Assert.Equal(0.2e6 + 0.75e6, r.Cohorts[1].Served[0], 1e-6);
    }

    [Theory]
    // The grid's last point (20) is the search's end, within half a grid step (0.005) either way of rounding; the point
    // before (19.99) is not.
    [InlineData(20.0, true)]
    [InlineData(19.996, true)]
    [InlineData(19.994, false)]
    [InlineData(19.99, false)]
    [InlineData(0.0, false)]
    public void The_Search_End_Is_The_Last_Grid_Point(double markup, bool atEnd) =>
        Assert.Equal(atEnd, Model.Results.BreakEvenMarkup.IsAtSearchEnd(markup));
}
