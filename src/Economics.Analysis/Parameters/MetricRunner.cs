using Economics.Model.Engine;
using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Analysis.Parameters;

/// <summary>Runs scenarios and reads summary metrics (<see cref="SummaryMetrics"/>), in parallel, each result
/// stored at its index: the output order never depends on scheduling.</summary>
internal static class MetricRunner
{
    /// <summary>Throws <see cref="ArgumentException"/> listing the valid names when <paramref name="metric"/> is unknown.</summary>
    public static void CheckMetric(string metric, string parameterName)
    {
        if (!SummaryMetrics.IsMetric(metric))
        {
            throw new ArgumentException($"{Model.Validation.QuotedText.Of(metric)} is not a metric; choose one of: {string.Join(", ", SummaryMetrics.Names.Keys)}", parameterName);
        }
    }

    /// <summary>The metrics of one run, using <paramref name="workspace"/>.</summary>
    public static double[] Evaluate(Scenario scenario, IReadOnlyList<string> metrics, SimulationWorkspace workspace)
    {
        Simulation.RunInto(scenario, ReadOnlySpan<double>.Empty, workspace);
        var values = new double[metrics.Count];
        SummaryMetrics.Read(scenario, workspace, metrics, values);
        return values;
    }

    /// <summary>Evaluates <paramref name="count"/> scenarios built by <paramref name="scenarioAt"/>, in parallel.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A thread count outside 1 … <see cref="MonteCarlo.MonteCarloOptions.MaxThreads"/>.</exception>
    public static double[][] EvaluateAll(int count, Func<int, Scenario> scenarioAt, IReadOnlyList<string> metrics, int? threads, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        MonteCarlo.MonteCarloOptions.CheckThreads(threads, nameof(threads));
        var results = new double[count][];
        int done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(
            0,
            count,
            options,
            () => new SimulationWorkspace(),
            (i, _, workspace) =>
            {
                results[i] = Evaluate(scenarioAt(i), metrics, workspace);
                progress?.Report(Interlocked.Increment(ref done));
                return workspace;
            },
            _ => { });
        return results;
    }
}
