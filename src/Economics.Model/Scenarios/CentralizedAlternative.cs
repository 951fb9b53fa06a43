namespace Economics.Model.Scenarios;

/// <summary>The centralized API users can switch to, and how much extra they pay for verifiability.</summary>
public sealed record CentralizedAlternative
{
    /// <summary>Price of a comparable centralized API call. Unit: USD/inference. Range: 10⁻⁹ to 10¹⁵.</summary>
    public required double UsdPerInference { get; init; }

    /// <summary>Extra fraction users pay for verifiable (TEE) inference before they switch away.
    /// Unit: fraction (0.5 = 50% more). Range: ≥ 0.</summary>
    public required double VerifiabilityPremium { get; init; }
}
