namespace Economics.Model.Scenarios;

/// <summary>The x402 payment scheme (coinbase/x402 <c>specs/schemes/*</c>).</summary>
public enum PaymentScheme
{
    /// <summary>One on-chain settle per paid request (<c>requestsPerSettle</c> is forced to 1).</summary>
    Exact,

    /// <summary>Metered: the client authorizes up to an amount and the server settles what was used; a settle may
    /// cover <c>requestsPerSettle</c> requests (a metered session). Same Permit2 gas as <c>exact</c>.</summary>
    Upto,

    /// <summary>The x402 <c>batch-settlement</c> scheme: one settle of <c>batchSettleGasUnits</c> per
    /// <c>requestsPerSettle</c> requests.</summary>
    BatchSettlement,
}
