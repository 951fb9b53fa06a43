namespace Economics.Analysis.Stress;

/// <summary>One direction in which the network can be shocked (<see cref="StressAxes"/>): a shock of size s ∈ [0,
/// <see cref="Max"/>] maps to scenario events or fields.</summary>
/// <param name="Name">Machine name, e.g. <c>tokenPrice</c>.</param>
/// <param name="Label">What a reader sees, e.g. "Token price drop".</param>
/// <param name="Unit">What s is, e.g. "fraction of the price lost".</param>
/// <param name="Max">Largest shock searched, in <paramref name="Unit"/>.</param>
/// <param name="Mapping">The scenario events or fields the shock sets (docs/MODEL.md "Reverse stress test").</param>
public sealed record StressAxis(string Name, string Label, string Unit, double Max, string Mapping);
