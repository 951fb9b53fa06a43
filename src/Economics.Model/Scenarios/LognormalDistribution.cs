namespace Economics.Model.Scenarios;

/// <summary>Lognormal distribution: ln(value) ~ N(mu, sigma²).</summary>
public sealed record LognormalDistribution : Distribution
{
    /// <summary>Mean of ln(value). Unit: log of the field's unit.</summary>
    public required double Mu { get; init; }

    /// <summary>Standard deviation of ln(value). Range: ≥ 0.</summary>
    public required double Sigma { get; init; }
}
