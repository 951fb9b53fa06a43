namespace Economics.Model.Scenarios;

/// <summary>Entry side of the supply curve: nodes move toward the target N* = potentialNodes·F(income per node at
/// N + 1 / (1 + hurdleMargin)) at <c>speed</c> when N* is above N, with the target of <c>leadMonths</c> earlier.</summary>
public sealed record EntryRule
{
    /// <summary>No entry: the cohort never grows.</summary>
    public static EntryRule None { get; } = new() { Speed = 0, HurdleMargin = 0 };

    /// <summary>Share of the gap to the target closed per month when the target is above the nodes. Unit: fraction/month. Range: [0, 1].</summary>
    public required double Speed { get; init; }

    /// <summary>Margin over own cost a potential operator needs to join. Unit: fraction. Range: 0 to 100.</summary>
    public required double HurdleMargin { get; init; }

    /// <summary>Months between a target and the nodes it brings (setting up a node takes time). Unit: months. Range: 0 to 120. Default 0.</summary>
    public int LeadMonths { get; init; }

    /// <summary>Optional cap on the cohort's nodes. Unit: nodes. Range: ≥ 0; null: no cap.</summary>
    public double? MaxNodes { get; init; }
}
