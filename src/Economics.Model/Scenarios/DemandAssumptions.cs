namespace Economics.Model.Scenarios;

/// <summary>Demand for inferences: base growth and the users' response to price.</summary>
/// <remarks>Demand served is <c>D(t) = B(t)·min(1, (p(t−1)/ref)^(−elasticity))</c>, where
/// <c>ref = centralized·(1 + verifiabilityPremium)</c>: users pay up to the centralized price plus the premium
/// before they start switching away.</remarks>
public sealed record DemandAssumptions
{
    /// <summary>Base demand in month 0. Unit: inferences/month. Range: ≥ 0.</summary>
    public required double InitialInferencesPerMonth { get; init; }

    /// <summary>How base demand grows: <c>compound</c>, <c>logistic</c> or <c>table</c>.</summary>
    public required DemandGrowth Growth { get; init; }

    /// <summary>Price elasticity of demand above the reference price. Unit: dimensionless. Range: ≥ 0.</summary>
    public required double PriceElasticity { get; init; }
}
