namespace Economics.Model.Engine;

/// <summary>Per-month arrays of one market, owned by a <see cref="SimulationWorkspace"/> (the rows of <c>markets.csv</c>).</summary>
public sealed class MarketArrays
{
    internal MarketArrays(int months)
    {
        BaseDemandRaw = new double[months];
        BaseDemand = new double[months];
        AcceptedShare = new double[months];
        Demand = new double[months];
        Rejected = new double[months];
        Served = new double[months];
        Unserved = new double[months];
        Lost = new double[months];
        Fee = new double[months];
        Take = new double[months];
        UserPrice = new double[months];
        OutsidePrice = new double[months];
        CostPerServed = new double[months];
        MevTax = new double[months];
        Conversion = new double[months];
        Capacity = new double[months];
    }

    internal double[] BaseDemandRaw { get; }

    /// <summary>Base demand (growth × demand shocks; 0 while the market is withdrawn). Unit: requests/month.</summary>
    public double[] BaseDemand { get; }

    /// <summary>Share of base demand that accepts the all-in price, after partial adjustment. Unit: fraction.</summary>
    public double[] AcceptedShare { get; }

    /// <summary>Demand: base × accepted share. Unit: requests/month.</summary>
    public double[] Demand { get; }

    /// <summary>Requests rejected by the per-request OPG cap. Unit: requests/month.</summary>
    public double[] Rejected { get; }

    /// <summary>Requests served. Unit: requests/month.</summary>
    public double[] Served { get; }

    /// <summary>Demand that was not rejected but found no capacity. Unit: requests/month.</summary>
    public double[] Unserved { get; }

    /// <summary>Base demand lost to the outside option (base − demand). Unit: requests/month.</summary>
    public double[] Lost { get; }

    /// <summary>Fee per served request. Unit: USD/request.</summary>
    public double[] Fee { get; }

    /// <summary>Protocol take per served request. Unit: USD/request.</summary>
    public double[] Take { get; }

    /// <summary>The user's all-in price per served request. Unit: USD/request.</summary>
    public double[] UserPrice { get; }

    /// <summary>The outside option per request. Unit: USD/request.</summary>
    public double[] OutsidePrice { get; }

    /// <summary>Mean list cost of a served request (below the list mean when the cap rejects the largest). Unit: USD/request.</summary>
    public double[] CostPerServed { get; }

    /// <summary>MEV tax per request (on-chain ML markets only). Unit: USD/request.</summary>
    public double[] MevTax { get; }

    /// <summary>Users' cost of buying the OPG of the fee: swapFeeFraction × fee (token fees only). Unit: USD/inference.</summary>
    public double[] Conversion { get; }

    /// <summary>Capacity cohorts allocate to this market. Unit: requests/month.</summary>
    public double[] Capacity { get; }
}
