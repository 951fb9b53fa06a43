using CsCheck;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;
using Economics.Model.Scenarios;
using Economics.Model.Tests.Scenarios;
using Economics.Model.Validation;

namespace Economics.Model.Tests.Engine;

/// <summary>
/// <see cref="Simulation.RunPastSubsidyEnd"/> against the full run: the same subsidy end, the same bits in every
/// month it runs, and it runs every month a statistic of the months after the end reads.
/// </summary>
public sealed class RunPastSubsidyEndTests
{
    [Fact]
    public void The_Baseline_Stops_24_Months_After_Its_Operator_Pool_Runs_Dry()
    {
        // The ecosystem pool (the only one paying operators) unlocks 40M tokens at the TGE, vests 6M a month for 60
        // months and pays 6M a month: the 40M reserve lasts to month 66, so the subsidy ends at 67 and the run stops
        // after month 67 + 24 = 91.
        var ws = new SimulationWorkspace();
        var run = Simulation.RunPastSubsidyEnd(TestScenarios.Baseline, [], ws, 24);
        Assert.Equal(new SubsidyEndRun(92, 67), run);
        Assert.Equal(0.0, ws.Pools[0].Balance[66]);
        Assert.True(ws.Pools[0].Balance[65] > 0);
    }

    [Fact]
    public void Every_Shipped_Scenario_Agrees_With_Its_Full_Run()
    {
        var full = new SimulationWorkspace();
        var part = new SimulationWorkspace();
        int stoppedEarly = 0;
        foreach (string file in Directory.GetFiles(RepoFiles.ScenariosDirectory, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var scenario = ScenarioLoader.Load(ScenarioSource.FromFile(file));
            foreach (int after in (int[])[0, 12, 24])
            {
                stoppedEarly += AssertAgrees(scenario, [], after, full, part, Path.GetFileName(file)) ? 1 : 0;
            }
        }

        // Every shipped scenario's subsidy ends inside its horizon; most of them long enough before its end.
        Assert.True(stoppedEarly >= 30, $"only {stoppedEarly} of the shipped scenarios' runs stopped early");
    }

    [Fact]
    public void Random_Pools_Payouts_And_Price_Paths_Agree_With_The_Full_Run()
    {
        // The operators' pool under every payout rule, stop month, cliff, vesting span and release schedule, with GBM
        // shocks: the stop never cuts a month that the full run's end + after needs, and never changes a bit.
        var baseline = TestScenarios.Baseline;
        var full = new SimulationWorkspace();
        var part = new SimulationWorkspace();
        var gen = Gen.Select(GenPool, Gen.Int[0, 40], Gen.Double[-3, 3].Array[baseline.HorizonMonths], Gen.Bool);
        gen.Sample((pool, after, shocks, gbmShocks) =>
        {
            var pools = baseline.Token.Pools.ToArray();
            pools[0] = pool;
            var scenario = baseline with { Token = baseline.Token with { Pools = pools } };
            if (ScenarioValidator.Validate(scenario).Count > 0)
            {
                return;
            }

            AssertAgrees(scenario, gbmShocks ? shocks : [], after, full, part, pool.ToString());
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void A_Pool_That_Spends_A_Share_Of_Its_Balance_Never_Empties_So_The_Run_Goes_To_The_Horizon()
    {
        var b = TestScenarios.Baseline;
        var pools = b.Token.Pools.ToArray();
        pools[0] = pools[0] with { Payout = new ShareOfBalancePayout { Fraction = 0.2 } };
        var run = Simulation.RunPastSubsidyEnd(b with { Token = b.Token with { Pools = pools } }, [], new SimulationWorkspace(), 0);
        Assert.Equal(new SubsidyEndRun(b.HorizonMonths, null), run);
    }

    [Fact]
    public void A_Stop_Month_Ends_The_Subsidy_There_And_A_Scenario_Without_Operator_Pools_Ends_It_At_Month_0()
    {
        var b = TestScenarios.Baseline;
        var pools = b.Token.Pools.ToArray();
        pools[0] = pools[0] with { StopMonth = 30 };
        Assert.Equal(new SubsidyEndRun(43, 30), Simulation.RunPastSubsidyEnd(b with { Token = b.Token with { Pools = pools } }, [], new SimulationWorkspace(), 12));

        pools[0] = pools[0] with { StopMonth = null, Use = new PoolUse { Treasury = 1 } };
        Assert.Equal(new SubsidyEndRun(25, 0), Simulation.RunPastSubsidyEnd(b with { Token = b.Token with { Pools = pools } }, [], new SimulationWorkspace(), 24));
    }

    [Fact]
    public void A_Negative_Months_After_Is_Refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Simulation.RunPastSubsidyEnd(TestScenarios.Baseline, [], new SimulationWorkspace(), -1));
        Assert.Equal("monthsAfterEnd", e.ParamName);
    }

    // Pool 0 of the baseline (the operators' pool) rewritten: payout rule, stop month, cliff, vesting, TGE share, release.
    private static readonly Gen<TokenPool> GenPool =
        Gen.Select(
            Gen.Int[0, 4],
            Gen.Double[0, 2e7],
            Gen.Int[-1, 150],
            Gen.Int[0, 80],
            Gen.Int[0, 120],
            Gen.Double[0, 1],
            Gen.Bool,
            (payoutKind, amount, stop, cliff, vesting, atStart, release) => TestScenarios.Baseline.Token.Pools[0] with
            {
                Payout = payoutKind switch
                {
                    0 => new VestedPayout(),
                    1 => new TokensPerMonthPayout { Tokens = amount },
                    2 => new UsdPerMonthPayout { Usd = amount / 10 },
                    3 => new ShareOfBalancePayout { Fraction = amount / 2e7 },
                    _ => new ShareOfBalancePayout { Fraction = 1 },
                },
                StopMonth = stop < 0 ? null : stop,
                CliffMonths = cliff,
                VestingMonths = vesting,
                AtStartFraction = atStart,
                Release = release ? new ConstantEmission { TokensPerMonth = amount / 4 } : null,
            });

    // Runs both ways; asserts the same end, every month the caller may read, and the same bits in all of them.
    // Returns whether the run stopped before the horizon.
    private static bool AssertAgrees(Scenario scenario, double[] shocks, int after, SimulationWorkspace full, SimulationWorkspace part, string label)
    {
        int m = scenario.HorizonMonths;
        Simulation.RunInto(scenario, shocks, full);
        var run = Simulation.RunPastSubsidyEnd(scenario, shocks, part, after);
        int? end = SimulationSummary.PayoutEnd(full.OperatorSubsidyTokens, m);
        Assert.True(end == run.SubsidyEndMonth, $"{label}, after {after}: end {run.SubsidyEndMonth} instead of {end}");
        int needed = end is { } e ? (int)Math.Min(m, (long)e + after + 1) : m;
        Assert.True(run.MonthsRun >= needed && run.MonthsRun <= m, $"{label}, after {after}: ran {run.MonthsRun} months, needs {needed}");
        int n = run.MonthsRun;
        AssertSame(full.Viable, part.Viable, n, label);
        AssertSame(full.OperatorSubsidyTokens, part.OperatorSubsidyTokens, n, label);
        AssertSame(full.TokenPriceUsd, part.TokenPriceUsd, n, label);
        AssertSame(full.NodesTotal, part.NodesTotal, n, label);
        AssertSame(full.OperatorProfit, part.OperatorProfit, n, label);
        for (int c = 0; c < scenario.Cohorts.Count; c++)
        {
            AssertSame(full.Cohorts[c].Nodes, part.Cohorts[c].Nodes, n, label);
        }

        return n < m;
    }

    private static void AssertSame(double[] expected, double[] actual, int months, string label)
    {
        for (int t = 0; t < months; t++)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(expected[t]) == BitConverter.DoubleToInt64Bits(actual[t]), $"{label}: month {t}: {actual[t]:R} instead of {expected[t]:R}");
        }
    }
}
