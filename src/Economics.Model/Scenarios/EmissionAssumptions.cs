namespace Economics.Model.Scenarios;

/// <summary>Token emissions: the schedule, an optional cliff, and the operators' share.</summary>
public sealed record EmissionAssumptions
{
    /// <summary>Tokens minted per month before the cliff and the supply cap.</summary>
    public required EmissionSchedule Schedule { get; init; }

    /// <summary>A cliff: emissions are zero from this month on (0-based). Unit: month index. Null: no cliff.
    /// Range: ≥ 0.</summary>
    public int? StopAtMonth { get; init; }

    /// <summary>Share of emissions paid to operators; the rest goes to the treasury. Unit: fraction. Range: [0, 1].</summary>
    public required double OperatorShare { get; init; }
}
