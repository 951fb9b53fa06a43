namespace Economics.Analysis.MonteCarlo;

/// <summary>The probability that the network is viable (the scenario's <c>viability</c>) in month
/// <c>subsidyEnd + MonthsAfter</c>, among the paths whose subsidy ends early enough for that month to fall
/// within the horizon.</summary>
/// <param name="MonthsAfter">Months after the first month the pools pay operators nothing.</param>
/// <param name="EvaluablePaths">Paths where the subsidy ends and that month is within the horizon.</param>
/// <param name="ViablePaths">Of those, paths viable in that month.</param>
public sealed record ViabilityAfterEmissions(int MonthsAfter, long EvaluablePaths, long ViablePaths)
{
    /// <summary>ViablePaths / EvaluablePaths; NaN (not applicable) when no path is evaluable.</summary>
    public double Probability => EvaluablePaths > 0 ? (double)ViablePaths / EvaluablePaths : double.NaN;
}
