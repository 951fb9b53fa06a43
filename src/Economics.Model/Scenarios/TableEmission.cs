namespace Economics.Model.Scenarios;

/// <summary>Emission given month by month; zero after the table ends.</summary>
public sealed record TableEmission : EmissionSchedule
{
    /// <summary>Emission of month 0, 1, …; months past the end emit nothing. Unit: tokens/month. Each ≥ 0.</summary>
    public required IReadOnlyList<double> TokensPerMonth { get; init; }

    /// <inheritdoc />
    public override double TokensInMonth(int month) => month < TokensPerMonth.Count ? TokensPerMonth[month] : 0.0;
}
