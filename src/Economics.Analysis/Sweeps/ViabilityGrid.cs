using System.Globalization;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Parameters;
using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Analysis.Sweeps;

/// <summary>
/// The probability of viability over a grid of one or two numeric fields: in every cell, Monte Carlo over the
/// scenario's <c>uncertainty[]</c> (and GBM price shocks) counts the paths viable 12 and 24 months after their subsidy
/// ends (<see cref="ViabilityAfterEmissions"/>, the same statistic as <c>econ montecarlo</c>'s).
/// </summary>
/// <remarks>
/// <para>Fixed costs are paid once per grid, not per cell: the uncertain inputs are resolved once, every cell is
/// validated once (and at both ends of every uncertain range), and one worker per thread keeps its workspace for
/// every path of every cell. A path computes only what the statistic reads: it runs until 24 months after its
/// operators' subsidy ends for good (<see cref="Simulation.RunPastSubsidyEnd"/>; 92 of the baseline's 132 months),
/// and keeps the viable flag, not the quantile sketches of a full Monte Carlo.</para>
/// <para>Path i of every cell draws from the stream seeded by (seed, i), so neighbouring cells see the same draws
/// (common random numbers: the surface is smooth in the swept fields and differences between cells are not noise).
/// Counts are integers added per (cell, block of paths) (<see cref="PathCounts"/>), so any thread count gives the same bits.</para>
/// </remarks>
public static class ViabilityGrid
{
    /// <summary>Most path runs (cells × paths) one grid may ask for: at ≈ 0.1 ms a path per core, about 1.5 hours on
    /// two cores.</summary>
    public const long MaxPathRuns = 100_000_000;

    /// <summary>Runs the grid.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="x">The x axis.</param>
    /// <param name="y">The y axis; null for one dimension.</param>
    /// <param name="options">Paths per cell, seed, threads.</param>
    /// <param name="progress">Receives the number of paths done so far, over all cells.</param>
    /// <param name="cancellationToken">Stops between blocks of paths.</param>
    /// <exception cref="ArgumentException">An unknown path, both axes on one field, an axis on a field
    /// <c>uncertainty[]</c> draws, or a cell (or a cell at an end of an uncertain range) that makes the scenario
    /// invalid; the message names the cell's values and the path.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="ParameterSweep.MaxCells"/> cells, more than
    /// <see cref="MaxPathRuns"/> path runs, or bad options.</exception>
    public static ViabilityGridResult Run(Scenario scenario, SweepAxis x, SweepAxis? y, MonteCarloOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        long cellCount = (long)x.Count * (y?.Count ?? 1);
        if (cellCount > ParameterSweep.MaxCells)
        {
            throw new ArgumentOutOfRangeException(nameof(x), cellCount, string.Create(CultureInfo.InvariantCulture, $"the grid has {cellCount:N0} cells ({x.Count} × {y?.Count ?? 1}); it must have 1 to {ParameterSweep.MaxCells:N0}"));
        }

        long runs = cellCount * options.Paths;
        if (runs > MaxPathRuns)
        {
            throw new ArgumentOutOfRangeException(nameof(options), runs, string.Create(CultureInfo.InvariantCulture, $"{cellCount:N0} cells × {options.Paths:N0} paths is {runs:N0} path runs; at most {MaxPathRuns:N0} (fewer cells or paths)"));
        }

        var samplers = UncertainInputSampler.ForScenario(scenario);
        var px = Resolve(scenario, x, samplers, nameof(x));
        var py = y is null ? null : Resolve(scenario, y, samplers, nameof(y));
        x.CheckDistinct(px, nameof(x));
        y?.CheckDistinct(py!, nameof(y));
        if (py is not null && py.Name == px.Name)
        {
            throw new ArgumentException($"x and y both vary {px.Name}; choose two different paths", nameof(y));
        }

        var cells = Cells(scenario, px, x.Values, py, y?.Values ?? [double.NaN], samplers);
        int cellsN = cells.Length;
        int months = cells.Max(c => c.HorizonMonths);
        bool shocks = scenario.Token.Price is GbmPrice;
        int k = MonthsAfter.Count;
        int lastAfter = MonthsAfter.Max();
        // Per cell: k evaluable counts, then k viable counts.
        var counts = PathCounts.Run(cellsN, months, 2 * k, options.Paths, options.Threads, (runner, cell, path, c) =>
        {
            var cellScenario = cells[cell];

            // Only the months up to the last one counted are run (the engine is causal: same bits).
            if (runner.RunPastSubsidyEnd(cellScenario, samplers, shocks, options.Seed, path, lastAfter).SubsidyEndMonth is not { } end)
            {
                return;
            }

            var ws = runner.Workspace;
            for (int i = 0; i < k; i++)
            {
                int month = end + MonthsAfter[i];
                if (month < cellScenario.HorizonMonths)
                {
                    c[i]++;
                    c[k + i] += ws.Viable[month] > 0 ? 1 : 0;
                }
            }
        }, progress, cancellationToken: cancellationToken);
        var evaluable = new long[cellsN * k];
        var viable = new long[cellsN * k];
        for (int cell = 0; cell < cellsN; cell++)
        {
            for (int i = 0; i < k; i++)
            {
                evaluable[(cell * k) + i] = counts[(cell * 2 * k) + i];
                viable[(cell * k) + i] = counts[(cell * 2 * k) + k + i];
            }
        }

        int ny = y?.Count ?? 1;
        var xs = x.Values;
        var ys = y?.Values ?? [double.NaN];
        return new ViabilityGridResult
        {
            Scenario = scenario.Name,
            X = x,
            Y = y,
            Paths = options.Paths,
            Seed = options.Seed,
            MonthsAfter = MonthsAfter,
            XValues = Enumerable.Range(0, cellsN).Select(c => px.Effective(xs[c / ny])).ToArray(),
            YValues = Enumerable.Range(0, cellsN).Select(c => py is null ? double.NaN : py.Effective(ys[c % ny])).ToArray(),
            EvaluablePaths = evaluable,
            ViablePaths = viable,
        };
    }

