namespace Economics.Model.Scenarios;

/// <summary>The chain-history externality: settlement events (calldata and logs) stay in the OG chain's history,
/// which full and archive nodes keep (prunable EIP-4444 style; not EVM state).</summary>
public sealed record ChainHistory
{
    /// <summary>Nodes that keep the history. Unit: nodes. Range: ≥ 0.</summary>
    public required double FullNodes { get; init; }

    /// <summary>Cost for one node to keep one GB for a month. Unit: USD/(GB·month). Range: ≥ 0.</summary>
    public required double UsdPerGbMonth { get; init; }
}
