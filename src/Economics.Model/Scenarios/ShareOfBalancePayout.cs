namespace Economics.Model.Scenarios;

/// <summary>The pool spends a fixed share of its available balance each month: payout = fraction·balance.</summary>
public sealed record ShareOfBalancePayout : PoolPayout
{
    /// <summary>Share of the balance spent per month. Unit: fraction/month. Range: [0, 1].</summary>
    public required double Fraction { get; init; }
}
