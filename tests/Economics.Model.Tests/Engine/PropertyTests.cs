using CsCheck;
using Economics.Model.Engine;
using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Model.Tests.Engine;

/// <summary>CsCheck properties: monotonic effects, determinism and workspace reuse.</summary>
public sealed class PropertyTests
{
    private const long Iterations = 100;

    private static Scenario Baseline => TestScenarios.Baseline;

    // The baseline with a constant token price (sell pressure cannot feed back into the emission revenue).
    private static readonly Lazy<Scenario> ConstantPriceBaseline = new(() => TestScenarios.FromBaseline("""{ "token": { "price": { "kind": "constant", "usd": 0.5 } }, "uncertainty": [] }"""));

    private static Scenario WithFixedFee(Scenario s, double fee) => s with { Fees = s.Fees with { Policy = new FixedFee { UsdPerInference = fee } } };

    [Fact]
    public void A_faster_payout_never_lowers_the_subsidy_paid_so_far()
    {
        // A pool that pays more per month runs out sooner, so compare what operators received up to each month.
        // Constant price: every month. GBM price (sell pressure may lower later prices): month 0.
        Gen.Select(Gen.Double[0, 5e6], Gen.Double[0, 5e6]).Sample((a, b) =>
        {
            double low = Math.Min(a, b), high = Math.Max(a, b);
            var fixedPrice = ConstantPriceBaseline.Value;
            var lo = Simulation.Run(fixedPrice.With("token.pools[0].payout.tokens", low));
            var hi = Simulation.Run(fixedPrice.With("token.pools[0].payout.tokens", high));
            double sumLo = 0, sumHi = 0;
            for (int t = 0; t < lo.Months; t++)
            {
                sumLo += lo.RevenueSubsidy[t];
                sumHi += hi.RevenueSubsidy[t];
                Assert.True(sumHi >= sumLo * (1 - 1e-12), $"to month {t}: {sumHi} < {sumLo}");
            }

            var gLo = Simulation.Run(Baseline.With("token.pools[0].payout.tokens", low));
            var gHi = Simulation.Run(Baseline.With("token.pools[0].payout.tokens", high));
            Assert.True(gHi.RevenueSubsidy[0] >= gLo.RevenueSubsidy[0]);
        }, iter: Iterations);
    }

