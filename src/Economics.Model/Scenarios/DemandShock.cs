namespace Economics.Model.Scenarios;

/// <summary>Base demand of every market is multiplied while the event lasts.</summary>
public sealed record DemandShock : ScenarioEvent
{
    /// <summary>Multiplier on base demand. Unit: dimensionless. Range: ≥ 0.</summary>
    public required double Multiplier { get; init; }
}
