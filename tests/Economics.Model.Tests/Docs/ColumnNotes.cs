using Economics.Model.Results;

namespace Economics.Model.Tests.Docs;

/// <summary>
/// When each monthly.csv column is "not applicable", stated once here for docs/MODEL.md and checked against the
/// model by <see cref="ModelDocTests"/> (a cell is empty exactly when its condition holds).
/// </summary>
internal static class ColumnNotes
{
    /// <summary>The condition under which each <see cref="MonthlyColumns.All"/> column is empty.</summary>
    public static IReadOnlyDictionary<string, NotApplicableWhen> ByColumn { get; } = new Dictionary<string, NotApplicableWhen>(StringComparer.Ordinal)
    {
        ["compute_cost_usd_per_inference"] = NotApplicableWhen.NothingServed,
        ["profit_per_node_usd"] = NotApplicableWhen.NoNodes,
        ["subsidy_dependence"] = NotApplicableWhen.NoRevenue,
        ["breakeven_fee_without_subsidy_usd"] = NotApplicableWhen.NothingServed,
        ["breakeven_fee_without_subsidy_or_mev_usd"] = NotApplicableWhen.NothingServed,
        ["aws_capacity_share"] = NotApplicableWhen.NoCapacity,
        ["provider_concentration_index"] = NotApplicableWhen.NoCapacity,
    };

    /// <summary>The condition of <paramref name="column"/>; <see cref="NotApplicableWhen.Never"/> when none is listed.</summary>
    public static NotApplicableWhen For(string column) =>
        ByColumn.TryGetValue(column, out var when) ? when : NotApplicableWhen.Never;

    /// <summary>The condition in words, as docs/MODEL.md shows it.</summary>
    public static string Describe(NotApplicableWhen when) => when switch
    {
        NotApplicableWhen.Never => "never",
        NotApplicableWhen.NothingServed => "nothing served (`served_inferences` = 0)",
        NotApplicableWhen.NoNodes => "no nodes (`nodes_total` = 0)",
        NotApplicableWhen.NoRevenue => "no operator income (subsidy + protocol-borne rails + max(0, fees − upstream) + MEV = 0)",
        NotApplicableWhen.NoCapacity => "no capacity (`capacity_inferences` = 0)",
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, "unknown condition"),
    };

    /// <summary>Whether <paramref name="when"/> holds in month <paramref name="t"/> of <paramref name="result"/>.</summary>
    public static bool Holds(NotApplicableWhen when, SimulationResult result, int t) => when switch
    {
        NotApplicableWhen.Never => false,
        NotApplicableWhen.NothingServed => !(result.Served[t] > 0),
        NotApplicableWhen.NoNodes => !(result.NodesTotal[t] > 0),
        NotApplicableWhen.NoRevenue => !(result.RevenueSubsidy[t] + result.ProtocolRailsUsd[t] + Math.Max(0, result.RevenueFees[t] - result.UpstreamCostUsd[t]) + result.RevenueMev[t] > 0),
        NotApplicableWhen.NoCapacity => !(result.Capacity[t] > 0),
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, "unknown condition"),
    };
}
