namespace Economics.Model.Scenarios;

/// <summary>A vesting tranche (team, investors, ecosystem) that adds circulating supply and sell pressure.</summary>
/// <remarks><c>tokens/vestingMonths</c> unlock in each of the months <c>cliffMonth … cliffMonth + vestingMonths − 1</c>;
/// with <c>vestingMonths = 0</c> everything unlocks at the cliff.</remarks>
public sealed record Unlock
{
    /// <summary>Label, e.g. <c>team</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Tokens in the tranche. Unit: tokens. Range: ≥ 0.</summary>
    public required double Tokens { get; init; }

    /// <summary>First month tokens unlock. Unit: month index. Range: ≥ 0.</summary>
    public required int CliffMonth { get; init; }

    /// <summary>Months of linear vesting after the cliff. Unit: months. Range: ≥ 0.</summary>
    public required int VestingMonths { get; init; }

    /// <summary>Share of unlocked tokens sold in the month they unlock. Unit: fraction. Range: [0, 1].</summary>
    public required double SellFraction { get; init; }
}
