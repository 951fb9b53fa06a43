using System.Runtime.CompilerServices;
using Economics.Model.Engine;
using Economics.Model.Scenarios;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Economics.Analysis.MonteCarlo;

/// <summary>One thread's reusable state for running Monte Carlo paths: a workspace, a shock buffer and a random
/// stream reseeded per path. Path i of a run with seed s draws from the stream seeded by <see cref="PathSeed.For"/>:
/// first one draw per uncertain input in <c>uncertainty[]</c> order, then one standard-normal shock per month when the
/// price is a GBM; so a path's draws do not depend on which thread runs it, and the same path index draws the same
/// numbers in every scenario that has the same uncertain inputs (common random numbers across a grid's cells).</summary>
/// <remarks>Not thread safe: one runner per thread.</remarks>
internal sealed class PathRunner(int months)
{
    private readonly SimulationWorkspace _workspace = new();
    private readonly double[] _shocks = new double[months];

    // One stream object per runner, reseeded per path. Not thread safe on purpose: one stream per path, used by one
    // thread (MathNet locks each draw otherwise). The seed given here is replaced before every path.
    private readonly Xoshiro256StarStar _random = new(0, threadSafe: false);

    /// <summary>Runs path <paramref name="path"/> of <paramref name="scenario"/> (horizon ≤ the runner's months) and
    /// returns the workspace holding it (valid until the next call).</summary>
    public SimulationWorkspace Run(Scenario scenario, IReadOnlyList<UncertainInputSampler> samplers, bool shocks, int seed, long path)
    {
        var drawn = Draw(scenario, samplers, shocks, seed, path);
        Simulation.RunInto(drawn, Shocks(scenario, shocks), _workspace);
        return _workspace;
    }

    /// <summary>Runs path <paramref name="path"/> (the same draws as <see cref="Run"/>) only until
    /// <paramref name="monthsAfterEnd"/> months after its operators' subsidy ends (<see cref="Simulation.RunPastSubsidyEnd"/>);
    /// <see cref="Workspace"/> holds the months run.</summary>
    public SubsidyEndRun RunPastSubsidyEnd(Scenario scenario, IReadOnlyList<UncertainInputSampler> samplers, bool shocks, int seed, long path, int monthsAfterEnd)
    {
        var drawn = Draw(scenario, samplers, shocks, seed, path);
        return Simulation.RunPastSubsidyEnd(drawn, Shocks(scenario, shocks), _workspace, monthsAfterEnd);
    }

    /// <summary>Runs path <paramref name="path"/> (the same draws as <see cref="Run"/>) only for months
    /// 0 … <paramref name="months"/> − 1 (<see cref="Simulation.RunFirstMonths"/>); <see cref="Workspace"/> holds them.</summary>
    public void RunFirstMonths(Scenario scenario, IReadOnlyList<UncertainInputSampler> samplers, bool shocks, int seed, long path, int months)
    {
        var drawn = Draw(scenario, samplers, shocks, seed, path);
        Simulation.RunFirstMonths(drawn, Shocks(scenario, shocks), _workspace, months);
    }

    /// <summary>The workspace the last path ran into.</summary>
    public SimulationWorkspace Workspace => _workspace;

    // Reseeds the stream for the path, draws the uncertain inputs in uncertainty[] order into the scenario, then the
    // month shocks (all of the runner's months, whatever the horizon, so the draws never depend on it).
    private Scenario Draw(Scenario scenario, IReadOnlyList<UncertainInputSampler> samplers, bool shocks, int seed, long path)
    {
        var random = _random;
        Reseed(random, PathSeed.For(seed, path));
        var drawn = scenario;
        for (int i = 0; i < samplers.Count; i++)
        {
            drawn = samplers[i].Parameter.With(drawn, samplers[i].Sample(random));
        }

        if (shocks)
        {
            Normal.Samples(random, _shocks, 0.0, 1.0);
        }

        return drawn;
    }

    private ReadOnlySpan<double> Shocks(Scenario scenario, bool shocks) => shocks ? _shocks.AsSpan(0, scenario.HorizonMonths) : ReadOnlySpan<double>.Empty;

    // Xoshiro256StarStar(seed) runs exactly this (SplitMix64 of the seed into the four state words) after its base
    // constructor, which draws a cryptographic seed for System.Random that this generator never uses (about 4 µs, a
    // tenth of a path). Reseeding one instance gives the same stream as a new one, bit for bit
    // (MonteCarloSimulationTests replays paths with fresh instances).
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Initialise")]
    private static extern void Reseed(Xoshiro256StarStar random, int seed);
}
