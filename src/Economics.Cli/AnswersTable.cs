using System.Globalization;
using Economics.Analysis.Text;
using Economics.Model.Results;
using Economics.Model.Scenarios;
using Spectre.Console;

namespace Economics.Cli;

/// <summary>The answers of one run as a two-column terminal table (question, answer), numbers in invariant culture.</summary>
public static class AnswersTable
{
    /// <summary>Builds the table for <paramref name="result"/>.</summary>
    public static Table Create(SimulationResult result) => Create(result, []);

    /// <summary>Builds the table for <paramref name="result"/>, run with the <c>--set</c> <paramref name="overrides"/>
    /// (the first row lists them, "none" without).</summary>
    public static Table Create(SimulationResult result, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(overrides);
        var s = result.Summary;
        var table = new Table { Title = new TableTitle($"Answers — {Markup.Escape(s.Scenario)}") }
            .AddColumn("Question")
            .AddColumn("Answer");

        Add(table, "Overrides (--set)", overrides.Count == 0 ? "none" : string.Join(", ", overrides));
        Add(table, "Subsidy ends", MonthText(result, s.SubsidyEndMonth, "not within the horizon"));
        Add(table, "Subsidy dependence", Format(
            $"peak {Percent(s.PeakSubsidyDependence)} in {MonthText(result, s.PeakSubsidyDependenceMonth, "-")}, last month {Percent(s.EndSubsidyDependence)}"));
        Add(table, "Viable (served ≥ 95%, ≥ 3 nodes, profit without subsidy ≥ 0; validators too)", Format(
            $"first {MonthText(result, s.FirstViableMonth, "never")}; {Percent(s.ViableMonthShare)} of months; cliff {MonthText(result, s.ViabilityCliffMonth, "never")}"));
        Add(table, "First loss after the subsidy ends", MonthText(result, s.FirstLossMonthWithoutSubsidy, "never"));
        Add(table, "Surviving nodes", ByCohort(result) is { } byCohort ? Format($"{Survivors(s)}; {byCohort}") : Survivors(s));
        if (s.InitialValidators > 0 || s.SurvivingValidators > 0)
        {
            Add(table, "Validators: surviving / staking / gas / profit (cumulative)", Format(
                $"{HumanFormat.Count(s.SurvivingValidators)} ({HumanFormat.Count(s.InitialValidators)} at the start); {Usd(s.CumulativeValidatorStakingUsd)} / {Usd(s.CumulativeOgSettlementUsd)} / {Usd(s.CumulativeValidatorProfitUsd)}"));
        }

        // The two break-even rows answer different questions: the fee at the month's volume held fixed, and the markup
        // once users may leave for the provider's own API as the price rises; the labels say which.
        Add(table, "Break-even fee without subsidy (at that month's volume)", Format(
            $"{Usd(s.BreakEvenFeeAtSubsidyEndUsd)} vs fee {Usd(s.FeeAtSubsidyEndUsd)} in month {s.ReferenceMonth} → {FeeChange(s.RequiredFeeIncreaseFactor)}"));
        Add(table, "Break-even markup on list price (no subsidy; users leave for the direct API as the price rises)", MarkupAnswer(s));
        Add(table, "User all-in price vs calling the provider directly", Format(
            $"{Usd(s.UserPriceAtSubsidyEndUsd)} vs {Usd(s.OutsidePriceUsd)} ({Factor(s.UserPriceVsOutside)}); {ByMarket(s)}"));
        Add(table, "Demand lost to the direct API / unserved / rejected by the cap", Format(
            $"{Percent(s.DemandLostShare)} / {Percent(s.DemandUnservedShare)} / {Percent(s.RejectedByCapShare)}"));
        Add(table, "Rails: Base / OG gas (validators) / Walrus", Format(
            $"{Usd(s.CumulativeBaseRailsUsd)} / {Usd(s.CumulativeOgSettlementUsd)} / {Usd(s.CumulativeWalrusUsd)}; borne by the protocol {Usd(s.CumulativeProtocolRailsUsd)}; settles stalled {s.SettleStallMonths} months; user OPG under standing Permit2 approvals at the end {Usd(s.Permit2ExposedUsdEnd)}"));
        Add(table, "Cumulative gas spend / chain history", Format(
            $"{Usd(s.CumulativeGasSpendUsd)} / {HumanFormat.Bytes(s.OnchainBytesCumulative)} (carry {Usd(s.StateCarryUsdEnd)} per month at the end)"));
        Add(table, "Revenue: fees / subsidy / MEV (cumulative)", Format(
            $"{Usd(s.CumulativeFeeRevenueUsd)} / {Usd(s.CumulativeSubsidyRevenueUsd)} / {Usd(s.CumulativeMevRevenueUsd)}"));
        Add(table, "Peak AWS capacity share / concentration (HHI)", Format(
            $"{Percent(s.PeakAwsCapacityShare)} / {Number(s.ProviderConcentrationIndex)}"));
        Add(table, "Token price at the end", Usd(s.EndTokenPriceUsd));
        return table;
    }

