namespace Economics.Model.Scenarios;

/// <summary>MEV from PIPE pre-execution: operators see transactions first and may extract value.</summary>
/// <remarks>MEV tax per inference is <c>extractionBps/1e4·fee</c> (paid by users); operators receive
/// <c>operatorShare·extractionBps/1e4·(served·fee + visibleFlowUsdPerMonth)</c>.</remarks>
public sealed record MevAssumptions
{
    /// <summary>Value extracted from flow operators see early. Unit: basis points of payment value. Range: [0, 10000].</summary>
    public required double ExtractionBps { get; init; }

    /// <summary>Other (non-inference) flow operators see early. Unit: USD/month. Range: ≥ 0.</summary>
    public required double VisibleFlowUsdPerMonth { get; init; }

    /// <summary>Share of extracted value operators keep. Unit: fraction. Range: [0, 1].</summary>
    public required double OperatorShare { get; init; }
}
