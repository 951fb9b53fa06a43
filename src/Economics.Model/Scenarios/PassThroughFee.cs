namespace Economics.Model.Scenarios;

/// <summary>The gateway's rule (tee-gateway <c>make_cost_calculator</c>): the provider's list price for the request's
/// tokens × (1 + markup); the protocol take applies to the markup only.</summary>
public sealed record PassThroughFee : FeePolicy
{
    /// <summary>Markup on the list price. Unit: fraction. Range: 0 to 100. 0 today.</summary>
    public required double MarkupFraction { get; init; }
}
