using System.Collections.Concurrent;
using Economics.Analysis.MonteCarlo;

namespace Economics.Analysis.Tests.MonteCarlo;

/// <summary><see cref="PathCounts"/>: every path of every scenario is counted once, into its own scenario's counters,
/// whatever the thread count; progress reaches the totals.</summary>
public sealed class PathCountsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Every_Path_Of_Every_Scenario_Counts_Once_Into_Its_Own_Counters(int threads)
    {
        // 3 scenarios × 600 paths (blocks of 256: two whole and one of 88). Counter 0 adds s + 1 per path, counter 1
        // the path's index: 600·(s + 1) and 0 + 1 + … + 599 = 179,700 per scenario.
        var paths = new ConcurrentBag<int>();
        var scenarios = new ConcurrentBag<int>();
        var totals = PathCounts.Run(3, 12, 2, 600, threads, (_, s, path, c) =>
        {
            c[0] += s + 1;
            c[1] += path;
        }, new Collect(paths), new Collect(scenarios));
        Assert.Equal([600, 179_700, 1_200, 179_700, 1_800, 179_700], totals);
        Assert.Equal(1_800, paths.Max());
        Assert.Equal(9, paths.Count);
        Assert.Equal([1, 2, 3], scenarios.Order());
    }

    [Fact]
    public void A_Runner_Runs_Real_Paths()
    {
        // The runner handed to the counter is a working PathRunner sized to the months given.
        var scenario = TestScenarios.Baseline;
        var samplers = UncertainInputSampler.ForScenario(scenario);
        var totals = PathCounts.Run(1, scenario.HorizonMonths, 1, 3, 1, (runner, _, path, c) =>
        {
            runner.RunFirstMonths(scenario, samplers, true, 42, path, scenario.HorizonMonths);
            c[0] += runner.Workspace.NodesTotal[0] > 0 ? 1 : 0;
        });
        Assert.Equal([3L], totals);
    }

    [Theory]
    [InlineData(0, 1, 1, "scenarios")]
    [InlineData(1, 0, 1, "counters")]
    [InlineData(1, 1, 0, "paths")]
    public void Empty_Sets_Are_Refused(int scenarios, int counters, int paths, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PathCounts.Run(scenarios, 12, counters, paths, null, (_, _, _, _) => { }));
        Assert.Equal(parameter, e.ParamName);
    }

    private sealed class Collect(ConcurrentBag<int> values) : IProgress<int>
    {
        public void Report(int value) => values.Add(value);
    }
}
