namespace Economics.Model.Scenarios;

/// <summary>The network's token ($OPG): supply, price model and the pool that absorbs the net flow.</summary>
public sealed record TokenAssumptions
{
    /// <summary>Ticker, e.g. <c>OPG</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>Fixed token supply, pre-minted into <see cref="Pools"/> (nothing is minted later). Unit: tokens. Range: &gt; 0.</summary>
    public required double MaxSupply { get; init; }

    /// <summary>The allocation pools that vest out of the fixed supply; circulating supply is what they have paid out
    /// (less the treasury's share and tokens bought back).</summary>
    public required IReadOnlyList<TokenPool> Pools { get; init; }

    /// <summary>How the operators' share of pool payouts is split among nodes: <c>perNode</c> or <c>perServedRequest</c>.</summary>
    public required SubsidyBasis SubsidyBasis { get; init; }

    /// <summary>How the token price evolves: <c>constant</c>, <c>path</c> or <c>gbm</c>.</summary>
    public required PriceModel Price { get; init; }

    /// <summary>The constant-product pool the month's net token flow trades against (price impact, swap fee, decay,
    /// floor; GBM prices only).</summary>
    public required TokenLiquidity Liquidity { get; init; }

    /// <summary>Share of their token income (subsidy, and fees when paid in the token) operators sell each
    /// month. Unit: fraction. Range: [0, 1].</summary>
    public required double OperatorSellFraction { get; init; }
}
