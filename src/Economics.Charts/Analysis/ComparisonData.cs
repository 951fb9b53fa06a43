namespace Economics.Charts.Analysis;

/// <summary>One monthly series of several scenarios, overlaid.</summary>
/// <param name="Question">The chart title.</param>
/// <param name="ValueTitle">Y axis title with unit.</param>
/// <param name="Series">One per scenario.</param>
public sealed record ComparisonData(string Question, string ValueTitle, IReadOnlyList<ComparisonSeries> Series)
{
    /// <summary>The answer in words; null for none.</summary>
    public string? Answer { get; init; }

    /// <summary>d3 format of values.</summary>
    public string TickFormat { get; init; } = "~s";

    /// <summary>Logarithmic value axis.</summary>
    public bool LogScale { get; init; }
}
