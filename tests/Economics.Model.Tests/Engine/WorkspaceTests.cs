using Economics.Model.Engine;

namespace Economics.Model.Tests.Engine;

/// <summary>The reusable workspace: sizing and the allocation-free run.</summary>
public sealed class WorkspaceTests
{
    [Fact]
    public void A_Warm_Run_Into_A_Workspace_Allocates_Nothing()
    {
        // Given a workspace warmed up by one run of the baseline (3 cohorts, 120 months, GBM price)
        var scenario = TestScenarios.Baseline;
        double[] shocks = [.. Enumerable.Range(0, 120).Select(t => Math.Sin(t))];
        var workspace = new SimulationWorkspace();
        Simulation.RunInto(scenario, shocks, workspace);
        Simulation.RunInto(scenario, shocks, workspace);

        // When run again
        long before = GC.GetAllocatedBytesForCurrentThread();
        Simulation.RunInto(scenario, shocks, workspace);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then nothing was allocated
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Workspace_Reports_The_Last_Runs_Size_And_Keeps_Larger_Arrays()
    {
        var workspace = new SimulationWorkspace();
        Simulation.RunInto(TestScenarios.Baseline, [], workspace);
        Assert.Equal(132, workspace.Months);
        Assert.Equal(2, workspace.CohortCount);
        var emissions = workspace.ReleasedTokens;

        Simulation.RunInto(TestScenarios.Simple(), [], workspace);
        Assert.Equal(12, workspace.Months);
        Assert.Equal(1, workspace.CohortCount);
        Assert.Same(emissions, workspace.ReleasedTokens);
        Assert.Equal(1000, workspace.ReleasedTokens[11]);
    }

    [Fact]
    public void Missing_Shocks_Count_As_Zero()
    {
        var gbm = TestScenarios.Baseline;
        var none = Simulation.Run(gbm);
        var zeros = Simulation.Run(gbm, new double[3]);
        PropertyTests.AssertBitIdentical(none, zeros);
    }
}
