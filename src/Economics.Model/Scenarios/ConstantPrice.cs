using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>A constant token price; sell pressure does not move it.</summary>
public sealed record ConstantPrice : PriceModel
{
    /// <summary>The price. Unit: USD per token. Range: ≥ 0.</summary>
    public required double Usd { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override double StartUsd => Usd;
}
