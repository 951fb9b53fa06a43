using Economics.Analysis.Builder;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Analysis.Tests.Builder;

public sealed class BuilderAnalysisTests
{
    // The hand-computable network (fixed fee 0.003 USD, token at 1 USD, outside price 0.003 USD) with a constant pool of
    // 100,000 USD, Base at 1 gwei and 2,000 USD/ETH with no priority fee and an L1 fee of 0.01 USD a transaction,
    // x402 settles that cost only their L1 fee (no settle or approval gas, no facilitator fee) and PRIVATE settlement.
    private static Scenario Hand() => ScenarioLoader.Load(
        ScenarioSource.FromFile(TestScenarios.HandComputablePath),
        [
            .. new[]
            {
                "token.liquidity.usdReserve=100000", "token.liquidity.scaling=\"constant\"", "token.liquidity.swapFeeFraction=0.003",
                "chains.base.gasPriceGwei=1", "chains.base.ethUsd=2000", "chains.base.l1DataFeeUsdPerTx=0.01",
                "payments.facilitator.priorityFeeGwei=0", "payments.settleGasUnits=0", "payments.approvalGasUnits=0",
                "payments.facilitator.usdPerTransaction=0", "settlement.mix.private=1", "settlement.mix.batchHashed=0",
                "settlement.mix.individualHashes=0", "settlement.mix.individualFull=0",
            }.Select(ScenarioOverride.Parse),
        ]);

    [Fact]
    public void Should_Give_The_Hand_Worked_Cost_Per_Call()
    {
        // Given 1,000,000 calls a month at a fee of 0.003 USD: the builder buys V = 3,000 USD of OPG a month
        var result = BuilderAnalysis.Run(Hand(), new BuilderOptions { Market = "m", RequestsPerMonth = 1_000_000 });
        var c = result.Cost;

        // Then fee 0.003, swap fee 0.003 × 0.003, slippage 0.003 × 3,000 / (100,000 − 3,000),
        // swap gas (130,000 × 1 gwei × 1e−9 × 2,000 + 0.01) / 1,000,000 = 0.27 / 1e6, payment rails = the L1 fee 0.01
        Assert.Equal(0.003, c.Fee, 15);
        Assert.Equal(0.000009, c.SwapFee, 15);
        Assert.Equal(0.003 * 3000 / 97_000, c.Slippage, 15);
        Assert.Equal(0.27 / 1e6, c.SwapGas, 15);
        Assert.Equal(0.01, c.PaymentRails, 15);
        Assert.Equal(0.0, c.Settlement);
        Assert.Equal(0.0, c.MevTax);
        Assert.Equal(3000, c.PurchaseUsd, 9);
        Assert.Equal(100_000, c.PoolReserveUsd, 9);
        Assert.Equal(0.003, c.Direct, 15);

        // And the premium is everything but the fee, since the fee equals the direct price
        double premium = 0.000009 + (0.003 * 3000 / 97_000) + (0.27 / 1e6) + 0.01;
        Assert.Equal(premium, c.Premium, 15);
        Assert.Equal(premium / 0.003, c.PremiumFraction, 12);
        Assert.Equal(0.0, c.RailsBorneByOthers);
    }

    [Fact]
    public void Should_Not_Buy_OPG_When_Fees_Are_Paid_In_A_Stablecoin()
    {
        var scenario = Hand() with { Fees = Hand().Fees with { PaidIn = FeeCurrency.Stablecoin } };
        var c = BuilderAnalysis.Run(scenario, new BuilderOptions { Market = "m", RequestsPerMonth = 1_000_000 }).Cost;
        Assert.Equal(0.0, c.SwapFee);
        Assert.Equal(0.0, c.Slippage);
        Assert.Equal(0.0, c.SwapGas);
        Assert.Equal(0.0, c.PurchaseUsd);
    }