    /// <summary>Months after the subsidy ends at which viability is counted: 12 and 24 (as <c>econ montecarlo</c>).</summary>
    public static IReadOnlyList<int> MonthsAfter => MonteCarloResult.MonthsAfterSubsidyEnd;

    private static ScenarioParameter Resolve(Scenario scenario, SweepAxis axis, IReadOnlyList<UncertainInputSampler> samplers, string name)
    {
        if (!ScenarioParameter.TryResolve(scenario, axis.Path, out var parameter, out string error))
        {
            throw new ArgumentException($"sweep axis {axis}: {error}", name);
        }

        foreach (var sampler in samplers)
        {
            if (sampler.Parameter.Name == parameter!.Name)
            {
                throw new ArgumentException($"sweep axis {axis}: {sampler.Label} draws the same field in every path, which would overwrite the axis; sweep another field or remove the entry", name);
            }
        }

        return parameter!;
    }

    // Every cell, validated (range rules can exclude values between valid corners), and valid at both ends of every
    // uncertain range (cross-field rules can make a draw invalid in one cell and not another).
    private static Scenario[] Cells(Scenario scenario, ScenarioParameter px, IReadOnlyList<double> xs, ScenarioParameter? py, IReadOnlyList<double> ys, IReadOnlyList<UncertainInputSampler> samplers)
    {
        var cells = new Scenario[xs.Count * ys.Count];
        var problems = new List<string>();
        for (int i = 0; i < xs.Count && problems.Count < MaxProblems; i++)
        {
            for (int j = 0; j < ys.Count && problems.Count < MaxProblems; j++)
            {
                string at = py is null
                    ? $"cell {px.Name} = {ValueText.Show(px.Effective(xs[i]))}"
                    : $"cell {px.Name} = {ValueText.Show(px.Effective(xs[i]))}, {py.Name} = {ValueText.Show(py.Effective(ys[j]))}";
                var cell = px.With(scenario, xs[i]);
                if (py is not null)
                {
                    cell = py.With(cell, ys[j]);
                }

                var invalid = Model.Validation.ScenarioValidator.Validate(cell);
                if (invalid.Count > 0)
                {
                    problems.Add($"{at}: " + string.Join("; ", invalid.Select(p => $"{p.Path}: {p.Message}")));
                    continue;
                }

                foreach (var sampler in samplers)
                {
                    foreach (double end in (double[])[sampler.Low, sampler.High])
                    {
                        if (!sampler.Parameter.TryWith(cell, end, out _, out string error))
                        {
                            problems.Add($"{at}: {sampler.Label} draws reach {ValueText.Show(end)}, where {error}");
                        }
                    }
                }

                cells[(i * ys.Count) + j] = cell;
            }
        }

        return problems.Count == 0 ? cells : throw new ArgumentException(string.Join(Environment.NewLine, problems.Distinct(StringComparer.Ordinal)), nameof(scenario));
    }

    /// <summary>Invalid cells reported before giving up (the first ones, in grid order).</summary>
    private const int MaxProblems = 10;
}
