namespace Economics.Charts.Analysis;

/// <summary>Monte Carlo percentiles of one monthly series, for a fan chart. All lists have one value per date.</summary>
/// <param name="Question">The chart title: the question the fan answers.</param>
/// <param name="ValueTitle">Y axis title with unit, e.g. "Nodes" or "USD per inference".</param>
/// <param name="Dates">Calendar month of each value.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
public sealed record FanChartData(string Question, string ValueTitle, IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<double> P5, IReadOnlyList<double> P25, IReadOnlyList<double> P50, IReadOnlyList<double> P75, IReadOnlyList<double> P95)
{
    /// <summary>The answer in words, shown under the title; null for none.</summary>
    public string? Answer { get; init; }

    /// <summary>d3 format of the values, e.g. "~s", "$.3~r", ".0%".</summary>
    public string TickFormat { get; init; } = "~s";

    /// <summary>Logarithmic value axis.</summary>
    public bool LogScale { get; init; }

    /// <summary>The month the subsidy ends in the deterministic run, marked on the chart; null for none.</summary>
    public DateOnly? SubsidyEnd { get; init; }
}
