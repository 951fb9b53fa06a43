namespace Economics.Charts.Analysis;

/// <summary>A one-parameter sweep: a metric against the swept value.</summary>
/// <param name="Question">The chart title.</param>
/// <param name="XTitle">The swept parameter (its JSON path).</param>
/// <param name="YTitle">The metric with unit.</param>
/// <param name="Xs">Values of the parameter, ascending.</param>
/// <param name="Ys">The metric at each value; NaN for no value (a gap).</param>
public sealed record SweepLineData(string Question, string XTitle, string YTitle, IReadOnlyList<double> Xs, IReadOnlyList<double> Ys)
{
    /// <summary>The level that separates viable from not viable (e.g. 0 profit), drawn as a horizontal line; null for none.</summary>
    public double? BreakEvenLevel { get; init; }

    /// <summary>The answer in words; null for none.</summary>
    public string? Answer { get; init; }

    /// <summary>d3 format of metric values.</summary>
    public string TickFormat { get; init; } = ",.3~g";

    /// <summary>d3 format of the swept values (e.g. <c>.0%</c> for a fraction); null for Plotly's own numbers.</summary>
    public string? XTickFormat { get; init; }
}
