namespace Economics.Analysis.Sensitivity;

/// <summary>One input of the tornado: its low and high values and the metric at each (others at base).</summary>
/// <param name="Path">JSON path of the input.</param>
/// <param name="Source">Where low and high come from, e.g. <c>P10/P90 of normal</c> or <c>base ±20%</c>.</param>
/// <param name="Low">Low value, in the field's unit.</param>
/// <param name="High">High value, in the field's unit.</param>
/// <param name="MetricAtLow">The metric with the input at <paramref name="Low"/>.</param>
/// <param name="MetricAtHigh">The metric with the input at <paramref name="High"/>.</param>
/// <param name="MetricAtBase">The metric with every input at its base value (the tornado's base line).</param>
public sealed record TornadoBar(string Path, string Source, double Low, double High, double MetricAtLow, double MetricAtHigh, double MetricAtBase)
{
    /// <summary>|metric at high − metric at low|; NaN when either is not applicable. Near 0 when both ends move the
    /// metric the same way by about as much, so it is not what the tornado ranks by (see <see cref="Deviation"/>).</summary>
    public double Swing => Math.Abs(MetricAtHigh - MetricAtLow);

    /// <summary>How far the input moves the metric from its base: max(|metric at low − base|, |metric at high − base|),
    /// in the metric's unit; the tornado ranks by it (largest first). NaN when either end is not applicable.</summary>
    public double Deviation => double.IsNaN(MetricAtLow) || double.IsNaN(MetricAtHigh) || double.IsNaN(MetricAtBase)
        ? double.NaN
        : Math.Max(Math.Abs(MetricAtLow - MetricAtBase), Math.Abs(MetricAtHigh - MetricAtBase));

    /// <summary>Relative size below which a move is floating-point rounding, not an effect: 1e-12 of the metric's
    /// magnitude. A summary metric sums at most a few hundred monthly terms, each rounded to half an ulp
    /// (1.1e-16 relative), so rounding alone moves it by at most ≈ 1e-13 of its size; a real effect on a reported
    /// figure is many orders larger.</summary>
    public const double RoundingTolerance = 1e-12;

    /// <summary>Whether <see cref="Deviation"/> is only rounding: at most <see cref="RoundingTolerance"/> times the
    /// largest of |metric at low|, |metric at high| and |metric at base| (an input that does not change any month's
    /// arithmetic that matters can still move a sum by an ulp). False when <see cref="Deviation"/> is NaN or exactly 0.</summary>
    public bool IsRoundingOnly => Deviation > 0
        && Deviation <= RoundingTolerance * Math.Max(Math.Abs(MetricAtBase), Math.Max(Math.Abs(MetricAtLow), Math.Abs(MetricAtHigh)));
}
