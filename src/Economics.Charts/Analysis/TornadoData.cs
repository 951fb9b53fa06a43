namespace Economics.Charts.Analysis;

/// <summary>A tornado: one-at-a-time sensitivity of one metric to each uncertain input.</summary>
/// <param name="Question">The chart title.</param>
/// <param name="MetricTitle">The metric with unit, e.g. "Surviving nodes (nodes)".</param>
/// <param name="Bars">One bar per input (any order; the chart ranks them by <see cref="TornadoBar.Deviation"/>).</param>
public sealed record TornadoData(string Question, string MetricTitle, IReadOnlyList<TornadoBar> Bars)
{
    /// <summary>The answer in words; null for none.</summary>
    public string? Answer { get; init; }

    /// <summary>d3 format of metric values.</summary>
    public string TickFormat { get; init; } = ",.3~g";

    /// <summary>How a metric value is written on the bars and the base marker (e.g. <see cref="Theme.Units.Usd"/>);
    /// null for a plain number.</summary>
    public Func<double, string>? ShowValue { get; init; }
}
