using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Model.Results;

/// <summary>
/// The answers of one run (<c>summary.json</c>). Months are 0-based model months; null means "never" for a
/// month and "not applicable" for a ratio whose denominator is zero.
/// </summary>
public sealed record SimulationSummary
{

    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>Months simulated.</summary>
    public required int HorizonMonths { get; init; }

    /// <summary>First month from which the pools pay operators nothing to the end of the horizon (the last pool
    /// that pays operators has run out); null if some pool still pays in the last month.</summary>
    public required int? SubsidyEndMonth { get; init; }

    /// <summary>Per pool that pays operators (<c>use.operators</c> &gt; 0): the first month from which it pays them
    /// nothing; null if it still pays in the last month. Unit: month index.</summary>
    public required IReadOnlyDictionary<string, int?> SubsidyEndMonthByPool { get; init; }

    /// <summary>First month the network is not viable (<c>viability</c>: served share, redundancy floor, trailing
    /// profit without subsidy or protocol-borne rails, and with validator cohorts enough validators covering their costs
    /// without staking payouts) after having been viable; null if never. Unit: month index.</summary>
    public required int? ViabilityCliffMonth { get; init; }

    /// <summary>First month the network is viable; null if never. Unit: month index.</summary>
    public required int? FirstViableMonth { get; init; }

    /// <summary>Share of months the network is viable. Unit: fraction.</summary>
    public required double ViableMonthShare { get; init; }

    /// <summary>Smallest markup on list prices at which operators break even with no subsidy at the nodes and base
    /// demand of the reference month (<see cref="BreakEvenMarkup"/>); null when none does (or no market passes
    /// through). Unit: fraction.</summary>
    public required double? BreakEvenMarkupFraction { get; init; }

    /// <summary>The markup that maximizes operators' fee margin in the reference month; null when no market passes
    /// through. Unit: fraction.</summary>
    public required double? RevenueMaximizingMarkup { get; init; }

    /// <summary>All-in price / outside price per market in the reference month (null where the market has no
    /// outside price, or the ratio is not finite). Unit: ratio.</summary>
    public required IReadOnlyDictionary<string, double?> UserPriceVsOutsideByMarket { get; init; }

    /// <summary>Share of demand the per-request OPG cap rejected over the horizon. Unit: fraction.</summary>
    public required double? RejectedByCapShare { get; init; }

    /// <summary>Gateways' upstream bill to model providers over the horizon. Unit: USD.</summary>
    public required double CumulativeUpstreamCostUsd { get; init; }

    /// <summary>First month at or after the end of the subsidy in which operators as a whole make a loss; null if never
    /// (or if the subsidy never ends).</summary>
    public required int? FirstLossMonthWithoutSubsidy { get; init; }

    /// <summary>First month operators as a whole make a loss; null if never.</summary>
    public required int? FirstLossMonth { get; init; }

    /// <summary>Nodes at month 0, all inference cohorts (validators: initialValidators). Unit: nodes.</summary>
    public required double InitialNodes { get; init; }

    /// <summary>Nodes in the last month, all inference cohorts (validators: survivingValidators). Unit: nodes.</summary>
    public required double SurvivingNodes { get; init; }

    /// <summary>Surviving / initial nodes; null with no initial nodes. Unit: fraction.</summary>
    public required double? SurvivingNodeShare { get; init; }

    /// <summary>Peak total nodes. Unit: nodes.</summary>
    public required double PeakNodes { get; init; }

    /// <summary>Nodes in the last month per cohort. Unit: nodes.</summary>
    public required IReadOnlyDictionary<string, double> SurvivingNodesByCohort { get; init; }

    /// <summary>Highest monthly subsidy dependence. Unit: fraction.</summary>
    public required double? PeakSubsidyDependence { get; init; }

    /// <summary>Month of the highest subsidy dependence.</summary>
    public required int? PeakSubsidyDependenceMonth { get; init; }

