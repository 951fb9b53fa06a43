namespace Economics.Model.Scenarios;

/// <summary>Uniform distribution on [lower, upper], in the field's unit.</summary>
public sealed record UniformDistribution : Distribution
{
    /// <summary>Lower end. Range: ≤ upper.</summary>
    public required double Lower { get; init; }

    /// <summary>Upper end. Range: ≥ lower.</summary>
    public required double Upper { get; init; }
}
