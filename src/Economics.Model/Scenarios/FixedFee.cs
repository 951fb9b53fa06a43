namespace Economics.Model.Scenarios;

/// <summary>A fixed fee per inference.</summary>
public sealed record FixedFee : FeePolicy
{
    /// <summary>The fee. Unit: USD/inference. Range: ≥ 0.</summary>
    public required double UsdPerInference { get; init; }
}
