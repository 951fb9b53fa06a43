namespace Economics.Model.Engine;

/// <summary>
/// Numerical ceilings that keep every series finite for any valid scenario (including Monte Carlo draws at the
/// edge of their ranges over a 1,200-month horizon). They are far beyond any plausible value, so they never bind
/// in a meaningful scenario; they only stop arithmetic overflow to ±∞.
/// </summary>
internal static class NumericalLimits
{
    /// <summary>Ceiling on base demand. Unit: inferences/month. About twelve orders of magnitude above today's
    /// global AI API traffic; compound growth at a valid rate over a long horizon can otherwise overflow.</summary>
    internal const double MaxInferencesPerMonth = 1e24;

    /// <summary>Ceiling on the GBM token price. Unit: USD/token. Extreme drift and volatility draws can
    /// otherwise overflow the price to +∞ (and then 0·∞ = NaN).</summary>
    internal const double MaxGbmPriceUsd = 1e12;

    /// <summary>Floor of a meaningful token price. Unit: USD/token. A GBM price that falls below it becomes 0 (the
    /// token is worthless) and buybacks at a lower price buy nothing: dividing USD by a vanishing price would
    /// otherwise mint ∞ tokens.</summary>
    internal const double MinTokenPriceUsd = 1e-12;

    /// <summary>Smallest USD reserve of the constant-product pool. Unit: USD. A market cap that collapses toward 0
    /// under <c>marketCap</c> scaling would otherwise divide the net flow by 0.</summary>
    internal const double MinPoolReserveUsd = 1e-9;

    /// <summary>Fewest nodes a cohort can have without having none. Unit: nodes. Smaller expected counts become 0, so
    /// node counts never pass through subnormal values (whose reciprocals overflow).</summary>
    internal const double MinNodes = 1e-9;

    /// <summary>The smallest normal double (2^−1022 ≈ 2.2e−308). Unit: dimensionless. A probability below it has lost
    /// precision (subnormal) or underflowed to 0, so a ratio of two such tails is computed asymptotically instead.</summary>
    internal const double SmallestNormal = 2.2250738585072014E-308;
}
