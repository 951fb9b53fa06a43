namespace Economics.Model.Scenarios;

/// <summary>The pool spends everything that is available: payout = balance after this month's vesting.</summary>
public sealed record VestedPayout : PoolPayout;
