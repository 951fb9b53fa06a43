namespace Economics.Analysis.Peers;

/// <summary>What one network's history says about subsidy dependence and income per node (<see cref="Of"/>).</summary>
public sealed record PeerSummary
{
    /// <summary>Network id.</summary>
    public required string Network { get; init; }

    /// <summary>Months in the dataset (count).</summary>
    public required int Months { get; init; }

    /// <summary>First month.</summary>
    public required DateOnly FirstMonth { get; init; }

    /// <summary>Last month.</summary>
    public required DateOnly LastMonth { get; init; }

    /// <summary>Months with fees known (count).</summary>
    public required int MonthsWithFees { get; init; }

    /// <summary>Subsidy dependence pooled over the months with fees known: Σ rewards / Σ (rewards + fees) (fraction);
    /// NaN when no month has fees.</summary>
    public required double SubsidyDependence { get; init; }

    /// <summary>Months with a node count (count).</summary>
    public required int MonthsWithNodes { get; init; }

    /// <summary>Median over the months with a node count of USD income per node (USD per node-month); NaN without any.</summary>
    public required double MedianIncomePerNodeUsd { get; init; }

    /// <summary>USD income per node in the last month with a node count (USD per node-month); NaN without any.</summary>
    public required double LastIncomePerNodeUsd { get; init; }

    /// <summary>The node count of the last month with one (count); NaN without any.</summary>
    public required double LastNodes { get; init; }

    /// <summary>Total token rewards to the supply side over the history (USD).</summary>
    public required double TotalSupplyRewardsUsd { get; init; }

    /// <summary>Summarizes <paramref name="months"/> (one network's, ascending).</summary>
    public static PeerSummary Of(IReadOnlyList<PeerMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentOutOfRangeException.ThrowIfZero(months.Count);
        var withFees = months.Where(m => m.HasFees).ToArray();
        double feeIncome = withFees.Sum(m => m.IncomeUsd);
        var perNode = months.Where(m => m.HasNodes && m.Nodes > 0).ToArray();
        return new PeerSummary
        {
            Network = months[0].Network,
            Months = months.Count,
            FirstMonth = months[0].Month,
            LastMonth = months[^1].Month,
            MonthsWithFees = withFees.Length,
            SubsidyDependence = feeIncome > 0 ? withFees.Sum(m => m.SupplyRewardsUsd) / feeIncome : double.NaN,
            MonthsWithNodes = perNode.Length,
            MedianIncomePerNodeUsd = perNode.Length > 0 ? Median([.. perNode.Select(m => m.IncomePerNodeUsd)]) : double.NaN,
            LastIncomePerNodeUsd = perNode.Length > 0 ? perNode[^1].IncomePerNodeUsd : double.NaN,
            LastNodes = perNode.Length > 0 ? perNode[^1].Nodes : double.NaN,
            TotalSupplyRewardsUsd = months.Sum(m => m.SupplyRewardsUsd),
        };
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        int n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
