namespace Economics.Model.Scenarios;

/// <summary>The same emission every month: <c>E(t) = tokensPerMonth</c>.</summary>
public sealed record ConstantEmission : EmissionSchedule
{
    /// <summary>Tokens minted per month. Unit: tokens/month. Range: ≥ 0.</summary>
    public required double TokensPerMonth { get; init; }

    /// <inheritdoc />
    public override double TokensInMonth(int month) => TokensPerMonth;
}
