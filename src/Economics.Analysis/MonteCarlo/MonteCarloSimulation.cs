using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Analysis.MonteCarlo;

/// <summary>
/// Monte Carlo over a scenario's <c>uncertainty[]</c> entries and, for a GBM token price, its monthly
/// standard-normal shocks. Runs paths in parallel on all cores (or <see cref="MonteCarloOptions.Threads"/>); results
/// are bit-identical for a given seed whatever the thread count.
/// </summary>
/// <remarks>
/// <para>Path i uses its own <see cref="MathNet.Numerics.Random.Xoshiro256StarStar"/> stream seeded from (seed, i):
/// first one draw per uncertain input in <c>uncertainty[]</c> order (see <see cref="UncertainInputSampler"/>), then one
/// shock per month (<see cref="MathNet.Numerics.Distributions.Normal.Samples(Random, double[], double, double)"/>) when
/// the price is a GBM (see <see cref="PathRunner"/>). So a path's draws do not depend on which thread runs it.</para>
/// <para>Statistics stream into per-worker accumulators of fixed size (a <see cref="QuantileSketch"/> per series and
/// month, integer counts) merged at the end; merging adds integers and takes minima and maxima, which is exact and
/// order independent, so the thread count and scheduling cannot change a bit. Memory: O(series × months), not
/// O(paths) and not O(threads): at most <see cref="MaxAccumulators"/> accumulators exist (one per core, and no more
/// than <see cref="MaxAccumulatorMonths"/> sketch-months in all); threads beyond that share them, path by path.</para>
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
        var pool = new AccumulatorPool(MaxAccumulators(threads, months), months);
        var workers = new Worker[threads];
        int nextBlock = 0;
        int done = 0;
        // One long-lived worker per thread pulls blocks of paths from a shared counter and runs each path into its own
        // workspace; the statistics of a path go into an accumulator borrowed from a pool bounded in memory (not one
        // per thread). Which worker or accumulator takes which path does not change any result: merging is exact.
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, w =>
        {
            var worker = workers[w] = new Worker(months);
            int block;
            while ((block = Interlocked.Increment(ref nextBlock) - 1) < blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int first = block * BlockSize;
                int last = (int)Math.Min(options.Paths, (long)first + BlockSize);
                for (int path = first; path < last; path++)
                {
                    worker.RunPath(scenario, samplers, shocks, options.Seed, path, pool);
                }

                progress?.Report(Interlocked.Add(ref done, last - first));
            }
        });

        var total = pool.MergeAll();
        return MonteCarloResult.From(
            scenario.Name,
            scenario.Viability,
            options,
            MonthCalendar.Parse(scenario.StartMonth),
            samplers.Select(s => s.Label).ToArray(),
            shocks,
            total);
    }

    /// <summary>Most sketch-months held at once (accumulators × horizon months): the memory bound of a run, whatever
    /// its threads and paths. 4,800 is 40 accumulators of 120 months or 4 of 1,200; each sketch-month holds
    /// <see cref="MonteCarloSeries.All"/> sketches of at most 64 KiB (typically a few KiB).</summary>
    public const int MaxAccumulatorMonths = 4_800;

    /// <summary>Accumulators a run uses: one per thread, at most one per core, and at most
    /// <see cref="MaxAccumulatorMonths"/> / months (at least one).</summary>
    public static int MaxAccumulators(int threads, int months) =>
        Math.Max(1, Math.Min(Math.Min(threads, Environment.ProcessorCount), MaxAccumulatorMonths / Math.Max(1, months)));

    /// <summary>A bounded set of accumulators lent to workers one path at a time.</summary>
    private sealed class AccumulatorPool(int capacity, int months)
    {
        private readonly object _gate = new();
        private readonly Stack<MonteCarloAccumulator> _free = new();
        private readonly List<MonteCarloAccumulator> _all = [];

        public MonteCarloAccumulator Rent()
        {
            lock (_gate)
            {
                while (true)
                {
                    if (_free.TryPop(out var free))
                    {
                        return free;
                    }

                    if (_all.Count < capacity)
                    {
                        var created = new MonteCarloAccumulator(months);
                        _all.Add(created);
                        return created;
                    }

                    Monitor.Wait(_gate);
                }
            }
        }

        public void Return(MonteCarloAccumulator accumulator)
        {
            lock (_gate)
            {
                _free.Push(accumulator);
                Monitor.Pulse(_gate);
            }
        }

        public MonteCarloAccumulator MergeAll()
        {
            var total = _all.Count > 0 ? _all[0] : new MonteCarloAccumulator(months);
            for (int i = 1; i < _all.Count; i++)
            {
                total.Merge(_all[i]);
            }

            return total;
        }
    }

    /// <summary>One worker's reusable state: a path runner and the viability scratch.</summary>
    private sealed class Worker(int months)
    {
        private readonly PathRunner _runner = new(months);
        private readonly bool[] _viable = new bool[months];

        public void RunPath(Scenario scenario, IReadOnlyList<UncertainInputSampler> samplers, bool shocks, int seed, int path, AccumulatorPool pool)
        {
            var workspace = _runner.Run(scenario, samplers, shocks, seed, path);
            var statistics = pool.Rent();
            try
            {
                statistics.Add(workspace, _viable);
            }
            finally
            {
                pool.Return(statistics);
            }
        }
    }
}
