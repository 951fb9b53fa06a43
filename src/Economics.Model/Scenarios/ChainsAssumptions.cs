namespace Economics.Model.Scenarios;

/// <summary>The two chains: Base carries the x402 payments, the OG chain the settlement events.</summary>
public sealed record ChainsAssumptions
{
    /// <summary>Base mainnet (payments).</summary>
    public required BaseChain Base { get; init; }

    /// <summary>The OG chain (settlement).</summary>
    public required OgChain Og { get; init; }
}
