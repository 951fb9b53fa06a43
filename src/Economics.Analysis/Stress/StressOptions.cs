namespace Economics.Analysis.Stress;

/// <summary>How the reverse stress test judges and shocks the network.</summary>
public sealed record StressOptions
{
    /// <summary>Default months after the subsidy ends at which viability is tested (the later of Monte Carlo's two).
    /// Unit: months.</summary>
    public const int DefaultAfterMonths = 24;

    /// <summary>Default grid points on each axis's range scanned for the first failure before it is refined.</summary>
    public const int DefaultGridPoints = 21;

    /// <summary>Default shock sizes of the Monte Carlo curve per axis (0, 0.2, …, 1 of the axis's range).</summary>
    public const int DefaultProbabilitySteps = 6;

    /// <summary>Viability is tested in month subsidyEnd + AfterMonths of the unshocked run (its last month when the
    /// subsidy never ends). Unit: months. Range: ≥ 0, within the horizon.</summary>
    public int AfterMonths { get; init; } = DefaultAfterMonths;

    /// <summary>First month of the event shocks (they last to the end of the horizon); null: the unshocked run's
    /// subsidy end month (month 0 when the subsidy never ends). Unit: month index.</summary>
    public int? ShockMonth { get; init; }

    /// <summary>Grid points per axis (the ends included). Range: 2–1,000.</summary>
    public int GridPoints { get; init; } = DefaultGridPoints;

    /// <summary>Monte Carlo paths per shock size; 0 skips the Monte Carlo part. Range: 0–10,000,000.</summary>
    public int Paths { get; init; }

    /// <summary>Seed of the Monte Carlo streams (the same at every shock size: common random numbers).</summary>
    public int Seed { get; init; }

    /// <summary>Shock sizes per axis of the Monte Carlo curve, evenly from 0 to the axis's maximum. Range: 2–101.</summary>
    public int ProbabilitySteps { get; init; } = DefaultProbabilitySteps;

    /// <summary>Worker threads of the Monte Carlo part; null uses every core. Does not change results.</summary>
    public int? Threads { get; init; }
}
