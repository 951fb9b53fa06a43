namespace Economics.Model.Scenarios;

/// <summary>
/// A pre-minted allocation of the fixed token supply (ecosystem, foundation, core contributors, investors, staking
/// rewards, liquidity, airdrop) that vests out over time. Vesting makes tokens <em>available</em>; the
/// <see cref="Payout"/> says how much of the available balance is <em>spent</em> each month; <see cref="Use"/> says
/// where spent tokens go.
/// </summary>
/// <remarks>
/// Vesting of a pool of T tokens: <c>atStartFraction·T</c> at month 0, then <c>(1 − atStartFraction)·T/vestingMonths</c>
/// in each month <c>cliffMonths ≤ t &lt; cliffMonths + vestingMonths</c> (all of it at the cliff when
/// <c>vestingMonths = 0</c>). With a <see cref="Release"/> schedule the schedule gives the tokens vesting in month t
/// instead (capped by what is left of T). The unspent balance carries over.
/// </remarks>
public sealed record TokenPool
{
    /// <summary>Label, used in output columns (<c>pool_balance_&lt;name&gt;</c>): lower case letters, digits, '_'.</summary>
    public required string Name { get; init; }

    /// <summary>Share of <c>token.maxSupply</c> in the pool. Unit: fraction. Range: [0, 1]; the shares of all pools
    /// sum to at most 1.</summary>
    public required double Share { get; init; }

    /// <summary>Share of the pool available at month 0 (the TGE unlock). Unit: fraction. Range: [0, 1]. Default 0.</summary>
    public double AtStartFraction { get; init; }

    /// <summary>First month of linear vesting after the start unlock. Unit: months. Range: 0 – horizon. Default 0.</summary>
    public int CliffMonths { get; init; }

    /// <summary>Months of linear vesting of the rest. Unit: months. Range: ≥ 0 (0: the rest vests at the cliff). Default 0.</summary>
    public int VestingMonths { get; init; }

    /// <summary>Optional schedule of the tokens vesting each month (any emission schedule kind) in place of the
    /// linear vesting; null uses <see cref="AtStartFraction"/>, <see cref="CliffMonths"/> and <see cref="VestingMonths"/>.</summary>
    public EmissionSchedule? Release { get; init; }

    /// <summary>How much of the available balance the pool spends each month. Default: all that vests (<c>asVested</c>).</summary>
    public PoolPayout Payout { get; init; } = new VestedPayout();

    /// <summary>A stop: from this month on (0-based) the pool pays nothing, e.g. a programme ended by governance; its
    /// balance stays unspent. Unit: month index. Null: no stop. Range: ≥ 0.</summary>
    public int? StopMonth { get; init; }

    /// <summary>Where the spent tokens go (shares summing to 1).</summary>
    public required PoolUse Use { get; init; }

    /// <summary>Share of the tokens paid to <c>held</c> and <c>validators</c> recipients that they sell in the month
    /// they receive them (operators sell <c>token.operatorSellFraction</c>; <c>market</c> sells all).
    /// Unit: fraction. Range: [0, 1]. Default 0.</summary>
    public double SellFraction { get; init; }
}