    [Fact]
    public void A_Higher_Fixed_Fee_Never_Lowers_Fee_Revenue_Per_Served_Inference()
    {
        Gen.Select(Gen.Double[0, 0.1], Gen.Double[0, 0.1]).Sample((a, b) =>
        {
            var lo = Simulation.Run(WithFixedFee(Baseline, Math.Min(a, b)));
            var hi = Simulation.Run(WithFixedFee(Baseline, Math.Max(a, b)));
            for (int t = 0; t < lo.Months; t++)
            {
                if (lo.Served[t] > 0 && hi.Served[t] > 0)
                {
                    Assert.True(hi.RevenueFees[t] / hi.Served[t] >= lo.RevenueFees[t] / lo.Served[t], $"month {t}");
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void More_Nodes_Never_Lower_Served()
    {
        // Without entry and exit, every month; with the baseline's entry and exit, month 0.
        var noChurn = TestScenarios.Simple(TestScenarios.Market(growth: """{ "kind": "compound", "monthlyRate": 0.3 }"""));
        Gen.Select(Gen.Double[0, 100], Gen.Double[0, 100]).Sample((a, b) =>
        {
            var lo = Simulation.Run(noChurn.With("cohorts[0].initialNodes", Math.Min(a, b)));
            var hi = Simulation.Run(noChurn.With("cohorts[0].initialNodes", Math.Max(a, b)));
            for (int t = 0; t < lo.Months; t++)
            {
                Assert.True(hi.Served[t] >= lo.Served[t], $"month {t}");
            }

            var bLo = Simulation.Run(Baseline.With("cohorts[0].initialNodes", Math.Min(a, b)));
            var bHi = Simulation.Run(Baseline.With("cohorts[0].initialNodes", Math.Max(a, b)));
            Assert.True(bHi.Served[0] >= bLo.Served[0]);
        }, iter: Iterations);
    }

    [Fact]
    public void A_Higher_Gas_Price_Never_Lowers_The_User_Price()
    {
        // Here users bear the facilitator's cost. Per market in month 0 (later months move the token price and with it
        // the cap's mix of served requests; the network mean also reweights markets as users leave).
        var userPays = Baseline with { Payments = Baseline.Payments with { CostBorneBy = GasPayer.User } };
        Gen.Select(Gen.Double[0, 50], Gen.Double[0, 50]).Sample((a, b) =>
        {
            var lo = Simulation.Run(userPays.With("chains.base.gasPriceGwei", Math.Min(a, b)));
            var hi = Simulation.Run(userPays.With("chains.base.gasPriceGwei", Math.Max(a, b)));
            for (int m = 0; m < lo.Markets.Count; m++)
            {
                Assert.True(hi.Markets[m].UserPrice[0] >= lo.Markets[m].UserPrice[0], $"market {m}");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void A_Larger_Individual_Share_Never_Lowers_Onchain_Bytes_Per_Inference()
    {
        // Shift share from BATCH_HASHED to per-request hash events.
        Gen.Select(Gen.Double[0, 0.89], Gen.Double[0, 0.89]).Sample((a, b) =>
        {
            static Scenario Shift(double x) => Baseline.With("settlement.mix.individualHashes", x).With("settlement.mix.batchHashed", 0.89 - x);
            var lo = Simulation.Run(Shift(Math.Min(a, b)));
            var hi = Simulation.Run(Shift(Math.Max(a, b)));
            Assert.True(hi.OnchainBytes[0] >= lo.OnchainBytes[0]);
            // Months with real traffic only: once the gateways have left, a few stray requests make the ratio noise.
            for (int t = 0; t < lo.Months; t++)
            {
                if (lo.Served[t] >= 1 && hi.Served[t] >= 1)
                {
                    Assert.True(hi.OnchainBytes[t] / hi.Served[t] >= lo.OnchainBytes[t] / lo.Served[t] * (1 - 1e-9), $"month {t}");
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void The_Subsidy_Aware_Fee_Never_Falls_Below_Its_Floor()
    {
        Gen.Select(Gen.Double[0, 0.01], Gen.Double[0, 5e6], Gen.Double[0, 1]).Sample((floor, emission, margin) =>
        {
            var s = Baseline.With("token.pools[0].payout.tokens", emission);
            s = s with { Fees = s.Fees with { Policy = new SubsidyAwareFee { FloorUsdPerInference = floor, MarginFraction = margin, TargetUtilization = 0.7 } } };
            var r = Simulation.Run(s);
            Assert.All(r.Markets.SelectMany(m => m.Fee), f => Assert.True(f >= floor));
        }, iter: Iterations);
    }

    [Fact]
    public void Same_Scenario_And_Shocks_Give_Bit_Identical_Series()
    {
        Gen.Double[-4, 4].Array[120].Sample(shocks =>
        {
            var first = Simulation.Run(Baseline, shocks);
            var second = Simulation.Run(Baseline, shocks);
            AssertBitIdentical(first, second);
        }, iter: 20);
    }

    [Fact]
    public void A_Reused_Workspace_Gives_The_Same_Result_As_A_Fresh_Run()
    {
        // Run something else into the workspace first (longer, more cohorts, events, other price model), then
        // the target: identical to a fresh run.
        var other = TestScenarios.FromBaseline("""
            { "horizonMonths": 300,
              "events": [ { "kind": "providerOutage", "month": 2, "durationMonths": 50, "provider": "aws", "capacityLossFraction": 0.7 },
                          { "kind": "demandShock", "month": 0, "durationMonths": 300, "multiplier": 3 } ],
              "fees": { "policy": { "kind": "subsidyAware", "marginFraction": 0.3, "targetUtilization": 0.5, "floorUsdPerInference": 0.001 } } }
            """);
        var target = TestScenarios.Simple("""{ "horizonMonths": 60, "token": { "pools": [ { "name": "t", "share": 0.000005, "cliffMonths": 3, "vestingMonths": 5, "use": { "held": 1 }, "sellFraction": 0.3 } ] } }""");
        Gen.Double[-3, 3].Array[300].Sample(shocks =>
        {
            var workspace = new SimulationWorkspace();
            Simulation.RunInto(other, shocks, workspace);
            Simulation.RunInto(Baseline, shocks, workspace);
            var reused = SimulationResult.From(Baseline, workspace);
            AssertBitIdentical(Simulation.Run(Baseline, shocks), reused);

            Simulation.RunInto(target, shocks, workspace);
            AssertBitIdentical(Simulation.Run(target, shocks), SimulationResult.From(target, workspace));
        }, iter: 10);
    }

    internal static void AssertBitIdentical(SimulationResult expected, SimulationResult actual)
    {
        Assert.Equal(expected.Months, actual.Months);
        foreach (var (name, a, b) in Series(expected).Zip(Series(actual), (x, y) => (x.Name, x.Values, y.Values)))
        {
            Assert.Equal(a.Count, b.Count);
            for (int t = 0; t < a.Count; t++)
            {
                if (BitConverter.DoubleToInt64Bits(a[t]) != BitConverter.DoubleToInt64Bits(b[t]))
                {
                    Assert.Fail($"{name}[{t}]: {a[t]} vs {b[t]}");
                }
            }
        }

        Assert.Equal(
            expected.Summary with { SurvivingNodesByCohort = null!, SubsidyEndMonthByPool = null!, UserPriceVsOutsideByMarket = null! },
            actual.Summary with { SurvivingNodesByCohort = null!, SubsidyEndMonthByPool = null!, UserPriceVsOutsideByMarket = null! });
        Assert.Equal(expected.Summary.UserPriceVsOutsideByMarket, actual.Summary.UserPriceVsOutsideByMarket);
        Assert.Equal(expected.Summary.SubsidyEndMonthByPool, actual.Summary.SubsidyEndMonthByPool);
        Assert.Equal(expected.Summary.SurvivingNodesByCohort, actual.Summary.SurvivingNodesByCohort);
    }

    /// <summary>Every per-month double series of a result, the cohorts' included, by name.</summary>
    internal static IEnumerable<(string Name, IReadOnlyList<double> Values)> Series(SimulationResult r)
    {
        foreach (var p in typeof(SimulationResult).GetProperties().Where(p => p.PropertyType == typeof(IReadOnlyList<double>)))
        {
            yield return (p.Name, (IReadOnlyList<double>)p.GetValue(r)!);
        }

        foreach (var cohort in r.Cohorts)
        {
            foreach (var p in typeof(CohortResult).GetProperties().Where(p => p.PropertyType == typeof(IReadOnlyList<double>)))
            {
                yield return ($"{cohort.Name}.{p.Name}", (IReadOnlyList<double>)p.GetValue(cohort)!);
            }
        }
    }
}
