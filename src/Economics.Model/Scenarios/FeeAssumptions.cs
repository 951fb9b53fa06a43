namespace Economics.Model.Scenarios;

/// <summary>The per-inference fee: its policy, currency, protocol take and buyback.</summary>
public sealed record FeeAssumptions
{
    /// <summary>Currency of fee payments: <c>token</c> (x402 in $OPG, as the SDK examples on Base) or
    /// <c>stablecoin</c>. Token fees add the operators' sell pressure.</summary>
    public required FeeCurrency PaidIn { get; init; }

    /// <summary>How the fee is set: <c>fixed</c>, <c>costPlus</c> or <c>subsidyAware</c>.</summary>
    public required FeePolicy Policy { get; init; }

    /// <summary>Share of the fee kept by the protocol treasury. Unit: fraction. Range: 0 to 0.999999 (fees are divided by 1 − take).</summary>
    public required double ProtocolTakeRate { get; init; }

    /// <summary>Share of protocol fee income spent buying tokens back. Unit: fraction. Range: [0, 1].</summary>
    public required double BuybackShareOfProtocolFees { get; init; }
}
