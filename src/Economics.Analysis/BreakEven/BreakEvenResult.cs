namespace Economics.Analysis.BreakEven;

/// <summary>The outcome of a break-even search: the value of <see cref="Path"/> in [<see cref="Low"/>,
/// <see cref="High"/>] at which <see cref="Metric"/> equals <see cref="Target"/>, or why none was found.</summary>
public sealed record BreakEvenResult
{
    /// <summary>The JSON path solved for.</summary>
    public required string Path { get; init; }

    /// <summary>The summary metric.</summary>
    public required string Metric { get; init; }

    /// <summary>The metric value sought.</summary>
    public required double Target { get; init; }

    /// <summary>Lower end of the bracket, in the field's unit.</summary>
    public required double Low { get; init; }

    /// <summary>Upper end of the bracket.</summary>
    public required double High { get; init; }

    /// <summary>The metric with the field at <see cref="Low"/>.</summary>
    public required double MetricAtLow { get; init; }

    /// <summary>The metric with the field at <see cref="High"/>.</summary>
    public required double MetricAtHigh { get; init; }

    /// <summary>Whether a solution was found.</summary>
    public required bool Found { get; init; }

    /// <summary>The solution (NaN when not found), in the field's unit.</summary>
    public required double Value { get; init; }

    /// <summary>The metric at <see cref="Value"/> (NaN when not found).</summary>
    public required double MetricAtValue { get; init; }

    /// <summary>Model runs made.</summary>
    public required int Evaluations { get; init; }

    /// <summary>What happened, in one sentence (the reason when not found).</summary>
    public required string Message { get; init; }
}
