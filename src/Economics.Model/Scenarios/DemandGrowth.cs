using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>Base demand over time before the price response; the JSON <c>kind</c> selects one.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(CompoundGrowth), "compound")]
[JsonDerivedType(typeof(LogisticGrowth), "logistic")]
[JsonDerivedType(typeof(TableGrowth), "table")]
public abstract record DemandGrowth
{
    /// <summary>Base demand in month <paramref name="month"/>. Unit: inferences/month.</summary>
    /// <param name="initialInferencesPerMonth">Base demand in month 0.</param>
    /// <param name="month">0-based month index.</param>
    public abstract double BaseDemand(double initialInferencesPerMonth, int month);
}
