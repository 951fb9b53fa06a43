namespace Economics.Model.Engine;

/// <summary>Per-month arrays of one cohort, owned by a <see cref="SimulationWorkspace"/>.</summary>
public sealed class CohortArrays
{
    internal CohortArrays(int months)
    {
        Nodes = new double[months];
        Capacity = new double[months];
        Served = new double[months];
        RevenueFees = new double[months];
        RevenueSubsidy = new double[months];
        RevenueMev = new double[months];
        Costs = new double[months];
        Profit = new double[months];
        Margin = new double[months];
        Upstream = new double[months];
        TargetNodes = new double[months];
        SubsidyDependence = new double[months];
        Availability = new double[months];
        CostMultiplier = new double[months];
    }

    /// <summary>Nodes during the month. Unit: nodes (expected, real-valued).</summary>
    public double[] Nodes { get; }
    /// <summary>Usable capacity. Unit: inferences/month.</summary>
    public double[] Capacity { get; }
    /// <summary>Inferences served. Unit: inferences/month.</summary>
    public double[] Served { get; }
    /// <summary>Net fee revenue. Unit: USD/month.</summary>
    public double[] RevenueFees { get; }
    /// <summary>Subsidy revenue (pool payouts to operators). Unit: USD/month.</summary>
    public double[] RevenueSubsidy { get; }
    /// <summary>MEV revenue. Unit: USD/month.</summary>
    public double[] RevenueMev { get; }
    /// <summary>Own costs: infrastructure, capital, per-request costs and the rails the cohort bears (not the upstream bill). Unit: USD/month.</summary>
    public double[] Costs { get; }
    /// <summary>Profit. Unit: USD/month.</summary>
    public double[] Profit { get; }
    /// <summary>Profit / own costs (the pass-through upstream bill is not in the cost base); NaN (not applicable) in a month without own costs. Unit: fraction.</summary>
    public double[] Margin { get; }
    /// <summary>Upstream bill to model providers. Unit: USD/month.</summary>
    public double[] Upstream { get; }
    /// <summary>Supply-curve target nodes computed this month (acts <c>entry.leadMonths</c> later). Unit: nodes.</summary>
    public double[] TargetNodes { get; }
    /// <summary>The cohort's subsidy dependence (its pool subsidy and its served share of the protocol-borne rails
    /// over its income); NaN with no income. Unit: fraction.</summary>
    public double[] SubsidyDependence { get; }
    internal double[] Availability { get; }
    internal double[] CostMultiplier { get; }
}
