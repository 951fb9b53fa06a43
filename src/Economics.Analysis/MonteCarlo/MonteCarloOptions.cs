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

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the bad option.</summary>
    public void Check()
    {
        if (Paths < 1 || Paths > MaxPaths)
        {
            throw new ArgumentOutOfRangeException(nameof(Paths), Paths, string.Create(CultureInfo.InvariantCulture, $"paths must be between 1 and {MaxPaths:N0} (memory is flat, but time grows with paths)"));
        }

        if (Threads is { } t && (t < 1 || t > MaxThreads))
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), t, string.Create(CultureInfo.InvariantCulture, $"threads must be between 1 and {MaxThreads}"));
        }

    }
}
