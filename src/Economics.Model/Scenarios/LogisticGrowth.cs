namespace Economics.Model.Scenarios;

/// <summary>Logistic growth toward a saturation level K:
/// <c>B(t) = K / (1 + (K/B(0) − 1)·e^(−r·t))</c>.</summary>
public sealed record LogisticGrowth : DemandGrowth
{
    /// <summary>Intrinsic growth rate r. Unit: per month. Range: 0 to 10.</summary>
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

        // Written as B(0) / (e + (B(0)/K)·(1 − e)), e = e^(−r·t): the same curve, but it never divides by zero
        // (the denominator is at least min(1, B(0)/K)) and gives exactly B(0) at t = 0 even when K/B(0)
        // underflows, where the textbook form K/(1 + (K/B(0) − 1)·e) would return K/0.
        double decay = Math.Exp(-MonthlyRate * month);
        double grown = 1.0 - decay;
        if (grown == 0.0)
        {
            return initialInferencesPerMonth;
        }

        return initialInferencesPerMonth / (decay + (initialInferencesPerMonth / SaturationInferencesPerMonth * grown));
    }
}