    /// <summary>Subsidy dependence in the last month. Unit: fraction.</summary>
    public required double? EndSubsidyDependence { get; init; }

    /// <summary>The month the fee answers refer to: the subsidy end month, or the last month if the subsidy never ends.</summary>
    public required int ReferenceMonth { get; init; }

    /// <summary>Fee in the reference month. Unit: USD/inference.</summary>
    public required double FeeAtSubsidyEndUsd { get; init; }

    /// <summary>Fee at which operators break even without subsidy in the reference month. Unit: USD/inference.</summary>
    public required double? BreakEvenFeeAtSubsidyEndUsd { get; init; }

    /// <summary>Break-even fee without subsidy / fee, in the reference month: how much fees must rise.
    /// Unit: ratio (null with a zero fee or nothing served, or when the ratio would overflow).</summary>
    public required double? RequiredFeeIncreaseFactor { get; init; }

    /// <summary>Break-even fee without subsidy in the last month. Unit: USD/inference.</summary>
    public required double? BreakEvenFeeEndUsd { get; init; }

    /// <summary>The user's all-in price in the reference month. Unit: USD/inference.</summary>
    public required double UserPriceAtSubsidyEndUsd { get; init; }

    /// <summary>The outside option's price in the reference month (served-weighted over markets). Unit: USD/inference.</summary>
    public required double OutsidePriceUsd { get; init; }

    /// <summary>User all-in price / outside price, in the reference month; null (not applicable) when the outside
    /// price is 0 or the quotient overflows (an outside price under ~1e-300 USD, e.g. after events that cut the list
    /// price by 1e-300). Unit: ratio.</summary>
    public required double? UserPriceVsOutside { get; init; }

    /// <summary>Share of base demand lost to the outside option over the horizon. Unit: fraction.</summary>
    public required double? DemandLostShare { get; init; }

    /// <summary>Share of demand not served for lack of capacity over the horizon. Unit: fraction.</summary>
    public required double? DemandUnservedShare { get; init; }

    /// <summary>Inferences served over the horizon. Unit: inferences.</summary>
    public required double CumulativeServedInferences { get; init; }

    /// <summary>Gas spent (Base settle and approval gas + OG event gas) over the horizon. Unit: USD.</summary>
    public required double CumulativeGasSpendUsd { get; init; }

    /// <summary>Payment rails on Base over the horizon, whoever bore them. Unit: USD.</summary>
    public required double CumulativeBaseRailsUsd { get; init; }

    /// <summary>OG-chain settlement gas over the horizon: validators' revenue (paid in OPG). Unit: USD.</summary>
    public required double CumulativeOgSettlementUsd { get; init; }

    /// <summary>User funds exposed to standing Permit2 approvals in the last month. Unit: USD.</summary>
    public required double Permit2ExposedUsdEnd { get; init; }

    /// <summary>Staking payouts validator cohorts received over the horizon. Unit: USD.</summary>
    public required double CumulativeValidatorStakingUsd { get; init; }

    /// <summary>Validator cohorts' staking + gas − own costs over the horizon. Unit: USD.</summary>
    public required double CumulativeValidatorProfitUsd { get; init; }

    /// <summary>Validators (all validator cohorts) in the last month. Unit: nodes.</summary>
    public required double SurvivingValidators { get; init; }

    /// <summary>Validators at month 0. Unit: nodes.</summary>
    public required double InitialValidators { get; init; }

    /// <summary>Walrus storage bought over the horizon. Unit: USD.</summary>
    public required double CumulativeWalrusUsd { get; init; }

    /// <summary>Rails and settlement users bore over the horizon. Unit: USD.</summary>
    public required double CumulativeUserRailsUsd { get; init; }

    /// <summary>Rails and settlement operators bore over the horizon. Unit: USD.</summary>
    public required double CumulativeOperatorRailsUsd { get; init; }

