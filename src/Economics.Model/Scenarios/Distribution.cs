using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>A probability distribution of an uncertain input; the JSON <c>kind</c> selects one.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NormalDistribution), "normal")]
[JsonDerivedType(typeof(LognormalDistribution), "lognormal")]
[JsonDerivedType(typeof(UniformDistribution), "uniform")]
[JsonDerivedType(typeof(TriangularDistribution), "triangular")]
public abstract record Distribution;
