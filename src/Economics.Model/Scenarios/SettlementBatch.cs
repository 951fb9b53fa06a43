namespace Economics.Model.Scenarios;

/// <summary>The facilitator's BATCH_HASHED buffer: flushed when full, after an idle gap, or at a maximum age
/// (inference-facilitator <c>DATA_SETTLEMENT_BATCH_*</c>).</summary>
public sealed record SettlementBatch
{
    /// <summary>Buffer size: a full buffer is flushed. Unit: requests. Range: ≥ 1.</summary>
    public required double MaxSize { get; init; }

    /// <summary>Flush after this long without a new request. Unit: minutes. Range: ≥ 0.</summary>
    public required double IdleFlushMinutes { get; init; }

    /// <summary>Flush when the oldest request is this old. Unit: minutes. Range: ≥ 0.</summary>
    public required double MaxAgeMinutes { get; init; }

    /// <summary>Independent buffers that split the BATCH_HASHED traffic (facilitator instances). Unit: batchers. Range: ≥ 1.</summary>
    public required double Batchers { get; init; }
}
