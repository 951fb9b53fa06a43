namespace Economics.Charts.Report;

/// <summary>One value of a scenario as the report's assumptions table shows it.</summary>
/// <param name="Section">The scenario's top-level section in words ("Token", "Cohorts", "General" for the top-level
/// numbers).</param>
/// <param name="Path">The JSON path, as <c>--set</c> takes it (e.g. <c>token.pools[0].payout.tokens</c>).</param>
/// <param name="Value">The value for a person, in its unit ("6,000,000 tokens/month", "25%", "month 12", "none").</param>
/// <param name="Unit">The unit (from the schema, else the file's comment); null when there is none (text, a
/// dimensionless number).</param>
/// <param name="Basis">Where the value comes from: the file's <c>source: …</c> or <c>estimate: …</c>, the override as
/// typed, or <see cref="AssumptionRows.NotStated"/>.</param>
/// <param name="BaselineValue">The baseline's value, written the same way, when this value differs from it
/// (<see cref="AssumptionRows.Absent"/> when the baseline has no such field); null when it is the baseline's.</param>
public sealed record AssumptionRow(string Section, string Path, string Value, string? Unit, string Basis, string? BaselineValue)
{
    /// <summary>Whether the value differs from the baseline's.</summary>
    public bool DiffersFromBaseline => BaselineValue is not null;
}
