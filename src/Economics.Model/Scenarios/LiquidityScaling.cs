namespace Economics.Model.Scenarios;

/// <summary>How the constant-product pool's USD reserve follows the market.</summary>
public enum LiquidityScaling
{
    /// <summary>The USD reserve stays at <c>usdReserve</c>.</summary>
    Constant,

    /// <summary>The USD reserve is a fixed share of the market cap: <c>usdReserve</c> × (P·circulating) / (P₀·circulating₀),
    /// with P₀ and circulating₀ those of month 0 (liquidity providers keep a constant share of the token's value in the
    /// pool).</summary>
    MarketCap,
}