    private static void Add(Table table, string question, string answer) =>
        table.AddRow(new Text(question), new Text(answer));

    private static string ByMarket(SimulationSummary s) =>
        string.Join(", ", s.UserPriceVsOutsideByMarket.Select(p => $"{p.Key} {Factor(p.Value)}"));

    // The gateway cohorts' survivors, as the row's total counts them (validators have their own row); null when there
    // is only one gateway cohort, whose count is the total.
    private static string? ByCohort(SimulationResult result)
    {
        var gateways = result.Scenario.Cohorts.Where(c => c.Kind != CohortKind.Validator).Select(c => c.Name).ToArray();
        return gateways.Length < 2
            ? null
            : string.Join(", ", gateways.Select(name => $"{name} {HumanFormat.Count(result.Summary.SurvivingNodesByCohort[name])}"));
    }

    // "12% in month 67 (the margin peaks at a 15% markup)"; "none in month 67: even the best markup (15%) leaves
    // operators short"; where the margin still rises at the search's end, that markup is named as the largest searched.
    private static string MarkupAnswer(SimulationSummary s)
    {
        if (s.RevenueMaximizingMarkup is not { } best)
        {
            return "n/a: no market passes the provider's list price through";
        }

        bool end = BreakEvenMarkup.IsAtSearchEnd(best);
        if (s.BreakEvenMarkupFraction is { } markup)
        {
            return end
                ? Format($"{Percent(markup)} in month {s.ReferenceMonth} (the margin still rises at {Percent(best)}, the largest markup searched)")
                : Format($"{Percent(markup)} in month {s.ReferenceMonth} (the margin peaks at a {Percent(best)} markup)");
        }

        return end
            ? Format($"none in month {s.ReferenceMonth}: even {Percent(best)}, the largest markup searched, leaves operators short")
            : Format($"none in month {s.ReferenceMonth}: even the best markup ({Percent(best)}) leaves operators short");
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string MonthText(SimulationResult result, int? month, string none) =>
        month is { } m && m >= 0 && m < result.Months ? HumanFormat.Month(m, result.Date) : none;

    // The one formatter (HumanFormat: as the report and the chart subtitles write them); n/a where a value does not apply.
    private static string Percent(double? share) => Applicable(share, HumanFormat.Percent);

    // "fees must rise 36% (1.36×)", "fees could fall 27% (0.73×)", "fees already break even (1.00×)".
    private static string FeeChange(double? factor) => factor is { } f && double.IsFinite(f)
        ? f > 1 ? Format($"fees must rise {Percent(f - 1)} ({Factor(f)})")
        : f < 1 ? Format($"fees could fall {Percent(1 - f)} ({Factor(f)})")
        : Format($"fees already break even ({Factor(f)})")
        : "n/a";

    // "2 of 5 at start (40%)" when nodes left; "318.5 at the end, 30 at the start (10.6×)" when more joined.
    private static string Survivors(SimulationSummary s) => s.SurvivingNodeShare is { } share && share > 1
        ? Format($"{HumanFormat.Count(s.SurvivingNodes)} at the end, {HumanFormat.Count(s.InitialNodes)} at the start ({Factor(share)})")
        : Format($"{HumanFormat.Count(s.SurvivingNodes)} of {HumanFormat.Count(s.InitialNodes)} at start ({Percent(s.SurvivingNodeShare)})");

    private static string Factor(double? factor) => Applicable(factor, HumanFormat.Times);

    private static string Number(double? value) => Applicable(value, v => HumanFormat.Number(v, 3));

    private static string Usd(double? usd) => Applicable(usd, HumanFormat.Usd);

    private static string Applicable(double? value, Func<double, string> format) =>
        value is { } v && double.IsFinite(v) ? format(v) : "n/a";
}
