namespace Economics.Model.Scenarios;

/// <summary>A provider loses part of its capacity (availability falls to <c>1 − capacityLossFraction</c>).</summary>
public sealed record ProviderOutage : ScenarioEvent
{
    /// <summary>Provider name, as in <see cref="Cohort.Provider"/>.</summary>
    public required string Provider { get; init; }

    /// <summary>Share of the provider's capacity lost. Unit: fraction. Range: [0, 1].</summary>
    public required double CapacityLossFraction { get; init; }
}
