using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>How the token price evolves; the JSON <c>kind</c> selects one.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ConstantPrice), "constant")]
[JsonDerivedType(typeof(PricePath), "path")]
[JsonDerivedType(typeof(GbmPrice), "gbm")]
public abstract record PriceModel
{
    /// <summary>The price at month 0. Unit: USD per token.</summary>
    [JsonIgnore]
    public abstract double StartUsd { get; }
}
