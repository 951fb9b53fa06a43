namespace Economics.Model.Scenarios;

/// <summary>When the network counts as viable in a month (DESIGN.md "Definitions"): it serves at least
/// <c>minServedShare</c> of demand, has at least <c>redundancyFloor</c> nodes, and operators' trailing
/// <c>profitMonths</c>-month profit without subsidy is ≥ 0.</summary>
public sealed record ViabilityRule
{
    /// <summary>Least share of demand served. Unit: fraction. Range: [0, 1]. Default 0.95.</summary>
    public double MinServedShare { get; init; } = 0.95;

    /// <summary>Fewest nodes (all cohorts) for redundancy. Unit: nodes. Range: ≥ 0. Default 3.</summary>
    public double RedundancyFloor { get; init; } = 3;

    /// <summary>Months of trailing operator profit without subsidy that must be ≥ 0. Unit: months. Range: 1 to 120. Default 3.</summary>
    public int ProfitMonths { get; init; } = 3;
}
