namespace Economics.Analysis.Stress;

/// <summary>Under Monte Carlo: P(viable in the test month) at evenly spaced shock sizes on one axis.</summary>
/// <param name="Axis">The axis (or <see cref="StressAxes.Combined"/>).</param>
/// <param name="Label">What a reader sees.</param>
/// <param name="Sizes">Shock sizes, from 0 to the axis's maximum, in the axis's unit.</param>
/// <param name="Probability">P(viable) at each size, over the paths (fraction).</param>
public sealed record StressProbability(string Axis, string Label, IReadOnlyList<double> Sizes, IReadOnlyList<double> Probability);
