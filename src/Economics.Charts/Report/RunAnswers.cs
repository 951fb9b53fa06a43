using Economics.Charts.Theme;
using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Charts.Report;

/// <summary>
/// The answers of one run in words (from <see cref="SimulationSummary"/> and the monthly series), one sentence per
/// question of docs/DESIGN.md, e.g. "In the last month the pools pay them (month 66, Oct 2031), subsidy is 78% of operators'
/// income". Used as chart
/// subtitles and in the report. Invariant culture.
/// </summary>
public static class RunAnswers
{
    /// <summary>Every answer, in the order of the questions.</summary>
    public static IReadOnlyList<string> All(SimulationResult result) =>
    [
        Subsidy(result),
        SubsidyEnd(result),
        Survival(result),
        BreakEven(result),
        Markup(result),
        UserPrice(result),
        Demand(result),
        Rails(result),
        OnchainState(result),
        Aws(result),
        Token(result),
    ];

    /// <summary>"In the last month the pools pay them (month 66, Oct 2031), subsidy is 100% of operators' income (the
    /// pool payouts and the rails the protocol bears, against the fee margin and MEV); it peaks at 100% in month 0."
    /// The month quoted is the one before the subsidy ends (the month the question is about), or the last month when
    /// it never ends.</summary>
    public static string Subsidy(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Summary.CumulativeSubsidyRevenueUsd == 0 && result.Summary.CumulativeProtocolRailsUsd == 0)
        {
            return "Operators earn nothing from subsidy: fees and MEV are all of their income.";
        }

