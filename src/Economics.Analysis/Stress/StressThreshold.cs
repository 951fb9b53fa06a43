namespace Economics.Analysis.Stress;

/// <summary>The smallest shock on one axis that makes the network non-viable in the test month, or why there is none.</summary>
/// <param name="Axis">The axis (or <see cref="StressAxes.Combined"/>).</param>
/// <param name="Label">What a reader sees.</param>
/// <param name="Unit">What the shock size is.</param>
/// <param name="Max">The largest shock searched.</param>
/// <param name="Found">Whether a shock in [0, Max] makes the network non-viable.</param>
/// <param name="Shock">That smallest shock (NaN when none in range; 0 when not viable unshocked).</param>
/// <param name="MarginAtZero">The viability margin unshocked.</param>
/// <param name="MarginAtMax">The viability margin at <paramref name="Max"/>.</param>
/// <param name="Continuous">Whether the margin crosses 0 continuously at <paramref name="Shock"/> (false: it jumps, e.g. when
/// the last node leaves a month earlier; <paramref name="Shock"/> is then the smallest evaluated failing shock).</param>
/// <param name="Evaluations">Model runs made.</param>
public sealed record StressThreshold(
    string Axis,
    string Label,
    string Unit,
    double Max,
    bool Found,
    double Shock,
    double MarginAtZero,
    double MarginAtMax,
    bool Continuous,
    int Evaluations)
{
    /// <summary>The distance to failure as a share of the range searched (Shock / Max); NaN when none in range.</summary>
    public double ShareOfRange => Found ? Shock / Max : double.NaN;
}
