using System.Globalization;
using System.Runtime.ExceptionServices;
using Economics.Analysis.BreakEven;
using Economics.Analysis.MonteCarlo;
using Economics.Model.Engine;
using Economics.Model.Results;
using Economics.Model.Scenarios;
using Economics.Model.Validation;
using MathNet.Numerics.RootFinding;

namespace Economics.Analysis.Stress;

/// <summary>
/// The reverse stress test (docs/MODEL.md "Reverse stress test"): for each shock axis (<see cref="StressAxes"/>) the
/// smallest shock that makes the network non-viable in the test month — subsidyEnd + <see cref="StressOptions.AfterMonths"/>
/// of the unshocked run — by the scenario's own viability rule; the same along the combined direction (every axis at
/// λ × its maximum); and, under Monte Carlo, P(viable in the test month) per shock size. The first failure is found on a
/// grid over the axis's range and refined by Brent's method (MathNet) on the continuous <see cref="ViabilityMargin"/>,
/// checked as <see cref="BreakEvenSolver"/> checks its roots: a margin that jumps over 0 is reported as a jump.
/// </summary>
public static class ReverseStressTest
{
    /// <summary><see cref="StressInputException.Field"/> of a bad <see cref="StressOptions.AfterMonths"/>.</summary>
    public const string AfterMonthsField = "afterMonths";

    /// <summary><see cref="StressInputException.Field"/> of a bad <see cref="StressOptions.ShockMonth"/>.</summary>
    public const string ShockMonthField = "shockMonth";

    /// <summary><see cref="StressInputException.Field"/> of a bad <see cref="StressOptions.GridPoints"/>.</summary>
    public const string GridPointsField = "gridPoints";

    /// <summary><see cref="StressInputException.Field"/> of a bad <see cref="StressOptions.Paths"/>.</summary>
    public const string PathsField = "paths";

    /// <summary><see cref="StressInputException.Field"/> of a bad <see cref="StressOptions.ProbabilitySteps"/>.</summary>
    public const string StepsField = "probabilitySteps";

    /// <summary><see cref="StressInputException.Field"/> of a bad <see cref="StressOptions.Threads"/>.</summary>
    public const string ThreadsField = "threads";

    /// <summary>Most grid points per axis.</summary>
    public const int MaxGridPoints = 1000;

    /// <summary>Most Monte Carlo shock sizes per axis.</summary>
    public const int MaxProbabilitySteps = 101;

    /// <summary>Brent's accuracy as a fraction of the refined bracket.</summary>
    public const double RelativeAccuracy = 1e-10;

    /// <summary>Most Brent iterations.</summary>
    public const int MaxIterations = 200;

    /// <summary>The test month of <paramref name="unshocked"/>: subsidyEnd + afterMonths, or the last month when the
    /// subsidy never ends.</summary>
    public static int TestMonth(SimulationResult unshocked, int afterMonths)
    {
        ArgumentNullException.ThrowIfNull(unshocked);
        return unshocked.Summary.SubsidyEndMonth is { } end ? end + afterMonths : unshocked.Months - 1;
    }

    /// <summary>Runs the test.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="options">Test month, shock month, grid and Monte Carlo settings.</param>
    /// <param name="progress">Receives the count of Monte Carlo shock sizes done.</param>
    /// <param name="cancellationToken">Stops the Monte Carlo part.</param>
    /// <exception cref="StressInputException">A bad option; <see cref="StressInputException.Field"/> names it.</exception>
    public static StressResult Run(Scenario scenario, StressOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        Check(scenario, options);
        var unshocked = Simulation.Run(scenario);
        int? subsidyEnd = unshocked.Summary.SubsidyEndMonth;
        int test = TestMonth(unshocked, options.AfterMonths);
        if (test > scenario.HorizonMonths - 1)
        {
            throw new StressInputException(AfterMonthsField, string.Create(CultureInfo.InvariantCulture,
                $"the test month, the subsidy's end (month {subsidyEnd}) + {options.AfterMonths} = month {test}, is beyond the horizon (last month {scenario.HorizonMonths - 1}); use at most {scenario.HorizonMonths - 1 - subsidyEnd}"));
        }

        int shockMonth = options.ShockMonth ?? subsidyEnd ?? 0;
        if (shockMonth > test)
        {
            // The model is causal: a shock that starts after the test month cannot move it, and every axis would read
            // "none in range", which looks like robustness.
            throw new StressInputException(ShockMonthField, string.Create(CultureInfo.InvariantCulture,
                $"shocks from month {shockMonth} start after the test month {test} ({TestMonthText(subsidyEnd, options.AfterMonths)}), so they cannot change it; give at most {test}"));
        }

        double margin0 = ViabilityMargin.Of(unshocked, test);
        bool viable0 = unshocked.Viable[test] > 0;
        var axes = StressAxes.All.Append(StressAxes.CombinedAxis).ToList();
        var thresholds = axes.Select(a => Threshold(scenario, a.Name, a.Label, a.Unit, a.Max, shockMonth, test, viable0, margin0, options.GridPoints)).ToList();
        var probabilities = options.Paths > 0
            ? Probabilities(scenario, axes, shockMonth, test, options, progress, cancellationToken)
            : [];
        return new StressResult
        {
            Scenario = scenario.Name,
            TestMonth = test,
            TestDate = unshocked.Date[test],
            SubsidyEndMonth = subsidyEnd,
            AfterMonths = options.AfterMonths,
            ShockMonth = shockMonth,
            ViableUnshocked = viable0,
            MarginUnshocked = margin0,
            Thresholds = thresholds,
            Probabilities = probabilities,
            Paths = options.Paths,
            Seed = options.Seed,
        };
    }

