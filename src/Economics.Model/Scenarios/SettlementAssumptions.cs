namespace Economics.Model.Scenarios;

/// <summary>
/// On-chain settlement of inferences, the three tiers of the OpenGradient SDK (<c>x402SettlementMode</c>):
/// SETTLE_INDIVIDUAL writes input/output hashes per inference, SETTLE_METADATA writes full model info, input
/// and output per inference, SETTLE_BATCH writes one hash per batch (the SDK default). <c>offchain</c> is a
/// counterfactual with nothing on-chain.
/// </summary>
public sealed record SettlementAssumptions
{
    /// <summary>Shares of inferences settled by each tier; they must sum to 1.</summary>
    public required SettlementMix Mix { get; init; }

    /// <summary>Gas of one individual (hash) settlement. Unit: gas units. Range: ≥ 0.</summary>
    public required double IndividualGasUnits { get; init; }

    /// <summary>Permanent on-chain bytes of one individual settlement. Unit: bytes. Range: ≥ 0.</summary>
    public required double BytesPerIndividual { get; init; }

    /// <summary>Bytes of prompt, response and model info written per SETTLE_METADATA inference. Unit: bytes. Range: ≥ 0.</summary>
    public required double MetadataBytesPerInference { get; init; }

    /// <summary>Gas per byte of stored data (metadata tier). Unit: gas/byte. Range: ≥ 0.</summary>
    public required double GasPerDataByte { get; init; }

    /// <summary>Inferences per batch settlement. Unit: inferences. Range: ≥ 1.</summary>
    public required double BatchSize { get; init; }

    /// <summary>Gas of one batch settlement. Unit: gas units. Range: ≥ 0.</summary>
    public required double BatchGasUnits { get; init; }

    /// <summary>Permanent on-chain bytes of one batch settlement. Unit: bytes. Range: ≥ 0.</summary>
    public required double BytesPerBatch { get; init; }

    /// <summary>Who pays settlement gas: <c>user</c>, <c>operator</c> or <c>protocol</c>.</summary>
    public required GasPayer GasPaidBy { get; init; }

    /// <summary>Cost for one full node to store one GB of state for a month. Unit: USD/(GB·month). Range: ≥ 0.</summary>
    public required double StateStorageUsdPerGbMonth { get; init; }

    /// <summary>Nodes that carry the chain state forever. Unit: nodes. Range: ≥ 0.</summary>
    public required double FullNodes { get; init; }
}
