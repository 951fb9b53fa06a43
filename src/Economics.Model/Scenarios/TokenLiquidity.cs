namespace Economics.Model.Scenarios;

/// <summary>
/// The token's market as one constant-product pool (DESIGN rule 2). A month's net USD flow V (sells − buys) traded
/// into USD reserve y moves the price by (y/(y + V))² for a net sell and ((y + |V|)/y)² for a net buy; the impact
/// decays toward the fundamental (GBM) path with a half-life; each gross leg pays a swap fee. Applies to the
/// <c>gbm</c> price model; <c>constant</c> and <c>path</c> prices are given and ignore flows.
/// </summary>
public sealed record TokenLiquidity
{
    /// <summary>The pool's USD reserve y at month 0 (half of its TVL). Unit: USD. Range: &gt; 0.</summary>
    public required double UsdReserve { get; init; }

    /// <summary>How y follows the market: <c>constant</c> or <c>marketCap</c>.</summary>
    public required LiquidityScaling Scaling { get; init; }

    /// <summary>Fee each gross swap leg pays to the pool (user buys and every sell). Unit: fraction of the USD
    /// traded. Range: [0, 1).</summary>
    public required double SwapFeeFraction { get; init; }

    /// <summary>Months for half of a price impact to decay toward the fundamental path (arbitrage, new liquidity).
    /// Unit: months. Range: &gt; 0.</summary>
    public required double ImpactHalfLifeMonths { get; init; }

    /// <summary>The price never falls below this. Unit: USD/token. Range: ≥ 1e-12 (it keeps every ratio finite).</summary>
    public required double PriceFloorUsd { get; init; }
}
