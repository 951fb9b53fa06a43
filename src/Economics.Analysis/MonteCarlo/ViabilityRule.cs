using Economics.Model.Results;

namespace Economics.Analysis.MonteCarlo;

/// <summary>
/// When Monte Carlo counts the network as viable in a month: total nodes are at least
/// <see cref="MinNodeShareOfPeak"/> of their peak so far (the complement of the viability cliff of
/// <c>summary.json</c>) and at least <see cref="MinServedShare"/> of demand is served (a month with no demand
/// counts as served).
/// </summary>
public sealed record ViabilityRule
{
    /// <summary>The default: half of peak nodes (as the viability cliff) and 99% of demand served.</summary>
    public static ViabilityRule Default { get; } = new();

    /// <summary>Nodes must be at least this share of their peak so far. Unit: fraction. Range: 0–1. Default 0.5.</summary>
    public double MinNodeShareOfPeak { get; init; } = SimulationSummary.ViabilityNodeFraction;

    /// <summary>Served inferences must be at least this share of demand. Unit: fraction. Range: 0–1. Default 0.99.</summary>
    public double MinServedShare { get; init; } = 0.99;

    /// <summary>Whether a month with these values is viable.</summary>
    /// <param name="nodes">Total nodes this month.</param>
    /// <param name="peakNodes">Highest total nodes up to and including this month.</param>
    /// <param name="served">Inferences served this month.</param>
    /// <param name="demand">Demand this month.</param>
    public bool IsViable(double nodes, double peakNodes, double served, double demand) =>
        nodes >= MinNodeShareOfPeak * peakNodes && (demand <= 0 || served >= MinServedShare * demand);

    /// <summary>Throws when a share is outside 0–1 or not a number.</summary>
    internal void Check()
    {
        if (!(MinNodeShareOfPeak >= 0 && MinNodeShareOfPeak <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinNodeShareOfPeak), MinNodeShareOfPeak, "must be a fraction between 0 and 1");
        }

        if (!(MinServedShare >= 0 && MinServedShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinServedShare), MinServedShare, "must be a fraction between 0 and 1");
        }
    }
}
