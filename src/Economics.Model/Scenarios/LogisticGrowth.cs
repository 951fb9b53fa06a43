namespace Economics.Model.Scenarios;

/// <summary>Logistic growth toward a saturation level K:
/// <c>B(t) = K / (1 + (K/B(0) − 1)·e^(−r·t))</c>.</summary>
public sealed record LogisticGrowth : DemandGrowth
{
    /// <summary>Intrinsic growth rate r. Unit: per month. Range: ≥ 0.</summary>
    public required double MonthlyRate { get; init; }

    /// <summary>Saturation demand K. Unit: inferences/month. Range: &gt; 0.</summary>
    public required double SaturationInferencesPerMonth { get; init; }

    /// <inheritdoc />
    public override double BaseDemand(double initialInferencesPerMonth, int month)
    {
        if (initialInferencesPerMonth <= 0)
        {
            return 0.0;
        }

        // Written as K·(B0/(B0 + (K − B0)·e^(−rt))), the same value: the textbook form overflows K/B0 for a tiny
        // B0 and then multiplies ∞ by an underflowed e^(−rt) = 0 (NaN). Here the denominator is ≥ min(B0, K) > 0.
        double k = SaturationInferencesPerMonth;
        double b0 = initialInferencesPerMonth;
        return k * (b0 / (b0 + ((k - b0) * Math.Exp(-MonthlyRate * month))));
    }
}
