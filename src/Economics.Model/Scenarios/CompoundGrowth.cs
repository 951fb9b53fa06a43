namespace Economics.Model.Scenarios;

/// <summary>Compound growth: <c>B(t) = B(0)·(1 + r)^t</c>.</summary>
public sealed record CompoundGrowth : DemandGrowth
{
    /// <summary>Growth per month. Unit: fraction/month (0.05 = +5%/month). Range: &gt; −1 and ≤ 10, and base demand must stay ≤ 10¹⁵ inferences/month over the horizon.</summary>
    public required double MonthlyRate { get; init; }

    /// <inheritdoc />
    public override double BaseDemand(double initialInferencesPerMonth, int month) =>
        initialInferencesPerMonth * Math.Pow(1.0 + MonthlyRate, month);
}
