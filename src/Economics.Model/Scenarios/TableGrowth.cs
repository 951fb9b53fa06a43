namespace Economics.Model.Scenarios;

/// <summary>Base demand given month by month (the last value holds); <c>initialInferencesPerMonth</c> is ignored.</summary>
public sealed record TableGrowth : DemandGrowth
{
    /// <summary>Base demand of month 0, 1, …; the last value holds. Unit: inferences/month. At least one, each ≥ 0.</summary>
    public required IReadOnlyList<double> InferencesPerMonth { get; init; }

    /// <inheritdoc />
    public override double BaseDemand(double initialInferencesPerMonth, int month) =>
        InferencesPerMonth.Count == 0 ? 0.0 : InferencesPerMonth[Math.Min(month, InferencesPerMonth.Count - 1)];
}