    [Fact]
    public void Builder_Cost_Decomposes_Into_The_Engines_All_In_Price_And_Its_Own_Purchase()
    {
        // Given the baseline (three markets, rails borne by the protocol) and a scenario where users bear them
        foreach (var scenario in new[] { TestScenarios.Baseline, TestScenarios.With("payments.costBorneBy=\"user\"", "settlement.costBorneBy=\"user\"", "markets[0].kind=\"onchainMl\"") })
        {
            var ws = new SimulationWorkspace();
            Simulation.RunInto(scenario, ReadOnlySpan<double>.Empty, ws);
            var run = Model.Results.SimulationResult.From(scenario, ws);
            for (int k = 0; k < scenario.Markets.Count; k++)
            {
                foreach (int month in (int[])[0, 30, 67, 100])
                {
                    var c = BuilderAnalysis.Cost(scenario, run, ws, k, month, 250_000, BuilderOptions.DefaultSwapGasUnits);

                    // Then fee + rails + settlement + swap fee + MEV tax is the engine's all-in price p_m of that month
                    double p = run.Markets[k].UserPrice[month];
                    Assert.True(Math.Abs(c.EnginePrice - p) <= 1e-12 * p, $"{scenario.Name} market {k} month {month}: {c.EnginePrice} vs {p}");

                    // And the total adds exactly the slippage and the swap gas; the unsubsidized cost adds the rails others bear
                    Assert.Equal(c.Fee + c.PaymentRails + c.Settlement + c.SwapFee + c.MevTax + c.Slippage + c.SwapGas, c.Total, 15);
                    Assert.Equal(run.ProtocolRailsPerInference[month] + run.OperatorRailsPerInference[month], c.Unsubsidized - c.Total, 12);
                    Assert.Equal(c.Total - run.Markets[k].OutsidePrice[month], c.Premium, 15);
                }
            }
        }
    }

    [Fact]
    public void Slippage_Rises_And_Swap_Gas_Falls_With_Volume()
    {
        var result = BuilderAnalysis.Run(TestScenarios.Baseline, new BuilderOptions { Market = "gpt_5", RequestsPerMonth = 1_000_000 });
        var curve = result.ByVolume;
        Assert.True(curve.Count > 40, $"{curve.Count} points");
        Assert.Equal(BuilderAnalysis.MinCurveVolume, curve[0].RequestsPerMonth);
        Assert.Contains(curve, c => c.RequestsPerMonth == 1_000_000);
        for (int i = 1; i < curve.Count; i++)
        {
            Assert.True(curve[i].RequestsPerMonth > curve[i - 1].RequestsPerMonth);
            Assert.True(curve[i].Slippage > curve[i - 1].Slippage, $"slippage at {curve[i].RequestsPerMonth}");
            Assert.True(curve[i].SwapGas < curve[i - 1].SwapGas, $"gas at {curve[i].RequestsPerMonth}");
            Assert.Equal(curve[0].Fee, curve[i].Fee);
        }

        // The curve ends where the purchase is at most half the reserve (slippage ≤ 100%)
        Assert.True(curve[^1].PurchaseUsd <= BuilderAnalysis.CurveMaxReserveShare * curve[^1].PoolReserveUsd * (1 + 1e-12));
        Assert.True(curve[^1].Slippage <= curve[^1].Fee * (1 + 1e-9));
    }

    [Fact]
    public void Full_Settlement_Costs_More_Than_Batches_And_Batched_Payments_Cost_Less_Than_Exact()
    {
        var result = BuilderAnalysis.Run(TestScenarios.Baseline, new BuilderOptions { Market = "claude_haiku_4_5", RequestsPerMonth = 1_000_000 });
        double Of(string name) => result.Variants.Single(v => v.Name == name).Cost.Unsubsidized;
        Assert.Equal(8, result.Variants.Count);
        Assert.True(Of("private") <= Of("batchHashed"));
        Assert.True(Of("private") <= Of("individualHashes"));
        Assert.True(Of("batchHashed") < Of("individualFull"));
        Assert.True(Of("individualHashes") < Of("individualFull"));
        Assert.True(Of("upto") < Of("exact"));
        Assert.True(Of("batchSettlement") < Of("exact"));

        // The baseline is exact and its mix: the scenario row equals the exact row
        Assert.Equal(Of("scenario"), Of("exact"), 15);
    }

