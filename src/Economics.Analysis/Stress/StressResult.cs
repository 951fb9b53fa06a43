namespace Economics.Analysis.Stress;

/// <summary>The reverse stress test of one scenario (<see cref="ReverseStressTest.Run"/>).</summary>
public sealed record StressResult
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The month viability is tested in (month index).</summary>
    public required int TestMonth { get; init; }

    /// <summary>Calendar month of <see cref="TestMonth"/>.</summary>
    public required DateOnly TestDate { get; init; }

    /// <summary>The unshocked run's subsidy end month (null: the subsidy never ends).</summary>
    public required int? SubsidyEndMonth { get; init; }

    /// <summary>Months after the subsidy end of <see cref="TestMonth"/>.</summary>
    public required int AfterMonths { get; init; }

    /// <summary>First month of the event shocks.</summary>
    public required int ShockMonth { get; init; }

    /// <summary>Whether the unshocked network is viable in the test month.</summary>
    public required bool ViableUnshocked { get; init; }

    /// <summary>The viability margin unshocked (≥ 0 exactly when viable).</summary>
    public required double MarginUnshocked { get; init; }

    /// <summary>One threshold per axis, then the combined direction.</summary>
    public required IReadOnlyList<StressThreshold> Thresholds { get; init; }

    /// <summary>Monte Carlo: P(viable) by shock size per axis, then the combined direction (empty when skipped).</summary>
    public required IReadOnlyList<StressProbability> Probabilities { get; init; }

    /// <summary>Monte Carlo paths per shock size (0: skipped).</summary>
    public required int Paths { get; init; }

    /// <summary>Monte Carlo seed.</summary>
    public required int Seed { get; init; }
}
