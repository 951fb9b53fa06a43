namespace Economics.Model.Scenarios;

/// <summary>Users' premium for verified inference over the outside option: π ~ LogNormal(median, spread) minus a
/// friction (acquiring and holding OPG, switching); a share values verification at nothing.</summary>
/// <remarks>At all-in price p against outside price o, x = p/o − 1 and the accepting share is
/// S(x) = (1 − zeroValueShare)·P(π − friction ≥ x) = (1 − zeroValueShare)·(1 − Φ((ln(x + friction) − ln median)/spread))
/// for x + friction &gt; 0, and 1 − zeroValueShare otherwise (spread 0: a step at the median).</remarks>
public sealed record WillingnessToPay
{
    /// <summary>Median premium users accept. Unit: fraction of the outside price (0.2 = 20% more). Range: 10⁻⁶ to 100.</summary>
    public required double MedianPremium { get; init; }

    /// <summary>Lognormal σ of the premium across users. Unit: dimensionless. Range: 0 to 10.</summary>
    public required double Spread { get; init; }

    /// <summary>Share of base demand that values verification at nothing and never accepts a verified price.
    /// Unit: fraction. Range: 0 to 0.999999. Default 0.</summary>
    public double ZeroValueShare { get; init; }

    /// <summary>Cost of acquiring and holding OPG and of switching, as a fraction of the outside price, subtracted from
    /// every user's premium. Unit: fraction. Range: 0 to 100. Default 0.</summary>
    public double FrictionFraction { get; init; }
}
