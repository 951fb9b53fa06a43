using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>Tokens minted per month; the JSON <c>kind</c> selects one of the schedules.</summary>
/// <remarks>Month t runs from t = 0. Schedules give the uncapped emission; the engine applies the cliff
/// (<see cref="EmissionAssumptions.StopAtMonth"/>) and the cap <c>maxSupply − initialCirculating</c>.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ConstantEmission), "constant")]
[JsonDerivedType(typeof(LinearTaperEmission), "linearTaper")]
[JsonDerivedType(typeof(ExponentialDecayEmission), "exponentialDecay")]
[JsonDerivedType(typeof(HalvingEmission), "halving")]
[JsonDerivedType(typeof(TableEmission), "table")]
public abstract record EmissionSchedule
{
    /// <summary>Uncapped tokens minted in month <paramref name="month"/>. Unit: tokens.</summary>
    /// <param name="month">0-based month index; ≥ 0.</param>
    public abstract double TokensInMonth(int month);
}
