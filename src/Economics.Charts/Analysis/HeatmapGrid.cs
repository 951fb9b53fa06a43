namespace Economics.Charts.Analysis;

/// <summary>A two-parameter sweep: a metric over a grid, <c>Z[row, column]</c> at <c>(Xs[column], Ys[row])</c>.</summary>
/// <param name="Question">The chart title.</param>
/// <param name="XTitle">The first parameter with unit.</param>
/// <param name="YTitle">The second parameter with unit.</param>
/// <param name="ZTitle">The metric with unit (colour bar title).</param>
/// <param name="Xs">Values of the first parameter (columns).</param>
/// <param name="Ys">Values of the second parameter (rows).</param>
/// <param name="Z">The metric: <c>Ys.Count</c> rows × <c>Xs.Count</c> columns; NaN for no value.</param>
public sealed record HeatmapGrid(string Question, string XTitle, string YTitle, string ZTitle,
    IReadOnlyList<double> Xs, IReadOnlyList<double> Ys, double[,] Z)
{
    /// <summary>The level whose contour separates viable from not viable (e.g. 0 profit, half the nodes); null for no contour.</summary>
    public double? BreakEvenLevel { get; init; }

    /// <summary>Label of the contour, e.g. "break-even".</summary>
    public string BreakEvenLabel { get; init; } = "break-even";

    /// <summary>The answer in words; null for none.</summary>
    public string? Answer { get; init; }

    /// <summary>The colour scale's fixed range (e.g. 0–1 for a probability); null to fit the data.</summary>
    public (double Min, double Max)? ColorRange { get; init; }

    /// <summary>How a value of the first parameter is written at its column's tick (e.g. "25%"); null for a plain number.</summary>
    public Func<double, string>? ShowX { get; init; }

    /// <summary>How a value of the second parameter is written at its row's tick; null for a plain number.</summary>
    public Func<double, string>? ShowY { get; init; }

    /// <summary>d3 format of metric values.</summary>
    public string TickFormat { get; init; } = ",.3~g";
}
