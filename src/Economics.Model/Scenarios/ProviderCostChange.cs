namespace Economics.Model.Scenarios;

/// <summary>A provider changes its prices: fixed node costs (GPU and overhead) are multiplied.</summary>
public sealed record ProviderCostChange : ScenarioEvent
{
    /// <summary>Provider name, as in <see cref="Cohort.Provider"/>.</summary>
    public required string Provider { get; init; }

    /// <summary>Multiplier on the provider's fixed node costs. Unit: dimensionless. Range: ≥ 0.</summary>
    public required double Multiplier { get; init; }
}
