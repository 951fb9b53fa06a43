namespace Economics.Model.Scenarios;

/// <summary>The pool spends a USD budget a month at the month's token price while its balance lasts:
/// payout = min(balance, usd / price) (nothing at a zero price).</summary>
public sealed record UsdPerMonthPayout : PoolPayout
{
    /// <summary>USD value spent per month. Unit: USD/month. Range: ≥ 0.</summary>
    public required double Usd { get; init; }
}
