namespace Economics.Analysis.MonteCarlo;

/// <summary>
/// Monte Carlo over a set of scenarios that keeps only integer counts: paths 0 … paths − 1 of every scenario, run in
/// parallel over (scenario, block of paths) by one long-lived <see cref="PathRunner"/> per thread, each path adding to
/// its scenario's counters. The fixed costs of a Monte Carlo (threads, workspaces, shock buffers) are paid once for
/// the set, not per scenario; the counts are integers added per block, so any thread count and schedule give the
/// same bits.
/// </summary>
/// <remarks>Path i of every scenario is run by <see cref="CountPath"/> on some thread's runner; the runner reseeds its
/// stream from (seed, i) for each path (<see cref="PathRunner"/>), so what a path counts does not depend on the thread
/// or on the order of the work.</remarks>
internal static class PathCounts
{
    /// <summary>Paths per work item: small enough to balance cores, large enough to amortize scheduling.</summary>
    private const int BlockSize = 256;

    /// <summary>Runs path <paramref name="path"/> of scenario <paramref name="scenario"/> on <paramref name="runner"/>
    /// and adds what it counts to <paramref name="counts"/>: that scenario's counters for the current block.</summary>
    internal delegate void CountPath(PathRunner runner, int scenario, int path, Span<long> counts);

    /// <summary>Runs every path of every scenario and returns the counts, <paramref name="counters"/> per scenario
    /// (scenario s's counter j at <c>s × counters + j</c>).</summary>
    /// <param name="scenarios">Scenarios in the set (at least 1).</param>
    /// <param name="months">Months of the longest horizon: the runners' size.</param>
    /// <param name="counters">Counters per scenario (at least 1).</param>
    /// <param name="paths">Paths per scenario (at least 1).</param>
    /// <param name="threads">Threads; null for one per core.</param>
    /// <param name="count">Runs one path and counts it.</param>
    /// <param name="pathsDone">Receives the number of paths done so far, over all scenarios, after each block.</param>
    /// <param name="scenariosDone">Receives the number of scenarios whose paths are all done, as each finishes.</param>
    /// <param name="cancellationToken">Stops between blocks of paths.</param>
    internal static long[] Run(int scenarios, int months, int counters, int paths, int? threads, CountPath count,
        IProgress<int>? pathsDone = null, IProgress<int>? scenariosDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scenarios, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(counters, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(paths, 1);
        var totals = new long[scenarios * counters];
        int blocksPerScenario = (paths + BlockSize - 1) / BlockSize;
        var blocksLeft = Enumerable.Repeat(blocksPerScenario, scenarios).ToArray();
        long items = (long)scenarios * blocksPerScenario;
        int workers = (int)Math.Min(threads ?? Environment.ProcessorCount, items);
        long next = 0;
        int done = 0;
        int finished = 0;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, _ =>
        {
            var runner = new PathRunner(months);
            var counts = new long[counters];
            long item;
            while ((item = Interlocked.Increment(ref next) - 1) < items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int scenario = (int)(item / blocksPerScenario);
                int first = (int)(item % blocksPerScenario) * BlockSize;
                int last = Math.Min(paths, first + BlockSize);
                Array.Clear(counts);
                for (int path = first; path < last; path++)
                {
                    count(runner, scenario, path, counts);
                }

                for (int j = 0; j < counters; j++)
                {
                    Interlocked.Add(ref totals[(scenario * counters) + j], counts[j]);
                }

                pathsDone?.Report(Interlocked.Add(ref done, last - first));
                if (Interlocked.Decrement(ref blocksLeft[scenario]) == 0)
                {
                    scenariosDone?.Report(Interlocked.Increment(ref finished));
                }
            }
        });

        return totals;
    }
}
