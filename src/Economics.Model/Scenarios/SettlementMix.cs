namespace Economics.Model.Scenarios;

/// <summary>Shares of inferences per settlement tier. Each in [0, 1]; together they sum to 1.</summary>
public sealed record SettlementMix
{
    /// <summary>SETTLE_INDIVIDUAL: input/output hashes per inference. Unit: fraction.</summary>
    public required double Individual { get; init; }

    /// <summary>SETTLE_METADATA: full input, output and model info per inference. Unit: fraction.</summary>
    public required double Metadata { get; init; }

    /// <summary>SETTLE_BATCH: one hash per batch. Unit: fraction.</summary>
    public required double Batch { get; init; }

    /// <summary>Counterfactual: nothing on-chain. Unit: fraction. Default 0.</summary>
    public double Offchain { get; init; }
}
