using System.Globalization;
using Economics.Model.Scenarios;
using Economics.Model.Validation;

namespace Economics.Analysis.MonteCarlo;

/// <summary>How a Monte Carlo run is done. The results depend on <see cref="Paths"/> and <see cref="Seed"/> (and the
/// scenario, whose <c>viability</c> says when a month is viable) — never on <see cref="Threads"/>.</summary>
public sealed record MonteCarloOptions
{
    /// <summary>Most paths a run may ask for (memory does not grow with paths; time does).</summary>
    public const int MaxPaths = ScenarioValidator.MaxPaths;

    /// <summary>Most worker threads.</summary>
    public const int MaxThreads = 1024;

    /// <summary>Number of paths. Range: 1–10,000,000.</summary>
    public required int Paths { get; init; }

    /// <summary>Seed of the random streams (any integer). Path i draws from a stream seeded by (seed, i).</summary>
    public required int Seed { get; init; }

    /// <summary>Worker threads; null uses every core. Range: 1–1024. Does not change results.</summary>
    public int? Threads { get; init; }

    /// <summary>The options a scenario asks for (<c>monteCarlo.paths</c>, <c>monteCarlo.seed</c>).</summary>
    public static MonteCarloOptions From(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new MonteCarloOptions { Paths = scenario.MonteCarlo.Paths, Seed = scenario.MonteCarlo.Seed };
    }

    /// <summary>What is wrong with a number of paths, or null when it is in range (1 … <see cref="MaxPaths"/>): "must
    /// be between 1 and 10,000,000 (memory is flat, but time grows with paths); got 0".</summary>
    public static string? PathsProblem(int paths) => paths < 1 || paths > MaxPaths
        ? string.Create(CultureInfo.InvariantCulture, $"must be between 1 and {MaxPaths:N0} (memory is flat, but time grows with paths); got {paths}")
        : null;

    /// <summary>What is wrong with a thread count, or null when it is in range (null = every core, or 1 …
    /// <see cref="MaxThreads"/>): "must be between 1 and 1024; got 0". Every analysis with a thread count checks it so.</summary>
    public static string? ThreadsProblem(int? threads) => threads is { } t && (t < 1 || t > MaxThreads)
        ? string.Create(CultureInfo.InvariantCulture, $"must be between 1 and {MaxThreads}; got {t}")
        : null;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for <see cref="ThreadsProblem"/>, its message
    /// naming "threads".</summary>
    /// <param name="threads">The thread count.</param>
    /// <param name="paramName">The parameter it came from.</param>
    public static void CheckThreads(int? threads, string paramName)
    {
        if (ThreadsProblem(threads) is { } problem)
        {
            throw new ArgumentOutOfRangeException(paramName, threads, "threads " + problem);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the bad option ("paths must be …; got 0").</summary>
    public void Check()
    {
        if (PathsProblem(Paths) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(Paths), Paths, "paths " + problem);
        }

        CheckThreads(Threads, nameof(Threads));
    }
}
