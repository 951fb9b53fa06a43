using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Tests.Scenarios;

namespace Economics.Model.Tests.Engine;

/// <summary><see cref="Simulation.RunFirstMonths"/> against the full run: the months it runs hold the same bits (the
/// model is causal), whatever an earlier run left in the workspace.</summary>
public sealed class RunFirstMonthsTests
{
    [Fact]
    public void Every_Shipped_Scenario_Agrees_With_Its_Full_Run_In_The_Months_It_Runs()
    {
        var full = new SimulationWorkspace();
        var part = new SimulationWorkspace();
        var random = new Random(12);
        foreach (string file in Directory.GetFiles(RepoFiles.ScenariosDirectory, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var scenario = ScenarioLoader.Load(ScenarioSource.FromFile(file));
            int m = scenario.HorizonMonths;
            var shocks = Enumerable.Range(0, m).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
            Simulation.RunInto(scenario, shocks, full);
            foreach (int months in (int[])[1, m / 2, m - 1, m])
            {
                // The part workspace holds the last scenario's months (or this one's with other months run): stale
                // months must not matter to the months run.
                Simulation.RunFirstMonths(scenario, shocks, part, months);
                string label = $"{Path.GetFileName(file)}, {months} months";
                for (int t = 0; t < months; t++)
                {
                    AssertSame(full.Viable[t], part.Viable[t], label, t);
                    AssertSame(full.OperatorProfit[t], part.OperatorProfit[t], label, t);
                    AssertSame(full.TokenPriceUsd[t], part.TokenPriceUsd[t], label, t);
                    AssertSame(full.NodesTotal[t], part.NodesTotal[t], label, t);
                    AssertSame(full.Demand[t], part.Demand[t], label, t);
                    AssertSame(full.OperatorSubsidyTokens[t], part.OperatorSubsidyTokens[t], label, t);
                }
            }
        }
    }

    [Fact]
    public void Running_All_Months_Is_RunInto()
    {
        var b = TestScenarios.Baseline;
        var expected = Simulation.Run(b);
        var ws = new SimulationWorkspace();
        Simulation.RunFirstMonths(b, [], ws, b.HorizonMonths);
        Assert.Equal(expected.Viable, ws.Viable.Take(b.HorizonMonths));
        Assert.Equal(expected.OperatorProfit, ws.OperatorProfit.Take(b.HorizonMonths));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(133)]
    public void Months_Outside_0_To_The_Horizon_Are_Refused(int months)
    {
        Assert.Equal(132, TestScenarios.Baseline.HorizonMonths);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Simulation.RunFirstMonths(TestScenarios.Baseline, [], new SimulationWorkspace(), months));
        Assert.Equal("months", e.ParamName);
    }

    private static void AssertSame(double expected, double actual, string label, int t) =>
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"{label}: month {t}: {actual:R} instead of {expected:R}");
}
