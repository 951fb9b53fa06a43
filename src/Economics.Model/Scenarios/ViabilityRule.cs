namespace Economics.Model.Scenarios;

/// <summary>When the network counts as viable in a month (docs/DESIGN.md "Definitions"): it serves at least
/// <c>minServedShare</c> of demand, has at least <c>redundancyFloor</c> nodes, and operators' trailing
/// <c>profitMonths</c>-month profit without subsidy is ≥ 0; with validator cohorts, also at least
/// <c>minValidators</c> validators whose trailing profit without staking payouts is ≥ 0.</summary>
public sealed record ViabilityRule
{
    /// <summary>Least share of demand served. Unit: fraction. Range: [0, 1]. Default 0.95.</summary>
    public double MinServedShare { get; init; } = 0.95;

    /// <summary>Fewest inference nodes (all inference cohorts) for redundancy. Unit: nodes. Range: ≥ 0. Default 3.</summary>
    public double RedundancyFloor { get; init; } = 3;

    /// <summary>Months of trailing operator profit without subsidy that must be ≥ 0. Unit: months. Range: 1 to 120. Default 3.</summary>
    public int ProfitMonths { get; init; } = 3;

    /// <summary>Fewest validators (all validator cohorts; only checked when the scenario has one): a CometBFT chain
    /// of 3f + 1 validators tolerates f faulty ones, so 4 tolerate one. Unit: nodes. Range: ≥ 0. Default 4.</summary>
    public double MinValidators { get; init; } = 4;
}
