namespace Economics.Analysis.Operator;

/// <summary>Who the would-be node operator is (docs/MODEL.md "Operator"): the cohort it joins, the share of that cohort's
/// income it expects, its own costs, its stake and cost of capital, the month it starts; and the Monte Carlo settings.
/// Every null takes the scenario's value (see each property).</summary>
public sealed record OperatorOptions
{
    /// <summary>Default payback test of the Monte Carlo part: P(payback within 24 months). Unit: months. Source: estimate
    /// (two years, the horizon over which hardware and hosting commitments are usually judged).</summary>
    public const int DefaultPaybackWithinMonths = 24;

    /// <summary>The cohort joined, by <c>cohorts[].name</c> (ordinal); null: the scenario's first non-validator cohort.</summary>
    public string? Cohort { get; init; }

    /// <summary>The operator's share of the cohort's nodes, φ = f in every month. Unit: fraction. Range: (0, 1]. Null
    /// with <see cref="ShareOfRequests"/> null: one more node among the cohort's N(t), φ(t) = 1/(N(t) + 1).</summary>
    public double? ShareOfNodes { get; init; }

    /// <summary>The operator's share of the whole network's served requests, φ(t) = min(1, f·served(t)/served_c(t)) (0 in a
    /// month the cohort serves nothing). Unit: fraction. Range: (0, 1]. Not with <see cref="ShareOfNodes"/>.</summary>
    public double? ShareOfRequests { get; init; }

    /// <summary>The operator's infrastructure bill. Unit: USD/month. Range: ≥ 0. Null: the cohort's own cost per node,
    /// gpuHourlyUsd × gpusPerNode × 730 + overheadUsdPerMonth.</summary>
    public double? InfraUsdPerMonth { get; init; }

    /// <summary>One-off setup cost paid at entry. Unit: USD. Range: ≥ 0. Default 0.</summary>
    public double SetupUsd { get; init; }

    /// <summary>Tokens the operator stakes at entry and sells at the end of the horizon. Unit: tokens. Range: ≥ 0. Null:
    /// the cohort's <c>stakeTokens</c>.</summary>
    public double? StakeTokens { get; init; }

    /// <summary>The operator's cost of capital r (discount rate of the NPV, r/12 a month; carry of the stake). Unit:
    /// 1/year. Range: 0–10. Null: the cohort's <c>costOfCapitalAnnual</c>.</summary>
    public double? CostOfCapitalAnnual { get; init; }

    /// <summary>Month of entry: the 0-based month index every output uses (0 = the scenario's <c>startMonth</c>, as in
    /// <c>monthly.csv</c>'s <c>month</c> column). Unit: month index. Range: 0 … horizonMonths − 1. Default 0.</summary>
    public int StartMonth { get; init; }

    /// <summary>The Monte Carlo payback test: P(payback within this many months of entry). Unit: months. Range: ≥ 1.</summary>
    public int PaybackWithinMonths { get; init; } = DefaultPaybackWithinMonths;

    /// <summary>Monte Carlo paths over the scenario's <c>uncertainty[]</c> (and GBM price shocks); 0 skips the Monte Carlo
    /// part. Range: 0–10,000,000.</summary>
    public int Paths { get; init; }

    /// <summary>Seed of the Monte Carlo streams (path i draws as in <c>econ montecarlo</c> with the same seed).</summary>
    public int Seed { get; init; }

    /// <summary>Worker threads of the Monte Carlo part; null uses every core. Does not change results.</summary>
    public int? Threads { get; init; }
}
