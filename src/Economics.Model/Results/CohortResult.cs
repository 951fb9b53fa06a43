using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Model.Results;

/// <summary>Per-month series of one operator cohort.</summary>
public sealed record CohortResult
{
    /// <summary>The cohort's name (column <c>nodes_&lt;name&gt;</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What the cohort's nodes do: inference or validator.</summary>
    public required CohortKind Kind { get; init; }

    /// <summary>The cohort's provider, e.g. <c>aws</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>Nodes. Unit: nodes.</summary>
    public required IReadOnlyList<double> Nodes { get; init; }

    /// <summary>Usable capacity. Unit: inferences/month.</summary>
    public required IReadOnlyList<double> Capacity { get; init; }

    /// <summary>Inferences served. Unit: inferences/month.</summary>
    public required IReadOnlyList<double> Served { get; init; }

    /// <summary>Fee revenue (net of take). Unit: USD/month.</summary>
    public required IReadOnlyList<double> RevenueFees { get; init; }

    /// <summary>Subsidy revenue (pool payouts to operators). Unit: USD/month.</summary>
    public required IReadOnlyList<double> RevenueSubsidy { get; init; }

    /// <summary>MEV revenue. Unit: USD/month.</summary>
    public required IReadOnlyList<double> RevenueMev { get; init; }

    /// <summary>Upstream bill to model providers (hosted-proxy requests × list × (1 − discount)). Unit: USD/month.</summary>
    public required IReadOnlyList<double> Upstream { get; init; }

    /// <summary>Supply-curve target nodes computed in the month (acts <c>entry.leadMonths</c> later). Unit: nodes.</summary>
    public required IReadOnlyList<double> TargetNodes { get; init; }

    /// <summary>(Subsidy + the cohort's served share of the protocol-borne rails) / (that + max(0, fees − upstream) + MEV);
    /// not applicable (NaN) with no income. Unit: fraction.</summary>
    public required IReadOnlyList<double> SubsidyDependence { get; init; }

    /// <summary>Costs: own costs + the upstream bill. Unit: USD/month.</summary>
    public required IReadOnlyList<double> Costs { get; init; }

    /// <summary>Profit. Unit: USD/month.</summary>
    public required IReadOnlyList<double> Profit { get; init; }

    /// <summary>Profit / own costs (costs − upstream). Not applicable (NaN in memory, an empty cell in CSV, null in JSON) in a month without costs. Unit: fraction.</summary>
    public required IReadOnlyList<double> Margin { get; init; }

    internal static CohortResult From(Cohort cohort, CohortArrays arrays, int months) => new()
    {
        Name = cohort.Name,
        Kind = cohort.Kind,
        Provider = cohort.Provider,
        Nodes = arrays.Nodes.AsSpan(0, months).ToArray(),
        Capacity = arrays.Capacity.AsSpan(0, months).ToArray(),
        Served = arrays.Served.AsSpan(0, months).ToArray(),
        RevenueFees = arrays.RevenueFees.AsSpan(0, months).ToArray(),
        RevenueSubsidy = arrays.RevenueSubsidy.AsSpan(0, months).ToArray(),
        RevenueMev = arrays.RevenueMev.AsSpan(0, months).ToArray(),
        Upstream = arrays.Upstream.AsSpan(0, months).ToArray(),
        TargetNodes = arrays.TargetNodes.AsSpan(0, months).ToArray(),
        SubsidyDependence = arrays.SubsidyDependence.AsSpan(0, months).ToArray(),
        Costs = arrays.Costs.AsSpan(0, months).ToArray(),
        Profit = arrays.Profit.AsSpan(0, months).ToArray(),
        Margin = arrays.Margin.AsSpan(0, months).ToArray(),
    };
}
