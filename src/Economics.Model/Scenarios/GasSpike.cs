namespace Economics.Model.Scenarios;

/// <summary>Congestion: the L2 gas price is multiplied.</summary>
public sealed record GasSpike : ScenarioEvent
{
    /// <summary>Multiplier on the gas price. Unit: dimensionless. Range: ≥ 0.</summary>
    public required double Multiplier { get; init; }
}
