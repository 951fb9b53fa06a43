namespace Economics.Model.Scenarios;

/// <summary>Bitcoin-style halvings: <c>E(t) = initial·2^(−⌊t/every⌋)</c>.</summary>
public sealed record HalvingEmission : EmissionSchedule
{
    /// <summary>Emission of month 0. Unit: tokens/month. Range: ≥ 0.</summary>
    public required double InitialTokensPerMonth { get; init; }

    /// <summary>Months between halvings. Unit: months. Range: ≥ 1.</summary>
    public required int HalvingEveryMonths { get; init; }

    /// <inheritdoc />
    public override double TokensInMonth(int month) =>
        InitialTokensPerMonth * Math.Pow(2.0, -(month / HalvingEveryMonths));
}
