namespace Economics.Model.Scenarios;

/// <summary>A market's base demand and the speed at which the accepted share moves toward its target.</summary>
/// <remarks>D(t) = B(t)·s(t), s(t) = s(t − 1) + adjustmentPerMonth·(S(t) − s(t − 1)), s(−1) = S(0), where S is the
/// share of users who accept the all-in price (<see cref="WillingnessToPay"/>).</remarks>
public sealed record MarketDemand
{
    /// <summary>Base demand in month 0: requests of users who would use verified inference at the outside price.
    /// Unit: requests/month. Range: ≥ 0.</summary>
    public required double InitialInferencesPerMonth { get; init; }

    /// <summary>How base demand grows: <c>compound</c>, <c>logistic</c> or <c>table</c>.</summary>
    public required DemandGrowth Growth { get; init; }

    /// <summary>Share of the gap between the target and the current accepted share closed each month.
    /// Unit: fraction/month. Range: 0.000001 to 1 (1: no lag).</summary>
    public required double AdjustmentPerMonth { get; init; }
}
