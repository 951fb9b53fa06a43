namespace Economics.Model.Scenarios;

/// <summary>The network's token ($OPG): supply, price model and the market that absorbs sell pressure.</summary>
public sealed record TokenAssumptions
{
    /// <summary>Ticker, e.g. <c>OPG</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>Maximum token supply. Unit: tokens. Cumulative emissions never exceed
    /// <c>maxSupply − initialCirculating − Σ unlocks[].tokens</c> (the locked tranches are part of the supply
    /// too), so circulating supply never exceeds <c>maxSupply</c>.</summary>
    public required double MaxSupply { get; init; }

    /// <summary>Circulating supply at month 0. Unit: tokens. Range: 0 ≤ value ≤ maxSupply.</summary>
    public required double InitialCirculating { get; init; }

    /// <summary>How the token price evolves: <c>constant</c>, <c>path</c> or <c>gbm</c>.</summary>
    public required PriceModel Price { get; init; }

    /// <summary>USD of net selling that moves the price by a factor e⁻¹ in a month (GBM only).
    /// Unit: USD. Range: &gt; 0.</summary>
    public required double MarketDepthUsd { get; init; }

    /// <summary>Share of their token income (emissions, and fees when paid in the token) operators sell each
    /// month. Unit: fraction. Range: [0, 1].</summary>
    public required double OperatorSellFraction { get; init; }
}
