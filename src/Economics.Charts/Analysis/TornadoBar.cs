namespace Economics.Charts.Analysis;

/// <summary>One uncertain input of a tornado: the metric with the input at its low and at its high value.</summary>
/// <param name="Name">The input, e.g. its JSON path <c>demand.growth.monthlyRate</c>.</param>
/// <param name="Low">The metric with the input at its low value. Unit: the metric's.</param>
/// <param name="High">The metric with the input at its high value. Unit: the metric's.</param>
/// <param name="BaseValue">The metric with every input at its base value. Unit: the metric's.</param>
public sealed record TornadoBar(string Name, double Low, double High, double BaseValue)
{
    /// <summary>The input's low value as text (e.g. "0.03"), shown in the label; null for none.</summary>
    public string? LowInput { get; init; }

    /// <summary>The input's high value as text; null for none.</summary>
    public string? HighInput { get; init; }

    /// <summary>|High − Low|: how far apart the two ends land (near 0 when both move the metric the same way).</summary>
    public double Swing => Math.Abs(High - Low);

    /// <summary>max(|Low − BaseValue|, |High − BaseValue|): how far the input moves the metric from its base, what the
    /// tornado ranks by; NaN when an end is not applicable.</summary>
    public double Deviation => double.IsNaN(Low) || double.IsNaN(High) || double.IsNaN(BaseValue)
        ? double.NaN
        : Math.Max(Math.Abs(Low - BaseValue), Math.Abs(High - BaseValue));
}
