namespace Economics.Analysis.Builder;

/// <summary>
/// What one call verified through OpenGradient costs a builder, part by part, against calling the provider directly
/// (docs/MODEL.md "Builder"). Every part is USD per call; <see cref="Total"/> is their sum.
/// </summary>
/// <param name="RequestsPerMonth">The builder's volume. Unit: calls/month.</param>
/// <param name="Fee">The market's fee f_m (pass-through: list cost of a served request × (1 + markup)). Unit: USD/call.</param>
/// <param name="PaymentRails">x402 payment rails the user bears (settle gas, facilitator fee, Permit2 approval; rule 5's userRails). Unit: USD/call.</param>
/// <param name="Settlement">Settlement the user bears (OG gas + Walrus by tier; rule 5's userSettle). Unit: USD/call.</param>
/// <param name="SwapFee">The swap fee on the fee's OPG (rule 6's conversion, (Conversion.Factor − 1)·f). Unit: USD/call.</param>
/// <param name="MevTax">MEV tax (onchainMl markets only). Unit: USD/call.</param>
/// <param name="Slippage">Price impact of the builder's own monthly OPG purchase against the constant-product pool. Unit: USD/call.</param>
/// <param name="SwapGas">Base gas of the builder's monthly swap, spread over its calls. Unit: USD/call.</param>
/// <param name="Direct">The provider's own price of the same call (rule 3's outside price O_m). Unit: USD/call.</param>
/// <param name="RailsBorneByOthers">Rails the protocol and operators bear for the call (not in the builder's price). Unit: USD/call.</param>
/// <param name="PurchaseUsd">The builder's monthly OPG purchase V. Unit: USD/month.</param>
/// <param name="PoolReserveUsd">The pool's USD reserve y of the month. Unit: USD.</param>
public sealed record BuilderCost(
    double RequestsPerMonth,
    double Fee,
    double PaymentRails,
    double Settlement,
    double SwapFee,
    double MevTax,
    double Slippage,
    double SwapGas,
    double Direct,
    double RailsBorneByOthers,
    double PurchaseUsd,
    double PoolReserveUsd)
{
    /// <summary>Calls in the unit the tables and charts use.</summary>
    public const double CallsPerUnit = 1000;

    /// <summary>The engine's all-in price p_m: fee + user rails + settlement + swap fee + MEV tax. Unit: USD/call.</summary>
    public double EnginePrice => Fee + PaymentRails + Settlement + SwapFee + MevTax;

    /// <summary>The cost of acquiring OPG: swap fee + slippage + swap gas. Unit: USD/call.</summary>
    public double Acquisition => SwapFee + Slippage + SwapGas;

    /// <summary>What the builder pays per call: the engine's all-in price + slippage + swap gas. Unit: USD/call.</summary>
    public double Total => EnginePrice + Slippage + SwapGas;

    /// <summary>What the call would cost with every rail charged to the builder (<see cref="Total"/> + <see cref="RailsBorneByOthers"/>). Unit: USD/call.</summary>
    public double Unsubsidized => Total + RailsBorneByOthers;

    /// <summary>Premium over calling the provider directly: <see cref="Total"/> − <see cref="Direct"/>. It is also the break-even
    /// value of verification: the least a builder must value verification per call to prefer it. Unit: USD/call.</summary>
    public double Premium => Total - Direct;

    /// <summary><see cref="Premium"/> / <see cref="Direct"/>; NaN (not applicable) when the direct price is ≤ 0. Unit: fraction.</summary>
    public double PremiumFraction => Direct > 0 ? Premium / Direct : double.NaN;

    /// <summary>Premium with every rail charged to the builder. Unit: USD/call.</summary>
    public double UnsubsidizedPremium => Unsubsidized - Direct;

    /// <summary><see cref="UnsubsidizedPremium"/> / <see cref="Direct"/>; NaN when the direct price is ≤ 0. Unit: fraction.</summary>
    public double UnsubsidizedPremiumFraction => Direct > 0 ? UnsubsidizedPremium / Direct : double.NaN;

    /// <summary>A per-call value per <see cref="CallsPerUnit"/> calls. Unit: USD per 1,000 calls.</summary>
    public static double Per1000(double perCall) => perCall * CallsPerUnit;
}
