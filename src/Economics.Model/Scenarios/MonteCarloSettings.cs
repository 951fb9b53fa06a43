namespace Economics.Model.Scenarios;

/// <summary>Monte Carlo settings.</summary>
public sealed record MonteCarloSettings
{
    /// <summary>Number of simulated paths. Unit: paths. Range: 1–10,000,000.</summary>
    public required int Paths { get; init; }

    /// <summary>Seed of the random streams; the same seed gives bit-identical results. Range: any integer ≥ 0.</summary>
    public required int Seed { get; init; }
}
