namespace Economics.Model.Scenarios;

/// <summary>Nodes grow by <c>monthlyRate</c> while the cohort's margin is at least <c>minMargin</c>, up to <c>maxNodes</c>.</summary>
public sealed record EntryRule
{
    /// <summary>No entry: the cohort never grows.</summary>
    public static EntryRule None { get; } = new() { MonthlyRate = 0, MinMargin = 0, MaxNodes = 0 };

    /// <summary>Growth per month while profitable. Unit: fraction/month. Range: 0 to 10.</summary>
    public required double MonthlyRate { get; init; }

    /// <summary>Margin (profit/costs) needed to attract new nodes. Unit: fraction. Range: −10¹⁵ to 10¹⁵.</summary>
    public required double MinMargin { get; init; }

    /// <summary>Cap on the cohort's nodes. Unit: nodes. Range: ≥ 0.</summary>
    public required double MaxNodes { get; init; }
}
