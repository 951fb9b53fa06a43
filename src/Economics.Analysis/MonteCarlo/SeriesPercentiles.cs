namespace Economics.Analysis.MonteCarlo;

/// <summary>Per-month percentiles of one series across Monte Carlo paths (streamed: see <see cref="QuantileSketch"/>
/// for the accuracy). A month in which no path has an applicable value holds NaN (an empty cell in CSV).</summary>
public sealed record SeriesPercentiles
{
    /// <summary>The series' <c>monthly.csv</c> column name, e.g. <c>token_price_usd</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The series' unit, e.g. <c>USD/token</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>Paths with an applicable (finite) value, per month.</summary>
    public required IReadOnlyList<long> ApplicablePaths { get; init; }

    /// <summary>5th percentile per month, in <see cref="Unit"/>.</summary>
    public required IReadOnlyList<double> P5 { get; init; }

    /// <summary>25th percentile per month.</summary>
    public required IReadOnlyList<double> P25 { get; init; }

    /// <summary>Median per month.</summary>
    public required IReadOnlyList<double> P50 { get; init; }

    /// <summary>75th percentile per month.</summary>
    public required IReadOnlyList<double> P75 { get; init; }

    /// <summary>95th percentile per month.</summary>
    public required IReadOnlyList<double> P95 { get; init; }

    /// <summary>The percentile series in <see cref="MonteCarloSeries.Probabilities"/> order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> All => [P5, P25, P50, P75, P95];

    internal static SeriesPercentiles From(string name, string unit, QuantileSketch[] sketches)
    {
        double[][] values = MonteCarloSeries.Probabilities.Select(p => sketches.Select(s => s.Quantile(p)).ToArray()).ToArray();
        return new SeriesPercentiles
        {
            Name = name,
            Unit = unit,
            ApplicablePaths = sketches.Select(s => s.Count).ToArray(),
            P5 = values[0],
            P25 = values[1],
            P50 = values[2],
            P75 = values[3],
            P95 = values[4],
        };
    }
}
