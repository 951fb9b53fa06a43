using System.Globalization;

namespace Economics.Analysis.Peers;

/// <summary>
/// The parameters of the operators' supply curve (docs/DESIGN.md rule 8; <see cref="SupplyCurveResponse"/> has the formula).
/// <see cref="MedianCostUsd"/>, <see cref="MaxNodes"/> and <see cref="LeadMonths"/> are fixed; the other five are what
/// <see cref="SupplyCurveFit"/> estimates from a peer's history.
/// </summary>
public sealed record SupplyCurveParameters
{
    /// <summary>Share of the gap to the target closed in a month when the target is above the node count (entry).
    /// Range (0, 1].</summary>
    public required double EntrySpeed { get; init; }

    /// <summary>Share of the gap closed in a month when the target is below the node count (exit). Range (0, 1].</summary>
    public required double ExitSpeed { get; init; }

    /// <summary>σ of the lognormal distribution of potential operators' monthly own cost (log-USD). Range &gt; 0.</summary>
    public required double CostSpread { get; init; }

    /// <summary>Margin over own cost an operator requires before running a node (fraction: 0.3 = income must be 130% of
    /// cost). Range ≥ 0.</summary>
    public required double Hurdle { get; init; }

    /// <summary>Potential operators: the node count if every one of them found running a node worth it (count). Range &gt; 0.</summary>
    public required double PotentialNodes { get; init; }

    /// <summary>Median monthly own cost of a potential operator's node (USD per node-month): fixed from a source or an
    /// estimate (<see cref="PeerCost"/>), not fitted. Range &gt; 0.</summary>
    public required double MedianCostUsd { get; init; }

    /// <summary>A cap on the nodes paid (count), e.g. a protocol's active set; +∞ (the default) for none. Fixed, not
    /// fitted. Range &gt; 0.</summary>
    public double MaxNodes { get; init; } = double.PositiveInfinity;

    /// <summary>Months between the income a target is computed from and the move toward it (whole months). Range ≥ 0;
    /// default 0.</summary>
    public int LeadMonths { get; init; }

    /// <summary>The income per node at which half the potential operators run a node: median cost × (1 + hurdle) (USD per
    /// node-month). With the cost fixed, this (not the hurdle alone) is what node counts identify.</summary>
    public double HalfEntryIncomeUsd => MedianCostUsd * (1 + Hurdle);

    /// <summary>Checks every range (NaN is never valid); returns the first problem, or null.</summary>
    public string? Problem()
    {
        if (!(EntrySpeed > 0 && EntrySpeed <= 1))
        {
            return Describe("entrySpeed", EntrySpeed, "(0, 1]");
        }

        if (!(ExitSpeed > 0 && ExitSpeed <= 1))
        {
            return Describe("exitSpeed", ExitSpeed, "(0, 1]");
        }

        if (!(CostSpread > 0 && double.IsFinite(CostSpread)))
        {
            return Describe("costSpread", CostSpread, "> 0");
        }

        if (!(Hurdle >= 0 && double.IsFinite(Hurdle)))
        {
            return Describe("hurdle", Hurdle, "≥ 0");
        }

        if (!(PotentialNodes > 0 && double.IsFinite(PotentialNodes)))
        {
            return Describe("potentialNodes", PotentialNodes, "> 0");
        }

        if (!(MedianCostUsd > 0 && double.IsFinite(MedianCostUsd)))
        {
            return Describe("medianCostUsd", MedianCostUsd, "> 0");
        }

        if (!(MaxNodes > 0))
        {
            return Describe("maxNodes", MaxNodes, "> 0");
        }

        return LeadMonths < 0 ? Describe("leadMonths", LeadMonths, "≥ 0") : null;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first parameter out of range.</summary>
    public void Validate()
    {
        if (Problem() is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(SupplyCurveParameters), problem);
        }
    }

    private static string Describe(string name, double value, string range) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} = {value} is outside {range}");
}
