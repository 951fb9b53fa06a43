using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>How much of its available balance a pool spends in a month; the JSON <c>kind</c> selects one.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(VestedPayout), "asVested")]
[JsonDerivedType(typeof(TokensPerMonthPayout), "tokensPerMonth")]
[JsonDerivedType(typeof(UsdPerMonthPayout), "usdPerMonth")]
[JsonDerivedType(typeof(ShareOfBalancePayout), "shareOfBalance")]
public abstract record PoolPayout;
