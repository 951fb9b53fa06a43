namespace Economics.Model.Scenarios;

/// <summary>Cost plus margin, minus last month's subsidy income per served inference, never below a floor:
/// cheap while subsidies flow, repricing as they end.</summary>
public sealed record SubsidyAwareFee : FeePolicy
{
    /// <summary>Margin over unit cost. Unit: fraction. Range: ≥ 0.</summary>
    public required double MarginFraction { get; init; }

    /// <summary>Utilization at which fixed costs are spread over inferences. Unit: fraction. Range: 0.000001 to 1.</summary>
    public required double TargetUtilization { get; init; }

    /// <summary>Lowest fee charged. Unit: USD/inference. Range: ≥ 0.</summary>
    public required double FloorUsdPerInference { get; init; }
}
