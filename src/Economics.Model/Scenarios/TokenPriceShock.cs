namespace Economics.Model.Scenarios;

/// <summary>The token price is multiplied while the event lasts (on top of the price model).</summary>
public sealed record TokenPriceShock : ScenarioEvent
{
    /// <summary>Multiplier on the token price. Unit: dimensionless. Range: ≥ 0.</summary>
    public required double Multiplier { get; init; }
}
