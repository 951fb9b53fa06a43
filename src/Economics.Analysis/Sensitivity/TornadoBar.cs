namespace Economics.Analysis.Sensitivity;

/// <summary>One input of the tornado: its low and high values and the metric at each (others at base).</summary>
/// <param name="Path">JSON path of the input.</param>
/// <param name="Source">Where low and high come from, e.g. <c>P10/P90 of normal</c> or <c>base ±20%</c>.</param>
/// <param name="Low">Low value, in the field's unit.</param>
/// <param name="High">High value, in the field's unit.</param>
/// <param name="MetricAtLow">The metric with the input at <paramref name="Low"/>.</param>
/// <param name="MetricAtHigh">The metric with the input at <paramref name="High"/>.</param>
public sealed record TornadoBar(string Path, string Source, double Low, double High, double MetricAtLow, double MetricAtHigh)
{
    /// <summary>|metric at high − metric at low|; NaN when either is not applicable.</summary>
    public double Swing => Math.Abs(MetricAtHigh - MetricAtLow);
}
