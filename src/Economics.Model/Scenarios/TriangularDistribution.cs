namespace Economics.Model.Scenarios;

/// <summary>Triangular distribution with lower ≤ mode ≤ upper, in the field's unit.</summary>
public sealed record TriangularDistribution : Distribution
{
    /// <summary>Lower end.</summary>
    public required double Lower { get; init; }

    /// <summary>Most likely value. Range: [lower, upper].</summary>
    public required double Mode { get; init; }

    /// <summary>Upper end. Range: &gt; lower.</summary>
    public required double Upper { get; init; }
}
