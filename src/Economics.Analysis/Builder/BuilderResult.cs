namespace Economics.Analysis.Builder;

/// <summary>The builder's cost in one market and month (<see cref="BuilderAnalysis.Run"/>): at its own volume, across
/// volumes, and by settlement tier and payment scheme.</summary>
public sealed record BuilderResult
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The market called.</summary>
    public required string Market { get; init; }

    /// <summary>The month looked at (month index).</summary>
    public required int Month { get; init; }

    /// <summary>Calendar month of <see cref="Month"/>.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Whether fees are paid in OPG (so the builder buys OPG: swap fee, slippage, swap gas).</summary>
    public required bool PaysInToken { get; init; }

    /// <summary>The builder's cost at its own volume, in the scenario as it is.</summary>
    public required BuilderCost Cost { get; init; }

    /// <summary>The cost at volumes from 1,000 calls a month up to where the builder's purchase is half the pool's
    /// reserve (slippage 100%), ten points a decade, the builder's own volume included; ascending.</summary>
    public required IReadOnlyList<BuilderCost> ByVolume { get; init; }

    /// <summary>The cost at the builder's volume in the scenario, then at each settlement tier, then each payment scheme.</summary>
    public required IReadOnlyList<BuilderVariant> Variants { get; init; }

    /// <summary>The share of the market's demand in <see cref="Month"/> that the per-request cap rejects (the largest calls
    /// first, rule 3): the costs are those of the calls under the cap. Unit: fraction; 0 without a cap.</summary>
    public required double CapRejectedFraction { get; init; }

    /// <summary>The provider's price of the scenario's average call, cap or no cap (<c>markets[].outside…</c>, rule 3's
    /// O_m before the cap's cut); <see cref="BuilderCost.Direct"/> is that of the calls under the cap. Unit: USD/call.</summary>
    public required double DirectAllCalls { get; init; }

    /// <summary>The share of the market's payable calls (demand less the cap's rejections) the network serves in
    /// <see cref="Month"/> (rule 4): below 1 when capacity is short. Unit: fraction; NaN when no call is payable.</summary>
    public required double ServedFraction { get; init; }
}
