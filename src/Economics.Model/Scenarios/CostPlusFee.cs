namespace Economics.Model.Scenarios;

/// <summary>Cost plus margin: <c>f = (1 + margin)·unitCost/(1 − take)</c>, unit cost at a target utilization.</summary>
public sealed record CostPlusFee : FeePolicy
{
    /// <summary>Margin over unit cost. Unit: fraction. Range: ≥ 0.</summary>
    public required double MarginFraction { get; init; }

    /// <summary>Utilization at which fixed costs are spread over inferences. Unit: fraction. Range: 0.000001 to 1.</summary>
    public required double TargetUtilization { get; init; }
}
