namespace Economics.Model.Scenarios;

/// <summary>The network's token ($OPG): supply, price model and the market that absorbs sell pressure.</summary>
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

    /// <summary>USD of net selling that moves the price by a factor e⁻¹ in a month (GBM only).
    /// Unit: USD. Range: &gt; 0.</summary>
    public required double MarketDepthUsd { get; init; }

    /// <summary>Share of their token income (subsidy, and fees when paid in the token) operators sell each
    /// month. Unit: fraction. Range: [0, 1].</summary>
    public required double OperatorSellFraction { get; init; }
}
