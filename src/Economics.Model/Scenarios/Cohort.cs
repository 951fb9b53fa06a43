namespace Economics.Model.Scenarios;

/// <summary>
/// One kind of operator node, e.g. AWS Nitro Enclave TEE nodes that proxy hosted models, TEE nodes serving open
/// models on rented GPUs, or bare-metal GPU nodes. Node counts are real numbers (expected nodes).
/// </summary>
/// <remarks>Monthly cost of the cohort: <c>N·(gpuHourlyUsd·gpusPerNode·730 + overheadUsdPerMonth)·costMultiplier
/// + served·variableUsdPerInference + N·stakeTokens·price·costOfCapitalAnnual/12</c>.</remarks>
public sealed record Cohort
{
    /// <summary>Identifier used in output columns (<c>nodes_&lt;name&gt;</c>): lower case letters, digits, '_'.</summary>
    public required string Name { get; init; }

    /// <summary>Infrastructure provider, e.g. <c>aws</c> (capacity in AWS Nitro Enclaves counts toward the AWS
    /// share) or <c>baremetal</c>; events target providers by this name.</summary>
    public required string Provider { get; init; }

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

    /// <summary>How nodes join while profitable. Default: no entry.</summary>
    public EntryRule Entry { get; init; } = EntryRule.None;

    /// <summary>How nodes leave while losing money. Default: no exit.</summary>
    public ExitRule Exit { get; init; } = ExitRule.None;
}
