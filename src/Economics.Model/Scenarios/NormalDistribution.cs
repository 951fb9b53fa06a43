namespace Economics.Model.Scenarios;

/// <summary>Normal distribution N(mean, stdDev²), in the field's unit.</summary>
public sealed record NormalDistribution : Distribution
{
    /// <summary>Mean, in the field's unit.</summary>
    public required double Mean { get; init; }

    /// <summary>Standard deviation, in the field's unit. Range: ≥ 0.</summary>
    public required double StdDev { get; init; }
}
