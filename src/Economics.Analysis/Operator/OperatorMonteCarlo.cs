namespace Economics.Analysis.Operator;

/// <summary>The operator's answers over Monte Carlo paths (docs/MODEL.md "Operator"): each path is the scenario with its
/// own draws of <c>uncertainty[]</c> (and GBM shocks), the operator's inputs fixed.</summary>
public sealed record OperatorMonteCarlo
{
    /// <summary>Paths run.</summary>
    public required int Paths { get; init; }

    /// <summary>Seed of the streams.</summary>
    public required int Seed { get; init; }

    /// <summary>N of the payback test. Unit: months.</summary>
    public required int PaybackWithinMonths { get; init; }

    /// <summary>Share of paths that pay back within N months of entry. Unit: fraction.</summary>
    public required double PaybackProbability { get; init; }

    /// <summary>Share of paths with NPV ≥ 0. Unit: fraction.</summary>
    public required double NpvNonNegativeProbability { get; init; }

    /// <summary>Mean NPV over paths. Unit: USD.</summary>
    public required double NpvMeanUsd { get; init; }

    /// <summary>5th percentile of NPV (linear interpolation between order statistics, h = (paths − 1)·q). Unit: USD.</summary>
    public required double NpvP5Usd { get; init; }

    /// <summary>Median NPV. Unit: USD.</summary>
    public required double NpvP50Usd { get; init; }

    /// <summary>95th percentile of NPV. Unit: USD.</summary>
    public required double NpvP95Usd { get; init; }

    /// <summary>Every path's NPV, ascending (for the histogram). Unit: USD.</summary>
    public required IReadOnlyList<double> NpvUsd { get; init; }

    /// <summary>Every path's payback in months, in path order; NaN where the path never pays back within the horizon.</summary>
    public required IReadOnlyList<double> PaybackMonths { get; init; }
}
