using Economics.Model.Engine;
using Economics.Model.Results;

namespace Economics.Analysis.MonteCarlo;

/// <summary>
/// The statistics of a set of paths, of fixed size whatever the number of paths: a <see cref="QuantileSketch"/>
/// per series and month, and integer counts. Merging adds counts, so merged results do not depend on which thread
/// ran which path. Not thread safe: one per worker, merged at the end.
/// </summary>
internal sealed class MonteCarloAccumulator
{
    private readonly int _months;

    public MonteCarloAccumulator(int months)
    {
        _months = months;
        Series = new QuantileSketch[MonteCarloSeries.All.Count][];
        for (int s = 0; s < Series.Length; s++)
        {
            Series[s] = new QuantileSketch[months];
            for (int t = 0; t < months; t++)
            {
                Series[s][t] = new QuantileSketch();
            }
        }

        ViableCount = new long[months];
        CliffMonthCount = new long[months + 1];
        SubsidyEndCount = new long[months + 1];
    }

    public QuantileSketch[][] Series { get; }

    /// <summary>Paths viable in each month.</summary>
    public long[] ViableCount { get; }

    /// <summary>Paths whose viability cliff (summary definition) falls in each month; the last entry counts "never".</summary>
    public long[] CliffMonthCount { get; }

    /// <summary>Paths whose subsidy ends in each month; the last entry counts "never within the horizon".</summary>
    public long[] SubsidyEndCount { get; }

    /// <summary>Per offset (12, 24 months after the subsidy ends): paths where that month is within the horizon, and of those, viable.</summary>
    public long[] AfterSubsidyEndEvaluable { get; } = new long[MonteCarloResult.MonthsAfterSubsidyEnd.Count];

    public long[] AfterEmissionsViable { get; } = new long[MonteCarloResult.MonthsAfterSubsidyEnd.Count];

    public QuantileSketch SurvivingNodes { get; } = new();

    public QuantileSketch CumulativeOperatorProfitUsd { get; } = new();

    public long Paths { get; private set; }

    /// <summary>Adds the finished run in <paramref name="ws"/>; <paramref name="viable"/> is scratch of length ≥ months.</summary>
    public void Add(SimulationWorkspace ws, bool[] viable)
    {
        int m = _months;
        for (int s = 0; s < Series.Length; s++)
        {
            double[] values = MonteCarloSeries.All[s].Read(ws);
            var sketches = Series[s];
            for (int t = 0; t < m; t++)
            {
                sketches[t].Add(values[t]);
            }
        }

        double profit = 0.0;
        for (int t = 0; t < m; t++)
        {
            bool ok = ws.Viable[t] > 0;
            viable[t] = ok;
            if (ok)
            {
                ViableCount[t]++;
            }

            profit += ws.OperatorProfit[t];
        }

        CliffMonthCount[SimulationSummary.ViabilityCliff(ws.Viable, m) ?? m]++;
        int? end = SimulationSummary.PayoutEnd(ws.OperatorSubsidyTokens, m);
        SubsidyEndCount[end ?? m]++;
        if (end is { } e)
        {
            for (int i = 0; i < AfterSubsidyEndEvaluable.Length; i++)
            {
                int month = e + MonteCarloResult.MonthsAfterSubsidyEnd[i];
                if (month < m)
                {
                    AfterSubsidyEndEvaluable[i]++;
                    if (viable[month])
                    {
                        AfterEmissionsViable[i]++;
                    }
                }
            }
        }

        SurvivingNodes.Add(ws.NodesTotal[m - 1]);
        CumulativeOperatorProfitUsd.Add(profit);
        Paths++;
    }

    public void Merge(MonteCarloAccumulator other)
    {
        for (int s = 0; s < Series.Length; s++)
        {
            for (int t = 0; t < _months; t++)
            {
                Series[s][t].Merge(other.Series[s][t]);
            }
        }

        AddInto(ViableCount, other.ViableCount);
        AddInto(CliffMonthCount, other.CliffMonthCount);
        AddInto(SubsidyEndCount, other.SubsidyEndCount);
        AddInto(AfterSubsidyEndEvaluable, other.AfterSubsidyEndEvaluable);
        AddInto(AfterEmissionsViable, other.AfterEmissionsViable);
        SurvivingNodes.Merge(other.SurvivingNodes);
        CumulativeOperatorProfitUsd.Merge(other.CumulativeOperatorProfitUsd);
        Paths += other.Paths;
    }

    private static void AddInto(long[] target, long[] source)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }
}