    [Fact]
    public void Should_List_The_Markets_When_The_Market_Is_Unknown()
    {
        var e = Assert.Throws<BuilderInputException>(() => BuilderAnalysis.Run(TestScenarios.Baseline, new BuilderOptions { Market = "llama", RequestsPerMonth = 10 }));
        Assert.Equal(BuilderAnalysis.MarketField, e.Field);
        Assert.Contains("unknown market 'llama'", e.Message, StringComparison.Ordinal);
        Assert.Contains("claude_haiku_4_5, gpt_5, claude_opus_4_6", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Should_Refuse_A_Volume_That_Is_Not_Positive(double n)
    {
        var e = Assert.Throws<BuilderInputException>(() => BuilderAnalysis.Run(TestScenarios.Baseline, new BuilderOptions { Market = "gpt_5", RequestsPerMonth = n }));
        Assert.Equal(BuilderAnalysis.RequestsField, e.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(132)]
    public void Should_Refuse_A_Month_Outside_The_Horizon(int month)
    {
        var e = Assert.Throws<BuilderInputException>(() => BuilderAnalysis.Run(TestScenarios.Baseline, new BuilderOptions { Market = "gpt_5", RequestsPerMonth = 10, Month = month }));
        Assert.Equal(BuilderAnalysis.MonthField, e.Field);
        Assert.Contains("between 0 and 131", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Purchase_Larger_Than_The_Pool()
    {
        // 0.003 USD a call: 40,000,000 calls buy 120,000 USD, more than the 100,000 USD reserve
        var e = Assert.Throws<BuilderInputException>(() => BuilderAnalysis.Run(Hand(), new BuilderOptions { Market = "m", RequestsPerMonth = 40_000_000 }));
        Assert.Equal(BuilderAnalysis.RequestsField, e.Field);
        Assert.Contains("100,000 USD", e.Message, StringComparison.Ordinal);
        Assert.Contains("fewer than 33,333,333 calls", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_says_which_calls_it_covers_and_whether_the_network_serves_them()
    {
        // Given the baseline's Opus market at the subsidy's end (month 67): the cap rejects the largest calls, so the
        // quote's direct price is that of the calls under it, below the list price of an average call
        var run = Simulation.Run(TestScenarios.Baseline);
        var opus = BuilderAnalysis.Run(TestScenarios.Baseline, new BuilderOptions { Market = "claude_opus_4_6", RequestsPerMonth = 1000, Month = 67 });
        var m = run.Markets.Single(x => x.Name == "claude_opus_4_6");

        Assert.Equal(m.Rejected[67] / m.Demand[67], opus.CapRejectedFraction, 15);
        Assert.InRange(opus.CapRejectedFraction, 0.1, 0.3);
        Assert.Equal(TestScenarios.Baseline.Markets.Single(x => x.Name == "claude_opus_4_6").OutsideUsdPerRequest, opus.DirectAllCalls);
        Assert.True(opus.Cost.Direct < opus.DirectAllCalls);
        Assert.Equal(m.Served[67] / (m.Demand[67] - m.Rejected[67]), opus.ServedFraction, 15);
        var caveat = Assert.Single(BuilderText.Caveats(opus));
        Assert.StartsWith("In 2031-11 the per-request cap (fees.maxOpgPerRequest) rejects 17% of claude_opus_4_6's calls, the largest first: the costs are those of the calls under the cap, whose direct price is $10.08 per 1,000 against $17.50", caveat, StringComparison.Ordinal);

        // And once the gateways have left (month 110) the network serves almost none of the calls users would pay for
        var late = BuilderAnalysis.Run(TestScenarios.Baseline, new BuilderOptions { Market = "gpt_5", RequestsPerMonth = 1000, Month = 110 });
        Assert.True(late.ServedFraction < 0.001);
        Assert.Contains(BuilderText.Caveats(late), c => c.StartsWith("In 2035-06 the network serves only <0.1% of the gpt_5 calls users would pay for", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_without_a_cap_and_with_capacity_to_spare_has_no_caveat()
    {
        // The hand-computable network: a fixed fee, no per-request cap, and two nodes that serve every call
        var result = BuilderAnalysis.Run(Hand(), new BuilderOptions { Market = "m", RequestsPerMonth = 1_000 });

        Assert.Equal(0, result.CapRejectedFraction);
        Assert.Equal(1, result.ServedFraction, 12);
        Assert.Empty(BuilderText.Caveats(result));
    }
}
