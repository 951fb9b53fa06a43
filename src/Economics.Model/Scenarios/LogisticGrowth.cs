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

        double k = SaturationInferencesPerMonth;
        return k / (1.0 + ((k / initialInferencesPerMonth) - 1.0) * Math.Exp(-MonthlyRate * month));
    }
}