        var (month, which) = result.Summary.SubsidyEndMonth is { } end && end > 0
            ? (Math.Min(end, result.Months) - 1, "In the last month the pools pay them")
            : (result.Months - 1, "In the last month of the horizon");
        double dependence = result.SubsidyDependence[month];
        string peak = result.Summary.PeakSubsidyDependence is { } p && result.Summary.PeakSubsidyDependenceMonth is { } pm
            ? $"; it peaks at {Units.Pct(p)} in {MonthLabel(result, pm)}"
            : string.Empty;
        return double.IsNaN(dependence)
            ? $"{which}, {MonthLabel(result, month)}, operators have no income{peak}."
            : $"{which}, {MonthLabel(result, month)}, subsidy is {Units.Pct(dependence)} of operators' income (pool payouts and the rails the protocol bears, against the fee margin and MEV){peak}.";
    }

    /// <summary>"The subsidy ends in month 48 (Jan 2030)."</summary>
    public static string SubsidyEnd(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        if (s.SubsidyEndMonth is not { } end)
        {
            return "The pools pay operators to the end of the horizon.";
        }

        string loss = s.FirstLossMonthWithoutSubsidy is { } l
            ? $"; operators first make a loss without them in {MonthLabel(result, l)}"
            : "; operators make no loss without them to the end of the horizon";
        return end == 0
            ? $"There is no subsidy{loss}."
            : $"The subsidy ends in {MonthLabel(result, end)}{loss}.";
    }

    /// <summary>"41% of nodes survive (12.3 of 30); the viability cliff comes in month 55 (Aug 2030)."</summary>
    public static string Survival(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        string share = s.SurvivingNodeShare switch
        {
            { } f when f < 1 => $"{Units.Pct(f)} of nodes survive ({Units.Count(s.SurvivingNodes)} of {Units.Count(s.InitialNodes)} at the start; peak {Units.Count(s.PeakNodes)})",
            { } => $"All nodes survive and more join: {Units.Count(s.InitialNodes)} at the start, {Units.Count(s.SurvivingNodes)} at the end (peak {Units.Count(s.PeakNodes)})",
            null => $"{Units.Count(s.SurvivingNodes)} nodes remain at the end",
        };
        var rule = result.Scenario.Viability;
        string validators = result.Scenario.Cohorts.Any(c => c.Kind == CohortKind.Validator)
            ? $"; ≥ {Units.Count(rule.MinValidators)} validators covering their costs without staking payouts"
            : "";
        string test = $"≥ {Units.Pct(rule.MinServedShare)} served, ≥ {Units.Count(rule.RedundancyFloor)} nodes, profit without subsidy ≥ 0{validators}";
        string cliff = (s.ViabilityCliffMonth, s.FirstViableMonth) switch
        {
            ({ } c, _) => $"the network stops being viable ({test}) in {MonthLabel(result, c)}",
            (null, null) => $"the network is never viable by that test ({test})",
            (null, { } first) => $"the network is viable from {MonthLabel(result, first)} on",
        };
        return $"{share}; {cliff}.";
    }

    /// <summary>"With no subsidy, gateways need a 140% markup on list prices to break even: a verified call then costs
    /// 2.4× calling the provider directly." — or that no markup does (DESIGN question 3).</summary>
    public static string Markup(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        if (s.RevenueMaximizingMarkup is not { } best)
        {
            return "No market passes the provider's list price through, so no markup applies.";
        }

        if (s.BreakEvenMarkupFraction is not { } markup)
        {
            return $"With no subsidy, no markup on list prices lets operators break even in {MonthLabel(result, s.ReferenceMonth)}: "
                + (BreakEvenMarkup.IsAtSearchEnd(best)
                    ? $"even at {Units.Pct(best)}, the largest markup searched, their fee margin is below their own costs."
                    : $"their fee margin peaks at a {Units.Pct(best)} markup, below their own costs, as users leave for the direct API.");
        }

        double rails = result.UserPaymentRailsPerInference[s.ReferenceMonth] + result.UserSettlementPerInference[s.ReferenceMonth];
        double outside = s.OutsidePriceUsd;
        double times = (((1 + markup) * outside) + rails) / outside;
        string cost = outside > 0 && double.IsFinite(times)
            ? $"a verified call then costs {Units.Times(times)} calling the provider directly"
            : $"a verified call then costs {Units.Usd(((1 + markup) * outside) + rails)} against a direct price too close to zero for a ratio";
        return $"With no subsidy, operators need a {Units.Pct(markup)} markup on list prices to break even in {MonthLabel(result, s.ReferenceMonth)}: {cost}.";
    }

    /// <summary>"Fees must rise 3.2× to break even without subsidy in month 48 (Jan 2030): from $0.0025 to $0.008 per inference."</summary>
    public static string BreakEven(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        string when = MonthLabel(result, s.ReferenceMonth);
        if (s.BreakEvenFeeAtSubsidyEndUsd is not { } breakEven)
        {
            return $"The break-even fee without subsidy is not defined in {when} (nothing is served).";
        }

        if (s.RequiredFeeIncreaseFactor is { } factor && factor > 1)
        {
            return $"Fees must rise {Units.Times(factor)} to break even without subsidy in {when}: " +
                $"from {Units.Usd(s.FeeAtSubsidyEndUsd)} to {Units.Usd(breakEven)} per inference.";
        }

        return $"The fee already covers costs without subsidy in {when}: " +
            $"{Units.Usd(s.FeeAtSubsidyEndUsd)} per inference against a break-even fee of {Units.Usd(breakEven)}.";
    }

    /// <summary>"Users pay $0.0041 per inference all-in in month 48, 2.05× the direct API's $0.002."</summary>
    public static string UserPrice(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        string against = s.UserPriceVsOutside is { } ratio
            ? $"{Units.Times(ratio)} the direct API's {Units.Usd(s.OutsidePriceUsd)}"
            : $"against a direct API price of {Units.Usd(s.OutsidePriceUsd)} (too close to zero for a ratio)";
        return $"Users pay {Units.Usd(s.UserPriceAtSubsidyEndUsd)} per inference all-in in {MonthLabel(result, s.ReferenceMonth)}, {against}.";
    }

    /// <summary>"4% of base demand is lost to the centralized alternative and 0.5% of demand goes unserved."</summary>
    public static string Demand(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        string lost = s.DemandLostShare is { } l ? $"{Units.Pct(l)} of base demand is lost to the centralized alternative" : "No demand is lost to the centralized alternative";
        string unserved = s.DemandUnservedShare is { } u ? $"{Units.Pct(u)} of the remaining demand goes unserved for lack of capacity" : "nothing is left unserved";
        return $"Over the horizon, {char.ToLowerInvariant(lost[0])}{lost[1..]}, and {unserved}.";
    }

    /// <summary>"… cost $0.0012 per inference (29% of the user's all-in price) in month 48 …"; above the whole price a multiple ("1.68× the user's all-in price").</summary>
    public static string Rails(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        int t = result.Summary.ReferenceMonth;
        double rails = result.PaymentGasPerInference[t] + result.FacilitatorPerInference[t] + result.Permit2PerInference[t]
            + result.SettlementGasPerInference[t] + result.WalrusPerInference[t];
        double price = result.UserPriceUsd[t];
        double fraction = rails / price;
        // Up to the whole price as a share ("29% of"); beyond it as a multiple ("13× the"), which "1313% of" is not read as.
        string share = !(price > 0 && double.IsFinite(fraction)) ? string.Empty
            : fraction > 1 ? $" ({Units.Times(fraction)} the user's all-in price)"
            : $" ({Units.Pct(fraction)} of the user's all-in price)";
        return $"x402 payment gas, facilitator fees, Permit2 approvals, OG settlement gas and Walrus storage cost {Units.Usd(rails)} per inference{share} " +
            $"in {MonthLabel(result, t)}, whoever bears them ({Units.Usd(result.ProtocolRailsPerInference[t])} by the protocol).";
    }

    /// <summary>"Settlement leaves 3.4 GB of OG chain history; keeping it costs full nodes $270 per month by the end."</summary>
    public static string OnchainState(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        return $"Settlement leaves {Units.Bytes(s.OnchainBytesCumulative)} of OG chain history; keeping it costs full nodes " +
            $"{Units.Usd(s.StateCarryUsdEnd)} per month by the end ({Units.Usd(s.CumulativeStateCarryUsd)} over the horizon).";
    }

    /// <summary>"AWS Nitro Enclaves hold up to 33% of capacity."</summary>
    public static string Aws(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        string hhi = s.ProviderConcentrationIndex is { } h ? $"; provider concentration (HHI) averages {h.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}" : string.Empty;
        return s.PeakAwsCapacityShare switch
        {
            0 => $"No capacity runs in AWS Nitro Enclaves{hhi}.",
            { } a => $"AWS Nitro Enclaves hold up to {Units.Pct(a)} of capacity{hhi}.",
            null => $"No capacity is in service{hhi}.",
        };
    }

    /// <summary>"124 million tokens are emitted over the horizon; the token ends at $0.41."</summary>
    public static string Token(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        return $"{Units.Count(s.CumulativeReleasedTokens)} tokens are emitted over the horizon; the token price ends at {Units.Usd(s.EndTokenPriceUsd)}.";
    }

    /// <summary>"month 48 (Jan 2030)".</summary>
    public static string MonthLabel(SimulationResult result, int month)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"month {month} ({Units.MonthName(MonthCalendar.DateOf(result.Scenario.StartMonth, month))})";
    }
}
