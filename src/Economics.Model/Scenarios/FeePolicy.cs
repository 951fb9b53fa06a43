using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>How the per-inference fee is set; the JSON <c>kind</c> selects one.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PassThroughFee), "passThrough")]
[JsonDerivedType(typeof(FixedFee), "fixed")]
[JsonDerivedType(typeof(CostPlusFee), "costPlus")]
[JsonDerivedType(typeof(SubsidyAwareFee), "subsidyAware")]
public abstract record FeePolicy;
