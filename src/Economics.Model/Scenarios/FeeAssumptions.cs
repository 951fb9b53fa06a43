namespace Economics.Model.Scenarios;

/// <summary>The per-inference fee: its policy, currency, protocol take and buyback.</summary>
public sealed record FeeAssumptions
{
    /// <summary>Currency of fee payments: <c>token</c> (x402 in $OPG, as the SDK examples on Base) or
    /// <c>stablecoin</c>. Token fees add the operators' sell pressure.</summary>
    public required FeeCurrency PaidIn { get; init; }

    /// <summary>How the fee is set, for every market without its own <c>feePolicy</c>: <c>passThrough</c> (list ×
    /// (1 + markup), the gateway's rule), <c>fixed</c>, <c>costPlus</c> or <c>subsidyAware</c>.</summary>
    public required FeePolicy Policy { get; init; }

    /// <summary>Most OPG one request may cost (tee-gateway <c>MAX_OPG_PER_REQUEST</c>); a request whose fee exceeds
    /// cap × token price cannot be paid. Applies to fees paid in the token only. Unit: OPG/request. Range: &gt; 0;
    /// null: no cap.</summary>
    public double? MaxOpgPerRequest { get; init; }

    /// <summary>Share of the fee kept by the protocol treasury (under <c>passThrough</c>, of the markup only). Unit: fraction. Range: 0 to 0.999999 (fees are divided by 1 − take).</summary>
    public required double ProtocolTakeRate { get; init; }

    /// <summary>Share of protocol fee income spent buying tokens back. Unit: fraction. Range: [0, 1].</summary>
    public required double BuybackShareOfProtocolFees { get; init; }
}
