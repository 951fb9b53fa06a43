using System.Runtime.CompilerServices;
using Economics.Model.Engine;
using Economics.Model.Results;
using Economics.Model.Scenarios;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Economics.Analysis.MonteCarlo;

/// <summary>
/// Monte Carlo over a scenario's <c>uncertainty[]</c> entries and, for a GBM token price, its monthly
/// standard-normal shocks. Runs paths in parallel on all cores (or <see cref="MonteCarloOptions.Threads"/>); results
/// are bit-identical for a given seed whatever the thread count.
/// </summary>
/// <remarks>
/// <para>Path i uses its own <see cref="Xoshiro256StarStar"/> stream seeded from (seed, i): first one draw per
/// uncertain input in <c>uncertainty[]</c> order (see <see cref="UncertainInputSampler"/>), then one shock per month
/// (<see cref="Normal.Samples(Random, double[], double, double)"/>) when the price is a GBM. So a path's draws do not
/// depend on which thread runs it.</para>
/// <para>Statistics stream into per-worker accumulators of fixed size (a <see cref="QuantileSketch"/> per series and
/// month, integer counts) merged at the end; merging adds integers and takes minima and maxima, which is exact and
/// order independent, so the thread count and scheduling cannot change a bit. Memory: O(series × months), not
/// O(paths).</para>
/// </remarks>
public static class MonteCarloSimulation
{
    /// <summary>Paths per work item: small enough to balance cores, large enough to amortize scheduling.</summary>
    private const int BlockSize = 256;

    /// <summary>Runs the Monte Carlo.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="options">Paths, seed, threads, viability rule.</param>
    /// <param name="progress">Receives the number of paths done so far (from worker threads), after each block.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    /// <exception cref="ArgumentOutOfRangeException">Paths outside 1–10,000,000 or threads outside 1–1024.</exception>
    /// <exception cref="ArgumentException">An uncertain input does not resolve or its range makes the scenario invalid.</exception>
    public static MonteCarloResult Run(Scenario scenario, MonteCarloOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        var samplers = UncertainInputSampler.ForScenario(scenario);
        bool shocks = scenario.Token.Price is GbmPrice;
        int months = scenario.HorizonMonths;
        int blocks = (int)((options.Paths + (long)BlockSize - 1) / BlockSize);
        int threads = Math.Min(options.Threads ?? Environment.ProcessorCount, blocks);
        var workers = new Worker[threads];
        int nextBlock = 0;
        int done = 0;
        // One long-lived worker per thread pulls blocks of paths from a shared counter (a fixed number of
        // accumulators, whatever the run length); which worker runs which block does not change any result.
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, w =>
        {
            var worker = workers[w] = new Worker(months, options.Viability);
            int block;
            while ((block = Interlocked.Increment(ref nextBlock) - 1) < blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int first = block * BlockSize;
                int last = (int)Math.Min(options.Paths, (long)first + BlockSize);
                for (int path = first; path < last; path++)
                {
                    worker.RunPath(scenario, samplers, shocks, options.Seed, path);
                }

                progress?.Report(Interlocked.Add(ref done, last - first));
            }
        });

        var total = new MonteCarloAccumulator(months, options.Viability);
        foreach (var worker in workers)
        {
            total.Merge(worker.Statistics);
        }

        return MonteCarloResult.From(
            scenario.Name,
            options,
            MonthCalendar.Parse(scenario.StartMonth),
            samplers.Select(s => s.Label).ToArray(),
            shocks,
            total);
    }

    /// <summary>One worker's reusable state: workspace, shock buffer, scratch, statistics.</summary>
    private sealed class Worker(int months, ViabilityRule rule)
    {
        private readonly SimulationWorkspace _workspace = new();
        private readonly double[] _shocks = new double[months];
        private readonly bool[] _viable = new bool[months];

        // One stream object per worker, reseeded per path. Not thread safe on purpose: one stream per path, used by
        // one thread (MathNet locks each draw otherwise). The seed given here is replaced before every path.
        private readonly Xoshiro256StarStar _random = new(0, threadSafe: false);

        public MonteCarloAccumulator Statistics { get; } = new(months, rule);

        public void RunPath(Scenario scenario, IReadOnlyList<UncertainInputSampler> samplers, bool shocks, int seed, int path)
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

            Simulation.RunInto(drawn, shocks ? _shocks : ReadOnlySpan<double>.Empty, _workspace);
            Statistics.Add(_workspace, _viable);
        }

        // Xoshiro256StarStar(seed) runs exactly this (SplitMix64 of the seed into the four state words) after its
        // base constructor, which draws a cryptographic seed for System.Random that this generator never uses
        // (about 4 µs, a tenth of a path). Reseeding one instance gives the same stream as a new one, bit for bit
        // (MonteCarloSimulationTests replays paths with fresh instances).
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Initialise")]
        private static extern void Reseed(Xoshiro256StarStar random, int seed);
    }
}
