namespace Economics.Model.Scenarios;

/// <summary>Shares of requests per settlement tier (SDK <c>x402SettlementMode</c>). Each in [0, 1]; together they sum to 1.</summary>
/// <remarks>Old SDK names: SETTLE_INDIVIDUAL (now an alias of PRIVATE per one docstring), SETTLE_BATCH (now
/// BATCH_HASHED), SETTLE_METADATA (now INDIVIDUAL_FULL). <c>individualHashes</c> is the seed's reading of
/// SETTLE_INDIVIDUAL — a per-inference hash event on-chain — kept as a tier of its own.</remarks>
public sealed record SettlementMix
{
    /// <summary>PRIVATE: payment only, nothing settled on the OG chain. Unit: fraction.</summary>
    public required double Private { get; init; }

    /// <summary>BATCH_HASHED (the SDK default): one <c>batchSettle</c> event and one Walrus blob (the Merkle tree)
    /// per batch. Unit: fraction.</summary>
    public required double BatchHashed { get; init; }

    /// <summary>The seed's SETTLE_INDIVIDUAL: one hash event per request, no payload. Unit: fraction.</summary>
    public required double IndividualHashes { get; init; }

    /// <summary>INDIVIDUAL_FULL: one <c>settleIndividual</c> event (TEE signature verified on-chain) and one Walrus
    /// blob with the payload per request. Unit: fraction.</summary>
    public required double IndividualFull { get; init; }
}
