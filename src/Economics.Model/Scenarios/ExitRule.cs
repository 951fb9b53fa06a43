namespace Economics.Model.Scenarios;

/// <summary>Nodes shrink by <c>monthlyRate</c> after <c>patienceMonths</c> consecutive loss-making months.</summary>
public sealed record ExitRule
{
    /// <summary>No exit: the cohort never shrinks.</summary>
    public static ExitRule None { get; } = new() { MonthlyRate = 0, PatienceMonths = 0 };

    /// <summary>Share of nodes leaving per month once patience runs out. Unit: fraction/month. Range: [0, 1].</summary>
    public required double MonthlyRate { get; init; }

    /// <summary>Consecutive loss-making months tolerated before leaving. Unit: months. Range: ≥ 0.</summary>
    public required int PatienceMonths { get; init; }
}
