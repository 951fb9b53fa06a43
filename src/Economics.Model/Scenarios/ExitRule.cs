namespace Economics.Model.Scenarios;

/// <summary>Exit side of the supply curve: nodes move toward the target at <c>speed</c> when the target is below the
/// nodes; the income behind the target is smoothed over <c>patienceMonths</c> (an exponential average with weight
/// 1/(patienceMonths + 1)), so one bad month does not empty a cohort.</summary>
public sealed record ExitRule
{
    /// <summary>No exit: the cohort never shrinks.</summary>
    public static ExitRule None { get; } = new() { Speed = 0, PatienceMonths = 0 };

    /// <summary>Share of the gap to the target closed per month when the target is below the nodes. Unit: fraction/month. Range: [0, 1].</summary>
    public required double Speed { get; init; }

    /// <summary>Months over which income per node is smoothed before it moves the target. Unit: months. Range: 0 to 120.</summary>
    public required int PatienceMonths { get; init; }
}
