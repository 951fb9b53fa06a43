namespace Economics.Analysis.Peers;

/// <summary>
/// One month of one peer network, as <c>data/reference/peers/peers.csv</c> holds it: what the supply side was paid
/// (token rewards valued in USD, fees where known), how many nodes were paid, and where the figures come from.
/// </summary>
/// <remarks>
/// <para><b>Subsidy dependence</b> (<see cref="SubsidyDependence"/>) is the share of the supply side's income that is
/// token rewards, rewards / (rewards + fees): 1 means no fee income at all. <b>Fee coverage</b>, the share of
/// operators' costs fees pay, is a different question that needs costs; it is not computed here.</para>
/// <para>Unknown values are NaN (an empty cell in the CSV), never 0.</para>
/// </remarks>
public sealed record PeerMonth
{
    /// <summary>Network id, lower case (<c>livepeer</c>, <c>render</c>, <c>ionet</c>, <c>bittensor</c>, <c>helium</c>,
    /// <c>thegraph</c>, <c>pocket</c>, <c>filecoin</c>).</summary>
    public required string Network { get; init; }

    /// <summary>The calendar month (the first day of it).</summary>
    public required DateOnly Month { get; init; }

    /// <summary>Months since the first month of the network's series in the 1kx collection (0 = that month).</summary>
    public required int MonthsSinceLaunch { get; init; }

    /// <summary>Token rewards paid to the supply side in the month, valued at the month's average token price (USD per
    /// month). Range ≥ 0.</summary>
    public required double SupplyRewardsUsd { get; init; }

    /// <summary>The part of <see cref="SupplyRewardsUsd"/> the operators keep after their delegators' share (USD per
    /// month); NaN where the source does not publish it (all but Livepeer and The Graph).</summary>
    public required double OperatorRewardsUsd { get; init; }

    /// <summary>Fees users paid to the supply side (USD per month); NaN where unknown (all but Livepeer 2020-01 to
    /// 2023-04).</summary>
    public required double FeesUsd { get; init; }

    /// <summary>Nodes paid in the month (orchestrators, hotspots, indexers, workers, …; count); NaN where unknown.</summary>
    public required double Nodes { get; init; }

    /// <summary>Average token price in the month (USD per token); some early months hold the price 1kx assumed (see
    /// <see cref="Note"/>).</summary>
    public required double TokenPriceUsd { get; init; }

    /// <summary>Row-specific caveats (an assumed price, fees not in the source); empty when none.</summary>
    public required string Note { get; init; }

    /// <summary>The network's primary sources (URLs separated by "; ").</summary>
    public required string Source { get; init; }

    /// <summary>The file of the 1kx collection the figures were taken from (a commit-pinned GitHub URL).</summary>
    public required string Collection { get; init; }

    /// <summary>True when the month's fees are known.</summary>
    public bool HasFees => !double.IsNaN(FeesUsd);

    /// <summary>True when the month's node count is known.</summary>
    public bool HasNodes => !double.IsNaN(Nodes);

    /// <summary>USD income of the supply side: rewards plus fees, fees counted as 0 where unknown (USD per month).</summary>
    public double IncomeUsd => SupplyRewardsUsd + (HasFees ? FeesUsd : 0);

    /// <summary>rewards / (rewards + fees); NaN when fees are unknown or the income is 0.</summary>
    public double SubsidyDependence => HasFees && IncomeUsd > 0 ? SupplyRewardsUsd / IncomeUsd : double.NaN;

    /// <summary><see cref="IncomeUsd"/> per node (USD per node-month); NaN when the node count is unknown or 0.</summary>
    public double IncomePerNodeUsd => HasNodes && Nodes > 0 ? IncomeUsd / Nodes : double.NaN;
}