    /// <summary>Rails and settlement the protocol bore over the horizon (a hidden subsidy). Unit: USD.</summary>
    public required double CumulativeProtocolRailsUsd { get; init; }

    /// <summary>Months in which Base base fee + priority exceeded the facilitator's max fee. Unit: months.</summary>
    public required int SettleStallMonths { get; init; }

    /// <summary>Encoded bytes held on Walrus in the last month. Unit: bytes.</summary>
    public required double WalrusStoredBytesEnd { get; init; }

    /// <summary>OG chain-history bytes at the end. Unit: bytes.</summary>
    public required double OnchainBytesCumulative { get; init; }

    /// <summary>Chain-history carrying cost in the last month. Unit: USD/month.</summary>
    public required double StateCarryUsdEnd { get; init; }

    /// <summary>Chain-history carrying cost over the horizon. Unit: USD.</summary>
    public required double CumulativeStateCarryUsd { get; init; }

    /// <summary>Highest share of capacity on AWS. Unit: fraction.</summary>
    public required double? PeakAwsCapacityShare { get; init; }

    /// <summary>Mean over months of the Herfindahl–Hirschman index of capacity by provider (1 = one provider). Unit: 0–1.</summary>
    public required double? ProviderConcentrationIndex { get; init; }

    /// <summary>Tokens emitted over the horizon. Unit: tokens.</summary>
    public required double CumulativeReleasedTokens { get; init; }

    /// <summary>Operator fee revenue over the horizon. Unit: USD.</summary>
    public required double CumulativeFeeRevenueUsd { get; init; }

    /// <summary>Operator subsidy revenue (pool payouts at the month's price) over the horizon. Unit: USD.</summary>
    public required double CumulativeSubsidyRevenueUsd { get; init; }

    /// <summary>Operator MEV revenue over the horizon. Unit: USD.</summary>
    public required double CumulativeMevRevenueUsd { get; init; }

    /// <summary>Operator profit over the horizon. Unit: USD.</summary>
    public required double CumulativeOperatorProfitUsd { get; init; }

    /// <summary>Token price in the last month. Unit: USD/token.</summary>
    public required double EndTokenPriceUsd { get; init; }

    /// <summary>Computes the answers from a finished run.</summary>
    public static SimulationSummary From(Scenario scenario, SimulationWorkspace ws) => From(scenario, ws, searchBreakEvenMarkup: true);

    /// <summary>The answers, with the break-even markup search skipped when <paramref name="searchBreakEvenMarkup"/> is
    /// false (then <see cref="BreakEvenMarkupFraction"/> and <see cref="RevenueMaximizingMarkup"/> are null): for
    /// <see cref="SummaryMetrics.Read"/>, whose metrics do not read it; the search is ≈ 0.6 ms of a 0.7 ms baseline
    /// summary, seven times the run.</summary>
    internal static SimulationSummary From(Scenario scenario, SimulationWorkspace ws, bool searchBreakEvenMarkup)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(ws);
        int m = ws.Months;
        int last = m - 1;
        int? subsidyEnd = PayoutEnd(ws.OperatorSubsidyTokens, m);
        var endByPool = new Dictionary<string, int?>(StringComparer.Ordinal);
        for (int i = 0; i < ws.PoolCount; i++)
        {
            if (scenario.Token.Pools[i].Use.Operators > 0)
            {
                endByPool[scenario.Token.Pools[i].Name] = PayoutEnd(ws.Pools[i].OperatorPayout, m);
            }
        }
        int? cliff = ViabilityCliff(ws.Viable, m);
        int? firstViable = FirstIndex(ws.Viable, 0, m, v => v > 0);
        int reference = subsidyEnd is { } end && end < m ? end : last;
        int? firstLoss = FirstIndex(ws.OperatorProfit, 0, m, v => v < 0);
        int? firstLossAfter = subsidyEnd is { } e ? FirstIndex(ws.OperatorProfit, e, m, v => v < 0) : null;

