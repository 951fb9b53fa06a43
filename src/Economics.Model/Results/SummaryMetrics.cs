using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Model.Results;

/// <summary>
/// Summary answers addressable by name (camelCase, as in <c>summary.json</c>), for sensitivity, sweeps and the
/// break-even solver. Months that never happen read as the horizon (so "later" is always larger);
/// not-applicable ratios read as NaN.
/// </summary>
public static class SummaryMetrics
{
    private static readonly Dictionary<string, (string Description, Func<SimulationSummary, double> Read)> Metrics = new(StringComparer.Ordinal)
    {
        ["survivingNodes"] = ("Nodes in the last month (nodes)", s => s.SurvivingNodes),
        ["survivingNodeShare"] = ("Surviving / initial nodes (fraction)", s => s.SurvivingNodeShare ?? double.NaN),
        ["viabilityCliffMonth"] = ("First month the network stops being viable after having been viable (served share, redundancy floor, unsubsidized trailing profit, validators); the horizon if never (month)", s => s.ViabilityCliffMonth ?? s.HorizonMonths),
        ["subsidyEndMonth"] = ("First month of zero subsidy to the end; the horizon if never (month)", s => s.SubsidyEndMonth ?? s.HorizonMonths),
        ["firstLossMonthWithoutSubsidy"] = ("First loss month after the subsidy ends; the horizon if never (month)", s => s.FirstLossMonthWithoutSubsidy ?? s.HorizonMonths),
        ["peakSubsidyDependence"] = ("Highest monthly subsidy dependence (fraction)", s => s.PeakSubsidyDependence ?? double.NaN),
        ["endSubsidyDependence"] = ("Subsidy dependence in the last month (fraction)", s => s.EndSubsidyDependence ?? double.NaN),
        ["breakEvenFeeAtSubsidyEndUsd"] = ("Break-even fee without subsidy at subsidy end (USD/inference)", s => s.BreakEvenFeeAtSubsidyEndUsd ?? double.NaN),
        ["breakEvenFeeRatio"] = ("Break-even fee / fee at subsidy end (ratio)", s => s.RequiredFeeIncreaseFactor ?? double.NaN),
        ["requiredFeeIncreaseFactor"] = ("Break-even fee / fee at subsidy end (ratio)", s => s.RequiredFeeIncreaseFactor ?? double.NaN),
        ["userPriceVsOutside"] = ("User all-in price / centralized price at subsidy end (ratio)", s => s.UserPriceVsOutside ?? double.NaN),
        ["demandLostShare"] = ("Share of base demand lost to the centralized alternative (fraction)", s => s.DemandLostShare ?? double.NaN),
        ["demandUnservedShare"] = ("Share of demand not served (fraction)", s => s.DemandUnservedShare ?? double.NaN),
        ["cumulativeOperatorProfit"] = ("Operator profit over the horizon (USD)", s => s.CumulativeOperatorProfitUsd),
        ["cumulativeOperatorProfitUsd"] = ("Operator profit over the horizon (USD)", s => s.CumulativeOperatorProfitUsd),
        ["cumulativeGasSpendUsd"] = ("Gas spent over the horizon (USD)", s => s.CumulativeGasSpendUsd),
        ["onchainBytesCumulative"] = ("OG chain-history bytes at the end (bytes)", s => s.OnchainBytesCumulative),
        ["cumulativeBaseRailsUsd"] = ("Payment rails on Base over the horizon (USD)", s => s.CumulativeBaseRailsUsd),
        ["cumulativeOgSettlementUsd"] = ("OG settlement gas to validators over the horizon (USD)", s => s.CumulativeOgSettlementUsd),
        ["cumulativeValidatorStakingUsd"] = ("Staking payouts to validators over the horizon (USD)", s => s.CumulativeValidatorStakingUsd),
        ["cumulativeValidatorProfitUsd"] = ("Validators' profit over the horizon (USD)", s => s.CumulativeValidatorProfitUsd),
        ["survivingValidators"] = ("Validators in the last month (nodes)", s => s.SurvivingValidators),
        ["cumulativeWalrusUsd"] = ("Walrus storage over the horizon (USD)", s => s.CumulativeWalrusUsd),
        ["cumulativeProtocolRailsUsd"] = ("Rails borne by the protocol over the horizon (USD)", s => s.CumulativeProtocolRailsUsd),
        ["settleStallMonths"] = ("Months with stalled Base settles (months)", s => s.SettleStallMonths),
        ["peakAwsCapacityShare"] = ("Highest AWS share of capacity (fraction)", s => s.PeakAwsCapacityShare ?? double.NaN),
        ["providerConcentrationIndex"] = ("Mean HHI of capacity by provider (0–1)", s => s.ProviderConcentrationIndex ?? double.NaN),
        ["endTokenPriceUsd"] = ("Token price in the last month (USD)", s => s.EndTokenPriceUsd),
    };

    /// <summary>Every metric name with its description and unit.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = Metrics.ToDictionary(kv => kv.Key, kv => kv.Value.Description, StringComparer.Ordinal);

    /// <summary>Reads a metric by name, or returns false with the list of valid names in <paramref name="error"/>.</summary>
    public static bool TryGet(SimulationSummary summary, string name, out double value, out string error)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (name is not null && Metrics.TryGetValue(name, out var metric))
        {
            value = metric.Read(summary);
            error = string.Empty;
            return true;
        }

        value = double.NaN;
        error = $"{Validation.QuotedText.Of(name)} is not a metric; choose one of: {string.Join(", ", Metrics.Keys)}";
        return false;
    }

    /// <summary>Reads a metric by name.</summary>
    /// <exception cref="ArgumentException">Unknown metric; the message lists the valid names.</exception>
    public static double Get(SimulationSummary summary, string name) =>
        TryGet(summary, name, out double value, out string error) ? value : throw new ArgumentException(error, nameof(name));

    /// <summary>The metrics <paramref name="names"/> of a finished run in <paramref name="ws"/>, into
    /// <paramref name="values"/>: the same numbers as <see cref="Get"/> on <see cref="SimulationSummary.From(Scenario, SimulationWorkspace)"/>, without
    /// the break-even markup search, which no metric reads (sweeps, tornados and the break-even solver run this per cell).</summary>
    /// <exception cref="ArgumentException">An unknown metric; the message lists the valid names.</exception>
    public static void Read(Scenario scenario, SimulationWorkspace ws, IReadOnlyList<string> names, Span<double> values)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (values.Length < names.Count)
        {
            throw new ArgumentException($"room for {values.Length} values, {names.Count} metrics", nameof(values));
        }

        var summary = SimulationSummary.From(scenario, ws, searchBreakEvenMarkup: false);
        for (int i = 0; i < names.Count; i++)
        {
            values[i] = Get(summary, names[i]);
        }
    }

    /// <summary>Whether <paramref name="name"/> is a metric.</summary>
    public static bool IsMetric(string name) => name is not null && Metrics.ContainsKey(name);
}
