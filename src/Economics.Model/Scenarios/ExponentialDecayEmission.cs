namespace Economics.Model.Scenarios;

/// <summary>
/// A pool released with a half-life: cumulative emission after t months is <c>pool·(1 − 2^(−t/h))</c>, so
/// <c>E(t) = pool·(2^(−t/h) − 2^(−(t+1)/h))</c>. Half the pool is out after h months.
/// </summary>
public sealed record ExponentialDecayEmission : EmissionSchedule
{
    /// <summary>Total tokens the schedule would ever release. Unit: tokens. Range: ≥ 0.</summary>
    public required double Pool { get; init; }

    /// <summary>Months for half the remaining pool to be released. Unit: months. Range: &gt; 0.</summary>
    public required double HalfLifeMonths { get; init; }

    /// <inheritdoc />
    public override double TokensInMonth(int month) =>
        Pool * (Math.Pow(2.0, -month / HalfLifeMonths) - Math.Pow(2.0, -(month + 1) / HalfLifeMonths));
}
