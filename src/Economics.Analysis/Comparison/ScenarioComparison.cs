using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Analysis.Comparison;

/// <summary>Runs several scenarios (in parallel, results in the order given) for a side-by-side comparison.</summary>
public static class ScenarioComparison
{
    /// <summary>Runs each scenario once (deterministic).</summary>
    /// <exception cref="ArgumentException">No scenarios, or two with the same name (outputs are written by name).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A thread count outside 1 … <see cref="MonteCarlo.MonteCarloOptions.MaxThreads"/>.</exception>
    public static ComparisonResult Run(IReadOnlyList<Scenario> scenarios, int? threads = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        MonteCarlo.MonteCarloOptions.CheckThreads(threads, nameof(threads));
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("give at least one scenario to compare", nameof(scenarios));
        }

        var duplicate = scenarios.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two scenarios are named '{duplicate.Key}'; give each a distinct \"name\" (outputs are written by name)", nameof(scenarios));
        }

        var runs = new Model.Results.SimulationResult[scenarios.Count];
        Parallel.For(0, scenarios.Count, new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancellationToken }, i => runs[i] = Simulation.Run(scenarios[i]));
        return new ComparisonResult { Runs = runs };
    }
}
