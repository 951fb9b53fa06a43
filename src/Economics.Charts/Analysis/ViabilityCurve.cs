namespace Economics.Charts.Analysis;

/// <summary>The probability, month by month, that the network is still viable (Monte Carlo).</summary>
/// <param name="Question">The chart title.</param>
/// <param name="Dates">Calendar month of each value.</param>
/// <param name="Probability">Share of paths viable in that month. Unit: fraction [0, 1].</param>
public sealed record ViabilityCurve(string Question, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Probability)
{
    /// <summary>The answer in words, e.g. "62% of paths are viable 12 months after the subsidy ends".</summary>
    public string? Answer { get; init; }

    /// <summary>The month the subsidy ends, marked with the months 12 and 24 after it; null for none.</summary>
    public DateOnly? SubsidyEnd { get; init; }
}
