namespace Economics.Model.Scenarios;

/// <summary>A straight-line taper to zero: <c>E(t) = start·max(0, (end − t)/end)</c>.</summary>
/// <remarks>Cumulative emission is <c>start·(end + 1)/2</c> over months 0 … end − 1.</remarks>
public sealed record LinearTaperEmission : EmissionSchedule
{
    /// <summary>Emission of month 0. Unit: tokens/month. Range: ≥ 0.</summary>
    public required double StartTokensPerMonth { get; init; }

    /// <summary>First month with zero emission. Unit: month index. Range: ≥ 1.</summary>
    public required int EndMonth { get; init; }

    /// <inheritdoc />
    public override double TokensInMonth(int month) =>
        StartTokensPerMonth * Math.Max(0.0, (EndMonth - month) / (double)EndMonth);
}
