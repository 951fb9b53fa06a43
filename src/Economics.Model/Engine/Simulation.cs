using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>
/// The monthly model: a pure function from a validated scenario (and, for Monte Carlo, a vector of monthly
/// price shocks) to the per-month series and the answers. Same inputs, same bits.
/// </summary>
/// <remarks>
/// Each month t = 0 … horizon − 1 applies the rules of docs/DESIGN.md "The monthly step" in order:
/// 1 token pools (vesting and payouts), 2 supply and price, 3 demand, 4 capacity and routing, 5 payment and settlement rails, 6 fee,
/// 7 operator accounts, 8 entry and exit, 9 treasury and buyback — then the price moves to month t + 1.
/// The scenario must be valid (<see cref="Loading.ScenarioLoader"/> validates); the loop trusts it.
/// Thread safe: no shared state; give each thread its own <see cref="SimulationWorkspace"/>.
/// </remarks>
public static class Simulation
{
    /// <summary>Runs the deterministic model (price shocks Z = 0: the GBM median path).</summary>
    public static SimulationResult Run(Scenario scenario) => Run(scenario, ReadOnlySpan<double>.Empty);

    /// <summary>Runs the model with standard-normal price shocks <c>Z(t)</c> (one per month; missing months use 0).</summary>
    public static SimulationResult Run(Scenario scenario, ReadOnlySpan<double> priceShocks)
    {
        var workspace = new SimulationWorkspace();
        RunInto(scenario, priceShocks, workspace);
        return SimulationResult.From(scenario, workspace);
    }

    /// <summary>
    /// Runs the model into a reusable workspace: the allocation-free path for Monte Carlo and benchmarks.
    /// Read the series from <paramref name="workspace"/> or build a result with <see cref="SimulationResult.From"/>.
    /// </summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="priceShocks">Standard-normal shocks Z(t) of the GBM price, one per month; empty for Z = 0.</param>
    /// <param name="workspace">Arrays to write; resized when too small.</param>
    public static void RunInto(Scenario scenario, ReadOnlySpan<double> priceShocks, SimulationWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        RunFirstMonths(scenario, priceShocks, workspace, scenario.HorizonMonths);
    }

    /// <summary>
    /// Runs only months 0 … <paramref name="months"/> − 1 into a workspace: what a statistic of one month needs. The
    /// model is causal, so every month run holds the same bits as in <see cref="RunInto"/>; later months hold whatever
    /// an earlier run left there.
    /// </summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="priceShocks">Standard-normal shocks Z(t) of the GBM price, one per month; empty for Z = 0.</param>
    /// <param name="workspace">Arrays to write (sized for the whole horizon); resized when too small.</param>
    /// <param name="months">Months to run, 0 to the scenario's horizon.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative or beyond the horizon.</exception>
    public static void RunFirstMonths(Scenario scenario, ReadOnlySpan<double> priceShocks, SimulationWorkspace workspace, int months)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, scenario.HorizonMonths);
        var step = Begin(scenario, workspace);
        for (int t = 0; t < months; t++)
        {
            double z = t < priceShocks.Length ? priceShocks[t] : 0.0;
            step.Run(t, z);
        }
    }

    /// <summary>
    /// Runs the model into a workspace only as far as a statistic of the months after the subsidy ends needs: until
    /// the operators' subsidy has ended for good and <paramref name="monthsAfterEnd"/> further months have run, or to
    /// the horizon. The model is causal, so every month run holds the same bits as in <see cref="RunInto"/>; months
    /// from <see cref="SubsidyEndRun.MonthsRun"/> on hold whatever an earlier run left there.
    /// </summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="priceShocks">Standard-normal shocks Z(t) of the GBM price, one per month; empty for Z = 0.</param>
    /// <param name="workspace">Arrays to write; resized when too small.</param>
    /// <param name="monthsAfterEnd">Months after the subsidy's end the caller reads: the run includes month
    /// end + <paramref name="monthsAfterEnd"/> when it is inside the horizon. At least 0.</param>
    /// <returns>The months run and the subsidy's end, equal to <see cref="SimulationSummary.PayoutEnd"/> of
    /// <see cref="SimulationWorkspace.OperatorSubsidyTokens"/> over the whole horizon.</returns>
    /// <remarks>The subsidy has ended for good after month t when every pool that pays operators has stopped or holds
    /// exactly zero with nothing left to vest; docs/MODEL.md "Runs that stop early" states the rule.</remarks>
    public static SubsidyEndRun RunPastSubsidyEnd(Scenario scenario, ReadOnlySpan<double> priceShocks, SimulationWorkspace workspace, int monthsAfterEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthsAfterEnd);
        var step = Begin(scenario, workspace);
        int months = scenario.HorizonMonths;
        step.WatchSubsidyEnd(months);
        int end = -1;
        for (int t = 0; t < months; t++)
        {
            double z = t < priceShocks.Length ? priceShocks[t] : 0.0;
            step.Run(t, z);
            if (end < 0 && step.OperatorSubsidyOverAfter(t))
            {
                // Later months pay nothing: the end is one past the last paying month so far (0 if none paid).
                end = SimulationSummary.PayoutEnd(workspace.OperatorSubsidyTokens, t + 1) ?? (t + 1);
            }

            if (end >= 0 && t >= (long)end + monthsAfterEnd)
            {
                return new SubsidyEndRun(t + 1, end);
            }
        }

        return new SubsidyEndRun(months, SimulationSummary.PayoutEnd(workspace.OperatorSubsidyTokens, months));
    }

    // Sizes the workspace, lays out the month inputs and resets the carried state: everything before month 0.
    private static MonthlyStep Begin(Scenario scenario, SimulationWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(workspace);
        workspace.EnsureSize(scenario.HorizonMonths, scenario.Cohorts.Count, scenario.Token.Pools.Count, scenario.Markets.Count);
        new MonthlyInputs(scenario, workspace).Prepare();
        var step = workspace.Step;
        step.Begin(scenario);
        return step;
    }
}
