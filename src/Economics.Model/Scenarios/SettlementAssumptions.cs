namespace Economics.Model.Scenarios;

/// <summary>
/// Settlement of inferences on the OG chain (<c>SettlementRelay</c> events, gas in OPG to validators) and on Walrus
/// (blobs), by tier of the SDK's <c>x402SettlementMode</c>: PRIVATE, BATCH_HASHED (default), INDIVIDUAL_FULL, plus
/// the seed's per-inference hash tier.
/// </summary>
public sealed record SettlementAssumptions
{
    /// <summary>Shares of requests by tier; they must sum to 1.</summary>
    public required SettlementMix Mix { get; init; }

    /// <summary>The BATCH_HASHED buffer.</summary>
    public required SettlementBatch Batch { get; init; }

    /// <summary>Event gas.</summary>
    public required SettlementEventGas Gas { get; init; }

    /// <summary>Record and payload sizes.</summary>
    public required SettlementBytes Bytes { get; init; }

    /// <summary>Walrus blob prices.</summary>
    public required WalrusAssumptions Walrus { get; init; }

    /// <summary>The chain-history externality.</summary>
    public required ChainHistory History { get; init; }

    /// <summary>Who bears OG gas and Walrus: <c>user</c>, <c>operator</c> or <c>protocol</c>.</summary>
    public required GasPayer CostBorneBy { get; init; }

    /// <summary>Who bears OG gas and Walrus in a month when no pool pays operators (after the subsidy ends, or before a
    /// pool starts): <c>user</c>, <c>operator</c> or <c>protocol</c> (DESIGN rule 7). Absent: <c>costBorneBy</c> in every
    /// month.</summary>
    public GasPayer? PostSubsidyCostBorneBy { get; init; }
}
