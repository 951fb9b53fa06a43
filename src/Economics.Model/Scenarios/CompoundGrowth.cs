namespace Economics.Model.Scenarios;

/// <summary>Compound growth: <c>B(t) = B(0)·(1 + r)^t</c>.</summary>
public sealed record CompoundGrowth : DemandGrowth
{
    /// <summary>Growth per month. Unit: fraction/month (0.05 = +5%/month). Range: &gt; −1 and ≤ 10, and base demand must stay ≤ 10¹⁵ inferences/month over the horizon.</summary>
    public required double MonthlyRate { get; init; }

    /// <inheritdoc />
    /// <remarks>Zero initial demand stays zero (even where <c>(1 + r)^t</c> overflows); the value may be +∞ for
    /// a high rate over a long horizon, which the engine caps.</remarks>
    public override double BaseDemand(double initialInferencesPerMonth, int month) =>
        initialInferencesPerMonth > 0 ? initialInferencesPerMonth * Math.Pow(1.0 + MonthlyRate, month) : 0.0;
}