    /// <summary>The viability margin in month <paramref name="test"/> with shock <paramref name="size"/> on
    /// <paramref name="axis"/> from <paramref name="shockMonth"/>.</summary>
    public static double MarginAt(Scenario scenario, string axis, double size, int shockMonth, int test) =>
        ViabilityMargin.Of(Simulation.Run(StressAxes.Apply(scenario, axis, size, shockMonth)), test);

    /// <summary>Monte Carlo runs the test makes: one per shock size per axis, the unshocked size once.</summary>
    public static int ProbabilityRuns(StressOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Paths > 0 ? 1 + ((StressAxes.All.Count + 1) * (options.ProbabilitySteps - 1)) : 0;
    }

    private static StressThreshold Threshold(Scenario scenario, string axis, string label, string unit, double max, int shockMonth, int test,
        bool viable0, double margin0, int gridPoints)
    {
        int evaluations = 0;
        var evaluated = new List<(double X, double Margin)> { (0.0, margin0) };
        double Margin(double s)
        {
            evaluations++;
            double m = MarginAt(scenario, axis, s, shockMonth, test);
            evaluated.Add((s, m));
            return m;
        }

        var atMax = StressAxes.Apply(scenario, axis, max, shockMonth);
        var problems = ScenarioValidator.Validate(atMax);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"the {axis} shock at its maximum makes an invalid scenario: {string.Join("; ", problems)}");
        }

        double marginAtMax = Margin(max);
        if (!viable0)
        {
            return new(axis, label, unit, max, true, 0.0, margin0, marginAtMax, true, evaluations);
        }

        double lo = 0.0, hi = double.NaN, mLo = margin0, mHi = double.NaN;
        for (int i = 1; i < gridPoints; i++)
        {
            double s = i == gridPoints - 1 ? max : max * i / (gridPoints - 1);
            double m = s == max ? marginAtMax : Margin(s);
            if (m < 0)
            {
                hi = s;
                mHi = m;
                break;
            }

            lo = s;
            mLo = m;
        }

        if (double.IsNaN(hi))
        {
            return new(axis, label, unit, max, false, double.NaN, margin0, marginAtMax, true, evaluations);
        }

        bool converged = Brent.TryFindRoot(Margin, lo, hi, RelativeAccuracy * (hi - lo), MaxIterations, out double root);
        if (converged && Math.Abs(Margin(root)) <= BreakEvenSolver.Tolerance(0.0, mLo, mHi))
        {
            return new(axis, label, unit, max, true, root, margin0, marginAtMax, true, evaluations);
        }

        // The margin jumps over 0 (or Brent did not converge): the smallest evaluated failing shock in the bracket.
        double failing = evaluated.Where(p => p.X >= lo && p.X <= hi && p.Margin < 0).Min(p => p.X);
        return new(axis, label, unit, max, true, failing, margin0, marginAtMax, false, evaluations);
    }

    // P(viable in the test month) at every shock size, all sizes in one Monte Carlo (PathCounts): each path runs only
    // months 0 … test (the engine is causal: the same bits as a full run), and keeps only its viable flag. The
    // probability is the one econ montecarlo reports for that month, count for count.
    private static List<StressProbability> Probabilities(Scenario scenario, List<StressAxis> axes, int shockMonth,
        int test, StressOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var scenarios = new List<Scenario> { scenario };
        var sizes = new List<double[]>();
        foreach (var (name, _, _, max, _) in axes)
        {
            var axisSizes = new double[options.ProbabilitySteps];
            for (int j = 1; j < options.ProbabilitySteps; j++)
            {
                axisSizes[j] = j == options.ProbabilitySteps - 1 ? max : max * j / (options.ProbabilitySteps - 1);
                scenarios.Add(StressAxes.Apply(scenario, name, axisSizes[j], shockMonth));
            }

            sizes.Add(axisSizes);
        }

        var samplers = Samplers(scenarios, options.Threads, cancellationToken);
        var shocks = scenarios.Select(s => s.Token.Price is GbmPrice).ToArray();
        var viable = PathCounts.Run(scenarios.Count, scenarios.Max(s => s.HorizonMonths), 1, options.Paths, options.Threads,
            (runner, i, path, counts) =>
            {
                runner.RunFirstMonths(scenarios[i], samplers[i], shocks[i], options.Seed, path, test + 1);
                counts[0] += runner.Workspace.Viable[test] > 0 ? 1 : 0;
            },
            scenariosDone: progress, cancellationToken: cancellationToken);
        double paths = options.Paths;
        var curves = new List<StressProbability>();
        for (int a = 0; a < axes.Count; a++)
        {
            var probability = new List<double> { viable[0] / paths };
            for (int j = 1; j < options.ProbabilitySteps; j++)
            {
                probability.Add(viable[1 + (a * (options.ProbabilitySteps - 1)) + (j - 1)] / paths);
            }

            curves.Add(new(axes[a].Name, axes[a].Label, sizes[a], probability));
        }

        return curves;
    }

    // Each scenario's uncertain inputs, checked at the ends and corners of their ranges as econ montecarlo checks them
    // (≈ 10 ms for the baseline's 2^8 corners, a scenario), on all cores; a failure is the first scenario's in order.
    private static IReadOnlyList<UncertainInputSampler>[] Samplers(List<Scenario> scenarios, int? threads, CancellationToken cancellationToken)
    {
        var samplers = new IReadOnlyList<UncertainInputSampler>[scenarios.Count];
        var failures = new ArgumentException?[scenarios.Count];
        Parallel.For(0, scenarios.Count, new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            try
            {
                samplers[i] = UncertainInputSampler.ForScenario(scenarios[i]);
            }
            catch (ArgumentException e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(e => e is not null) is { } first)
        {
            ExceptionDispatchInfo.Throw(first);
        }

        return samplers;
    }

    // How the test month was found, for messages: "the subsidy's end, month 67, + 24".
    private static string TestMonthText(int? subsidyEnd, int afterMonths) => subsidyEnd is { } end
        ? string.Create(CultureInfo.InvariantCulture, $"the subsidy's end, month {end}, + {afterMonths}")
        : "the last month: the subsidy does not end within the horizon";

    private static void Check(Scenario scenario, StressOptions o)
    {
        if (o.AfterMonths < 0)
        {
            throw new StressInputException(AfterMonthsField, string.Create(CultureInfo.InvariantCulture, $"must be a number of months ≥ 0; got {o.AfterMonths}"));
        }

        if (o.ShockMonth is { } s && (s < 0 || s >= scenario.HorizonMonths))
        {
            throw new StressInputException(ShockMonthField, string.Create(CultureInfo.InvariantCulture, $"must be a month index between 0 and {scenario.HorizonMonths - 1} (the scenario's horizon); got {s}"));
        }

        if (o.GridPoints < 2 || o.GridPoints > MaxGridPoints)
        {
            throw new StressInputException(GridPointsField, string.Create(CultureInfo.InvariantCulture, $"must be between 2 and {MaxGridPoints}; got {o.GridPoints}"));
        }

        if (o.Paths < 0 || o.Paths > MonteCarloOptions.MaxPaths)
        {
            throw new StressInputException(PathsField, string.Create(CultureInfo.InvariantCulture, $"must be between 0 (no Monte Carlo) and {MonteCarloOptions.MaxPaths:N0}; got {o.Paths}"));
        }

        if (o.ProbabilitySteps < 2 || o.ProbabilitySteps > MaxProbabilitySteps)
        {
            throw new StressInputException(StepsField, string.Create(CultureInfo.InvariantCulture, $"must be between 2 and {MaxProbabilitySteps}; got {o.ProbabilitySteps}"));
        }

        if (MonteCarloOptions.ThreadsProblem(o.Threads) is { } threads)
        {
            throw new StressInputException(ThreadsField, threads);
        }

        if (o.Paths > 0)
        {
            new MonteCarloOptions { Paths = o.Paths, Seed = o.Seed, Threads = o.Threads }.Check();
            UncertainInputSampler.ForScenario(scenario);
        }
    }
}
