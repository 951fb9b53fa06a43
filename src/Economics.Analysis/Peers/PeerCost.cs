namespace Economics.Analysis.Peers;

/// <summary>
/// The median monthly own cost of running one node of a peer network (<c>data/reference/peers/supply.csv</c>), the
/// fixed scale of the supply curve (<see cref="SupplyCurveParameters.MedianCostUsd"/>): only income relative to cost is
/// identified by node counts, so the cost is taken from a source or stated as an estimate with a range.
/// </summary>
public sealed record PeerCost
{
    /// <summary>Network id, as in <see cref="PeerMonth.Network"/>.</summary>
    public required string Network { get; init; }

    /// <summary>Median own cost of one node (USD per node-month). Range &gt; 0.</summary>
    public required double MedianUsdPerNodeMonth { get; init; }

    /// <summary>Low end of the plausible range (USD per node-month).</summary>
    public required double LowUsdPerNodeMonth { get; init; }

    /// <summary>High end of the plausible range (USD per node-month).</summary>
    public required double HighUsdPerNodeMonth { get; init; }

    /// <summary>A protocol cap on the nodes paid (count), +∞ where there is none (all but Livepeer's 100-orchestrator
    /// active set); used as <see cref="SupplyCurveParameters.MaxNodes"/>.</summary>
    public required double MaxNodes { get; init; }

    /// <summary>A URL, or <c>estimate</c>.</summary>
    public required string Source { get; init; }

    /// <summary>What the cost covers and, for an estimate, the reasoning.</summary>
    public required string Note { get; init; }

    /// <summary>True when the figure is an estimate rather than a sourced number.</summary>
    public bool IsEstimate => Source == "estimate";
}
