namespace Economics.Charts.Analysis;

/// <summary>One scenario's monthly series in a comparison.</summary>
/// <param name="Scenario">Scenario name (the legend entry).</param>
/// <param name="Dates">Calendar month of each value.</param>
/// <param name="Values">The series. Unit: the comparison's.</param>
public sealed record ComparisonSeries(string Scenario, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Values);
