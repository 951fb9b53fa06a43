using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>Where a pool's spent tokens go, as shares of its payout (summing to 1).</summary>
/// <remarks><c>operators</c>: the inference-node subsidy (split by <see cref="TokenAssumptions.SubsidyBasis"/>);
/// <c>validators</c>: OG-chain validators and stakers; <c>market</c>: sold by the pool itself;
/// <c>treasury</c>: kept by the protocol (not circulating); <c>held</c>: holders (team, investors, airdrop) who sell
/// the pool's <c>sellFraction</c>; <c>liquidity</c>: paired into the trading pool (circulating, not sold).</remarks>
public sealed record PoolUse
{
    /// <summary>Share paid to inference operators as subsidy. Unit: fraction. Range: [0, 1]. Default 0.</summary>
    public double Operators { get; init; }

    /// <summary>Share paid to validators/stakers. Unit: fraction. Range: [0, 1]. Default 0.</summary>
    public double Validators { get; init; }

    /// <summary>Share sold into the market by the pool. Unit: fraction. Range: [0, 1]. Default 0.</summary>
    public double Market { get; init; }

    /// <summary>Share kept by the treasury. Unit: fraction. Range: [0, 1]. Default 0.</summary>
    public double Treasury { get; init; }

    /// <summary>Share distributed to holders. Unit: fraction. Range: [0, 1]. Default 0.</summary>
    public double Held { get; init; }

    /// <summary>Share paired into trading liquidity. Unit: fraction. Range: [0, 1]. Default 0.</summary>
    public double Liquidity { get; init; }

    /// <summary>Sum of the shares (1 for a valid scenario).</summary>
    [JsonIgnore]
    public double Sum => Operators + Validators + Market + Treasury + Held + Liquidity;
}
