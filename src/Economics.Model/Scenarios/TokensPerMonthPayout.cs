namespace Economics.Model.Scenarios;

/// <summary>The pool spends a fixed number of tokens a month while its balance lasts: payout = min(balance, tokens).</summary>
public sealed record TokensPerMonthPayout : PoolPayout
{
    /// <summary>Tokens spent per month. Unit: tokens/month. Range: ≥ 0.</summary>
    public required double Tokens { get; init; }
}
