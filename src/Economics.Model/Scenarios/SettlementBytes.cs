namespace Economics.Model.Scenarios;

/// <summary>Sizes of what settlement writes: event records on the OG chain, payloads on Walrus.</summary>
public sealed record SettlementBytes
{
    /// <summary>One per-request record (TEE id, input and output hashes, timestamp, address, blob id): the data of an
    /// individual event, and one leaf of a batch's Merkle-tree blob. Unit: bytes. Range: ≥ 0.</summary>
    public required double HashRecord { get; init; }

    /// <summary>One <c>batchSettle(root, size, blobId)</c> record. Unit: bytes. Range: ≥ 0.</summary>
    public required double BatchRecord { get; init; }

    /// <summary>Payload (input, output, metadata) of one INDIVIDUAL_FULL request, stored on Walrus. Unit: bytes. Range: ≥ 0.</summary>
    public required double PayloadPerInference { get; init; }
}
