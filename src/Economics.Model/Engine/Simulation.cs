using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>
/// The monthly model: a pure function from a validated scenario (and, for Monte Carlo, a vector of monthly
/// price shocks) to the per-month series and the answers. Same inputs, same bits.
/// </summary>
/// <remarks>
/// Each month t = 0 … horizon − 1 applies the rules of DESIGN.md "The monthly step" in order:
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
        ArgumentNullException.ThrowIfNull(workspace);
        int months = scenario.HorizonMonths;
        workspace.EnsureSize(months, scenario.Cohorts.Count, scenario.Token.Pools.Count, scenario.Markets.Count);
        var inputs = new MonthlyInputs(scenario, workspace);
        inputs.Prepare();
        var step = workspace.Step;
        step.Begin(scenario);
        for (int t = 0; t < months; t++)
        {
            double z = t < priceShocks.Length ? priceShocks[t] : 0.0;
            step.Run(t, z);
        }
    }
}