        var (peakDependence, peakDependenceMonth) = Peak(ws.SubsidyDependence, m);
        var (peakAws, _) = Peak(ws.AwsCapacityShare, m);
        double fee = ws.FeeUsd[reference];
        double? breakEven = NullIfNaN(ws.BreakEvenFeeWithoutSubsidy[reference]);
        var byMarket = new Dictionary<string, double?>(StringComparer.Ordinal);
        for (int k = 0; k < ws.MarketCount; k++)
        {
            byMarket[scenario.Markets[k].Name] = Ratio(ws.Markets[k].UserPrice[reference], ws.Markets[k].OutsidePrice[reference]);
        }

        var (markup, revenueMaximizing) = searchBreakEvenMarkup ? BreakEvenMarkup.Solve(scenario, ws, reference) : (null, null);
        double centralized = ws.OutsidePriceUsd[reference];
        double baseDemand = Sum(ws.BaseDemand, m);
        double demand = Sum(ws.Demand, m);
        var surviving = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int c = 0; c < ws.CohortCount; c++)
        {
            surviving[scenario.Cohorts[c].Name] = ws.Cohorts[c].Nodes[last];
        }

        double initialNodes = ws.NodesTotal[0];
        return new SimulationSummary
        {
            Scenario = scenario.Name,
            HorizonMonths = m,
            SubsidyEndMonth = subsidyEnd,
            SubsidyEndMonthByPool = endByPool,
            ViabilityCliffMonth = cliff,
            FirstViableMonth = firstViable,
            ViableMonthShare = Sum(ws.Viable, m) / m,
            BreakEvenMarkupFraction = markup,
            RevenueMaximizingMarkup = revenueMaximizing,
            UserPriceVsOutsideByMarket = byMarket,
            RejectedByCapShare = Ratio(Sum(ws.RejectedByCap, m), demand),
            CumulativeUpstreamCostUsd = Sum(ws.UpstreamCostUsd, m),
            FirstLossMonthWithoutSubsidy = firstLossAfter,
            FirstLossMonth = firstLoss,
            InitialNodes = initialNodes,
            SurvivingNodes = ws.NodesTotal[last],
            SurvivingNodeShare = Ratio(ws.NodesTotal[last], initialNodes),
            PeakNodes = Max(ws.NodesTotal, m),
            SurvivingNodesByCohort = surviving,
            PeakSubsidyDependence = peakDependence,
            PeakSubsidyDependenceMonth = peakDependenceMonth,
            EndSubsidyDependence = NullIfNaN(ws.SubsidyDependence[last]),
            ReferenceMonth = reference,
            FeeAtSubsidyEndUsd = fee,
            BreakEvenFeeAtSubsidyEndUsd = breakEven,
            RequiredFeeIncreaseFactor = breakEven is { } b ? Ratio(b, fee) : null,
            BreakEvenFeeEndUsd = NullIfNaN(ws.BreakEvenFeeWithoutSubsidy[last]),
            UserPriceAtSubsidyEndUsd = ws.UserPriceUsd[reference],
            OutsidePriceUsd = centralized,
            UserPriceVsOutside = Ratio(ws.UserPriceUsd[reference], centralized),
            DemandLostShare = Ratio(Sum(ws.LostDemand, m), baseDemand),
            DemandUnservedShare = Ratio(Sum(ws.Unserved, m), demand),
            CumulativeServedInferences = Sum(ws.Served, m),
            CumulativeGasSpendUsd = Sum(ws.GasSpendUsd, m),
            CumulativeBaseRailsUsd = Sum(ws.BaseRailsUsd, m),
            CumulativeOgSettlementUsd = Sum(ws.ValidatorGasRevenueUsd, m),
            Permit2ExposedUsdEnd = ws.Permit2ExposedUsd[last],
            CumulativeValidatorStakingUsd = Sum(ws.ValidatorStakingUsd, m),
            CumulativeValidatorProfitUsd = Sum(ws.ValidatorProfitUsd, m),
            SurvivingValidators = ws.ValidatorNodes[last],
            InitialValidators = ws.ValidatorNodes[0],
            CumulativeWalrusUsd = Sum(ws.WalrusUsd, m),
            CumulativeUserRailsUsd = Sum(ws.UserRailsUsd, m),
            CumulativeOperatorRailsUsd = Sum(ws.OperatorRailsUsd, m),
            CumulativeProtocolRailsUsd = Sum(ws.ProtocolRailsUsd, m),
            SettleStallMonths = (int)Sum(ws.SettleStalled, m),
            WalrusStoredBytesEnd = ws.WalrusStoredBytes[last],
            OnchainBytesCumulative = ws.OnchainBytesCumulative[last],
            StateCarryUsdEnd = ws.StateCarryUsd[last],
            CumulativeStateCarryUsd = Sum(ws.StateCarryUsd, m),
            PeakAwsCapacityShare = peakAws,
            ProviderConcentrationIndex = MeanIgnoringNaN(ws.ProviderConcentration, m),
            CumulativeReleasedTokens = Sum(ws.ReleasedTokens, m),
            CumulativeFeeRevenueUsd = Sum(ws.RevenueFees, m),
            CumulativeSubsidyRevenueUsd = Sum(ws.RevenueSubsidy, m),
            CumulativeMevRevenueUsd = Sum(ws.RevenueMev, m),
            CumulativeOperatorProfitUsd = Sum(ws.OperatorProfit, m),
            EndTokenPriceUsd = ws.TokenPriceUsd[last],
        };
    }

    /// <summary>First month from which <paramref name="payouts"/> stay zero; null if the last month still pays.</summary>
    public static int? PayoutEnd(ReadOnlySpan<double> payouts, int months)
    {
        int end = months;
        while (end > 0 && !(payouts[end - 1] > 0))
        {
            end--;
        }

        return end < months ? end : null;
    }

    /// <summary>First month not viable (<paramref name="viable"/> = 0) after a viable month; null if never.</summary>
    public static int? ViabilityCliff(ReadOnlySpan<double> viable, int months)
    {
        bool seen = false;
        for (int t = 0; t < months; t++)
        {
            if (viable[t] > 0)
            {
                seen = true;
            }
            else if (seen)
            {
                return t;
            }
        }

        return null;
    }

    private static int? FirstIndex(double[] values, int from, int months, Func<double, bool> predicate)
    {
        for (int t = Math.Max(0, from); t < months; t++)
        {
            if (predicate(values[t]))
            {
                return t;
            }
        }

        return null;
    }

    private static (double? Value, int? Month) Peak(double[] values, int months)
    {
        double? best = null;
        int? month = null;
        for (int t = 0; t < months; t++)
        {
            if (!double.IsNaN(values[t]) && (best is null || values[t] > best))
            {
                best = values[t];
                month = t;
            }
        }

        return (best, month);
    }

    private static double Sum(double[] values, int months)
    {
        double sum = 0.0;
        for (int t = 0; t < months; t++)
        {
            sum += values[t];
        }

        return sum;
    }

    private static double Max(double[] values, int months)
    {
        double max = 0.0;
        for (int t = 0; t < months; t++)
        {
            max = Math.Max(max, values[t]);
        }

        return max;
    }

    private static double? MeanIgnoringNaN(double[] values, int months)
    {
        double sum = 0.0;
        int count = 0;
        for (int t = 0; t < months; t++)
        {
            if (!double.IsNaN(values[t]))
            {
                sum += values[t];
                count++;
            }
        }

        return count > 0 ? sum / count : null;
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;

    // numerator/denominator; null (not applicable) when the denominator is not positive or the quotient overflows.
    private static double? Ratio(double numerator, double denominator)
    {
        if (!(denominator > 0))
        {
            return null;
        }

        double quotient = numerator / denominator;
        return double.IsFinite(quotient) ? quotient : null;
    }
}
