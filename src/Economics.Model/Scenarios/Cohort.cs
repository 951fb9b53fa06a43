namespace Economics.Model.Scenarios;

/// <summary>
/// One kind of operator node, e.g. AWS Nitro Enclave TEE nodes that proxy hosted models, TEE nodes serving open
/// models on rented GPUs, or bare-metal GPU nodes. Node counts are real numbers (expected nodes).
/// </summary>
/// <remarks>Own monthly cost of the cohort: <c>N·(gpuHourlyUsd·gpusPerNode·730 + overheadUsdPerMonth)·costMultiplier
/// + served·variableUsdPerInference + N·stakeTokens·price·costOfCapitalAnnual/12</c> + the rails it bears; the
/// upstream bill of a gateway (list × (1 − discount) per hosted-proxy request) is paid out of the pass-through fee and
/// is not part of the cost base of its margin.</remarks>
public sealed record Cohort
{
    /// <summary>Identifier used in output columns (<c>nodes_&lt;name&gt;</c>): lower case letters, digits, '_'.</summary>
    public required string Name { get; init; }

    /// <summary>What the nodes do: <c>inference</c> (default) or <c>validator</c> (OG-chain full nodes: staking
    /// payouts + settlement gas − own costs; no markets, capacity 0).</summary>
    public CohortKind Kind { get; init; } = CohortKind.Inference;

    /// <summary>Infrastructure provider, e.g. <c>aws</c> (capacity in AWS Nitro Enclaves counts toward the AWS
    /// share) or <c>baremetal</c>; events target providers by this name.</summary>
    public required string Provider { get; init; }

    /// <summary>Names of the markets this cohort serves (<c>markets[].name</c>); empty: every market.</summary>
    public IReadOnlyList<string> Markets { get; init; } = [];

    /// <summary>Discount a gateway gets on the provider's list price: its upstream cost per served request of a
    /// <c>hostedProxy</c> market is list × (1 − discount). Unit: fraction. Range: [0, 1]. Default 0.</summary>
    public double UpstreamDiscountFraction { get; init; }

    /// <summary>Nodes at month 0. Unit: nodes. Range: ≥ 0.</summary>
    public required double InitialNodes { get; init; }

    /// <summary>Rental (or amortized ownership) price of one GPU. Unit: USD/GPU-hour. Range: ≥ 0.</summary>
    public required double GpuHourlyUsd { get; init; }

    /// <summary>GPUs per node. Unit: GPUs. Range: ≥ 0 (0 for a node that only proxies hosted models).</summary>
    public required double GpusPerNode { get; init; }

    /// <summary>Other fixed costs per node: CPU instance, bandwidth, staff. Unit: USD/node-month. Range: ≥ 0.</summary>
    public required double OverheadUsdPerMonth { get; init; }

    /// <summary>Inferences one node can serve in a month before TEE overhead. Unit: inferences/node-month. Range: 0 (no capacity) or 1 to 10¹⁵.</summary>
    public required double CapacityInferencesPerMonth { get; init; }

    /// <summary>Capacity lost to running inside a TEE. Unit: fraction. Range: 0 to 0.999999 (capacity is divided by 1 − overhead). Default 0.</summary>
    public double TeeOverheadFraction { get; init; }

    /// <summary>Cost per served inference; for nodes that proxy hosted models, the upstream API price per request.
    /// Unit: USD/inference. Range: ≥ 0. Default 0.</summary>
    public double VariableUsdPerInference { get; init; }

    /// <summary>Tokens each node stakes. Unit: tokens/node. Range: ≥ 0. Default 0.</summary>
    public double StakeTokens { get; init; }

    /// <summary>Opportunity cost of staked capital. Unit: fraction/year. Range: ≥ 0. Default 0.</summary>
    public double CostOfCapitalAnnual { get; init; }

    /// <summary>Relative weight per node in the split of the operators' pool payouts (with
    /// <c>token.subsidyBasis = perNode</c>). Unit: dimensionless. Range: ≥ 0. Default 1.</summary>
    public double SubsidyWeight { get; init; } = 1.0;

    /// <summary>Operators who could run a node of this cohort (the supply curve's scale). Unit: nodes. Range: ≥ 0.
    /// Default 0 (needed when entry or exit moves nodes).</summary>
    public double PotentialNodes { get; init; }

    /// <summary>Lognormal σ of the monthly own cost per node across potential operators (median = this cohort's own
    /// cost per node). Unit: dimensionless. Range: 0 to 10. Default 0.5.</summary>
    public double CostSpread { get; init; } = 0.5;

    /// <summary>How nodes join while profitable. Default: no entry.</summary>
    public EntryRule Entry { get; init; } = EntryRule.None;

    /// <summary>How nodes leave while losing money. Default: no exit.</summary>
    public ExitRule Exit { get; init; } = ExitRule.None;

    /// <summary>The own fixed cost of one node before cost-change events: gpuHourlyUsd × gpusPerNode × 730 h +
    /// overheadUsdPerMonth (rule 7's cost base; the engine and <c>econ operator</c>'s default infrastructure read it
    /// here). Unit: USD/month.</summary>
    public double FixedCostPerNodeUsdPerMonth() => (GpuHourlyUsd * GpusPerNode * Engine.MonthlyStep.HoursPerMonth) + OverheadUsdPerMonth;
}
