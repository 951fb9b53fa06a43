namespace Economics.Analysis.MonteCarlo;

/// <summary>Percentiles of one end-of-run answer across Monte Carlo paths (NaN when no path has a value).</summary>
/// <param name="Name">The answer's name, as in <c>summary.json</c>.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Min">Smallest value over paths.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Max">Largest value over paths.</param>
public sealed record OutcomePercentiles(string Name, string Unit, double Min, double P5, double P25, double P50, double P75, double P95, double Max)
{
    internal static OutcomePercentiles From(string name, string unit, QuantileSketch sketch) =>
        new(name, unit, sketch.Min, sketch.Quantile(0.05), sketch.Quantile(0.25), sketch.Quantile(0.5), sketch.Quantile(0.75), sketch.Quantile(0.95), sketch.Max);
}
