namespace Economics.Model.Scenarios;

/// <summary>Walrus blob storage (docs.wal.app "Storage costs"): per blob
/// <c>(5·bytes + metadataBytesPerBlob)·usdPerGbPerEpoch/1e9·retentionEpochs + writeFeeUsd + suiGasUsd</c>,
/// paid up front; a real cost that leaves the network.</summary>
public sealed record WalrusAssumptions
{
    /// <summary>Price of one GB of encoded storage for one epoch. Unit: USD/(GB·epoch). Range: ≥ 0.</summary>
    public required double UsdPerGbPerEpoch { get; init; }

    /// <summary>Length of a storage epoch. Unit: days. Range: &gt; 0.</summary>
    public required double EpochDays { get; init; }

    /// <summary>Epochs each blob is bought for. Unit: epochs. Range: ≥ 0.</summary>
    public required double RetentionEpochs { get; init; }

    /// <summary>Fixed per-blob metadata counted in the encoded size. Unit: bytes. Range: ≥ 0.</summary>
    public required double MetadataBytesPerBlob { get; init; }

    /// <summary>Upload (write) fee per blob. Unit: USD/blob. Range: ≥ 0.</summary>
    public required double WriteFeeUsd { get; init; }

    /// <summary>Sui gas of registering and certifying one blob. Unit: USD/blob. Range: ≥ 0.</summary>
    public required double SuiGasUsd { get; init; }
}
