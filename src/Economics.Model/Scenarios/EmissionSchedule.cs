using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>Tokens that vest per month out of a pool (<see cref="TokenPool.Release"/>); the JSON <c>kind</c> selects one of the schedules.</summary>
/// <remarks>Month t runs from t = 0. Schedules give the uncapped release; the engine caps the cumulative release at
/// the pool's size.</remarks>
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
