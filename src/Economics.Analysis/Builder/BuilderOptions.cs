namespace Economics.Analysis.Builder;

/// <summary>Who the builder is: the market it calls, its volume and the month it looks at.</summary>
public sealed record BuilderOptions
{
    /// <summary>Gas of one swap transaction that buys OPG on Base. Unit: gas. Source: data/reference/evm_gas_costs.csv#amm_swap_gas
    /// (estimate, range 100,000–180,000).</summary>
    public const double DefaultSwapGasUnits = 130_000;

    /// <summary>Requests per settle of the <c>upto</c> and <c>batchSettlement</c> variants when the scenario's
    /// <c>payments.requestsPerSettle</c> is 1 (the value <c>exact</c> forces). Unit: requests/settle. Source:
    /// data/scenarios/batched-payments.json (estimate: a session of 100 vouchers).</summary>
    public const double SessionRequestsPerSettle = 100;

    /// <summary>Market name, as in <c>markets[].name</c> (ordinal).</summary>
    public required string Market { get; init; }

    /// <summary>The builder's calls. Unit: calls/month. Range: &gt; 0.</summary>
    public required double RequestsPerMonth { get; init; }

    /// <summary>The month looked at. Unit: month index. Range: 0 … horizonMonths − 1. Default 0 (the scenario's start month).</summary>
    public int Month { get; init; }

    /// <summary>Gas of the builder's swap into OPG. Unit: gas. Range: ≥ 0.</summary>
    public double SwapGasUnits { get; init; } = DefaultSwapGasUnits;
}
