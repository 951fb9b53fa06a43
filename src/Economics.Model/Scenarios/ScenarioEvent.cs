using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>A shock active in months <c>month … month + durationMonths − 1</c>; the JSON <c>kind</c> selects one.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ProviderOutage), "providerOutage")]
[JsonDerivedType(typeof(ProviderCostChange), "providerCostChange")]
[JsonDerivedType(typeof(GasSpike), "gasSpike")]
[JsonDerivedType(typeof(TokenPriceShock), "tokenPriceShock")]
[JsonDerivedType(typeof(DemandShock), "demandShock")]
[JsonDerivedType(typeof(MarketWithdrawn), "marketWithdrawn")]
public abstract record ScenarioEvent
{
    /// <summary>First month of the event. Unit: month index. Range: ≥ 0.</summary>
    public required int Month { get; init; }

    /// <summary>How long the event lasts. Unit: months. Range: ≥ 1.</summary>
    public required int DurationMonths { get; init; }

    /// <summary>Whether the event is active in <paramref name="month"/>.</summary>
    public bool IsActiveIn(int month) => month >= Month && month - Month < DurationMonths;
}
