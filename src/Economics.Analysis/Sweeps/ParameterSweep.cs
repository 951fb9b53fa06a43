using System.Globalization;
using Economics.Analysis.Parameters;
using Economics.Model.Loading;
using Economics.Model.Scenarios;
using Economics.Model.Validation;

namespace Economics.Analysis.Sweeps;

/// <summary>
/// A full cartesian grid over one or two numeric fields (any JSON path): every cell is one deterministic run, in
/// parallel; cells are stored at their grid index, so the result does not depend on the thread count.
/// </summary>
public static class ParameterSweep
{
    /// <summary>Most cells a sweep may have.</summary>
    public const int MaxCells = 1_000_000;

    /// <summary>Runs the grid.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="x">The x axis.</param>
    /// <param name="y">The y axis; null for a one-dimensional sweep.</param>
    /// <param name="metrics">Summary metric names to read from each cell (at least one).</param>
    /// <param name="threads">Worker threads; null uses every core.</param>
    /// <param name="progress">Receives the number of cells done.</param>
    /// <param name="cancellationToken">Stops between cells.</param>
    /// <exception cref="ArgumentException">Unknown metric or path, or a cell of the grid makes the scenario invalid
    /// (the message names the first invalid cell, its path values and every problem; a corner's problems are listed
    /// first, alone).</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxCells"/> cells, or a thread count outside
    /// 1 … <see cref="MonteCarlo.MonteCarloOptions.MaxThreads"/>.</exception>
    public static SweepResult Run(Scenario scenario, SweepAxis x, SweepAxis? y, IReadOnlyList<string> metrics, int? threads = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Count == 0)
        {
            throw new ArgumentException("name at least one metric", nameof(metrics));
        }

        foreach (string metric in metrics)
        {
            MetricRunner.CheckMetric(metric, nameof(metrics));
        }

        MonteCarlo.MonteCarloOptions.CheckThreads(threads, nameof(threads));

        long cells = (long)x.Count * (y?.Count ?? 1);
        if (x.Count < 1 || (y is not null && y.Count < 1) || cells > MaxCells)
        {
            throw new ArgumentOutOfRangeException(nameof(x), cells, string.Create(CultureInfo.InvariantCulture, $"the grid has {cells:N0} cells ({x.Count} × {y?.Count ?? 1}); it must have 1 to {MaxCells:N0}"));
        }

        var px = Resolve(scenario, x, nameof(x));
        var py = y is null ? null : Resolve(scenario, y, nameof(y));
        x.CheckDistinct(px, nameof(x));
        y?.CheckDistinct(py!, nameof(y));
        if (py is not null && py.Name == px.Name)
        {
            throw new ArgumentException($"x and y both vary {px.Name}; choose two different paths", nameof(y));
        }

        var xs = x.Values;
        var ys = y?.Values ?? [double.NaN];
        CheckCorners(scenario, px, xs, py, ys);
        int ny = ys.Count;
        Scenario CellAt(int c)
        {
            var s = px.With(scenario, xs[c / ny]);
            return py is null ? s : py.With(s, ys[c % ny]);
        }

        if (InvalidCells((int)cells, CellAt, c => CellText(px, xs[c / ny], py, py is null ? double.NaN : ys[c % ny]), threads, cancellationToken) is { } invalid)
        {
            throw new ArgumentException(invalid, nameof(scenario));
        }

        var values = MetricRunner.EvaluateAll(
            (int)cells,
            CellAt,
            metrics,
            threads,
            progress,
            cancellationToken);
        return new SweepResult
        {
            Scenario = scenario.Name,
            X = x,
            Y = y,
            Metrics = [.. metrics],
            XValues = Enumerable.Range(0, (int)cells).Select(c => px.Effective(xs[c / ny])).ToArray(),
            YValues = Enumerable.Range(0, (int)cells).Select(c => py is null ? double.NaN : py.Effective(ys[c % ny])).ToArray(),
            Values = values,
        };
    }

    private static ScenarioParameter Resolve(Scenario scenario, SweepAxis axis, string name) =>
        ScenarioParameter.TryResolve(scenario, axis.Path, out var parameter, out string error)
            ? parameter!
            : throw new ArgumentException($"sweep axis {axis}: {error}", name);

    // The corners first: an axis that leaves a field's range names the path and value at the end it crosses.
    private static void CheckCorners(Scenario scenario, ScenarioParameter px, IReadOnlyList<double> xs, ScenarioParameter? py, IReadOnlyList<double> ys)
    {
        var problems = new List<string>();
        foreach (double xv in (double[])[xs[0], xs[^1]])
        {
            if (!px.TryWith(scenario, xv, out var sx, out string error))
            {
                problems.Add(error);
                continue;
            }

            if (py is null)
            {
                continue;
            }

            foreach (double yv in (double[])[ys[0], ys[^1]])
            {
                if (!py.TryWith(sx, yv, out _, out error))
                {
                    problems.Add($"{error} (with {px.Name} = {ValueText.Show(px.Effective(xv))})");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems.Distinct(StringComparer.Ordinal)), nameof(scenario));
        }
    }

    // Every cell goes through the validator (issue 15 item 17): not every range rule is an interval (a node capacity
    // is 0 or 1 to 1e15), so valid corners do not make the cells between them valid. Cells are validated in
    // parallel before any is run; the message (null when all are valid) names the lowest-numbered invalid cell (the
    // same at any thread count) and how many there are.
    private static string? InvalidCells(int cells, Func<int, Scenario> cellAt, Func<int, string> describe, int? threads, CancellationToken cancellationToken)
    {
        int firstBad = int.MaxValue, badCount = 0;
        IReadOnlyList<ScenarioProblem>? firstProblems = null;
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, cells, options, c =>
        {
            var problems = ScenarioValidator.Validate(cellAt(c));
            if (problems.Count == 0)
            {
                return;
            }

            lock (gate)
            {
                badCount++;
                if (c < firstBad)
                {
                    firstBad = c;
                    firstProblems = problems;
                }
            }
        });

        return badCount == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"sweep cell {firstBad + 1:N0} of {cells:N0} ({describe(firstBad)}) makes the scenario invalid: {string.Join("; ", firstProblems!.Select(p => $"{p.Path}: {p.Message}"))}; {badCount:N0} of the {cells:N0} cells are invalid");
    }

    private static string CellText(ScenarioParameter px, double xv, ScenarioParameter? py, double yv) =>
        py is null
            ? $"{px.Name} = {ValueText.Show(px.Effective(xv))}"
            : $"{px.Name} = {ValueText.Show(px.Effective(xv))}, {py.Name} = {ValueText.Show(py.Effective(yv))}";
}
