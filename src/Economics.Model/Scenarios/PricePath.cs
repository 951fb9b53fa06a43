using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>A given price per month (the last value holds); sell pressure does not move it.</summary>
public sealed record PricePath : PriceModel
{
    /// <summary>Price of month 0, 1, …; the last value holds after the end. Unit: USD per token. At least one
    /// value, each ≥ 0.</summary>
    public required IReadOnlyList<double> UsdByMonth { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override double StartUsd => UsdByMonth.Count > 0 ? UsdByMonth[0] : 0;
}
