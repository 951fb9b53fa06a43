using System.Globalization;
using Economics.Charts.Theme;
using Economics.Model.Results;
using Spectre.Console;

namespace Economics.Cli;

/// <summary>The answers of one run as a two-column terminal table (question, answer), numbers in invariant culture.</summary>
public static class AnswersTable
{
    /// <summary>Builds the table for <paramref name="result"/>.</summary>
    public static Table Create(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Summary;
        var table = new Table { Title = new TableTitle($"Answers — {Markup.Escape(s.Scenario)}") }
            .AddColumn("Question")
            .AddColumn("Answer");

        Add(table, "Emissions end", MonthText(result, s.EmissionsEndMonth, "not within the horizon"));
        Add(table, "Subsidy dependence", Format(
            $"peak {Percent(s.PeakSubsidyDependence)} in {MonthText(result, s.PeakSubsidyDependenceMonth, "-")}, last month {Percent(s.EndSubsidyDependence)}"));
        Add(table, "Viability cliff (nodes < half of peak)", MonthText(result, s.ViabilityCliffMonth, "never"));
        Add(table, "First loss after emissions end", MonthText(result, s.FirstLossMonthWithoutEmissions, "never"));
        Add(table, "Surviving nodes", Format(
            $"{s.SurvivingNodes:0.#} of {s.InitialNodes:0.#} at start ({Percent(s.SurvivingNodeShare)}); {ByCohort(s)}"));
        Add(table, "Break-even fee without emissions", Format(
            $"{Usd(s.BreakEvenFeeAtEmissionsEndUsd)} vs fee {Usd(s.FeeAtEmissionsEndUsd)} in month {s.ReferenceMonth} → fees must change {Factor(s.RequiredFeeIncreaseFactor)}"));
        Add(table, "User all-in price vs centralized", Format(
            $"{Usd(s.UserPriceAtEmissionsEndUsd)} vs {Usd(s.CentralizedPriceUsd)} ({Factor(s.UserPriceVsCentralized)})"));
        Add(table, "Demand lost to centralized / unserved", Format(
            $"{Percent(s.DemandLostShare)} / {Percent(s.DemandUnservedShare)}"));
        Add(table, "Cumulative gas spend / on-chain state", Format(
            $"{Usd(s.CumulativeGasSpendUsd)} / {Units.Bytes(s.OnchainBytesCumulative)} (carry {Usd(s.StateCarryUsdEnd)} per month at the end)"));
        Add(table, "Revenue: fees / emissions / MEV (cumulative)", Format(
            $"{Usd(s.CumulativeFeeRevenueUsd)} / {Usd(s.CumulativeEmissionRevenueUsd)} / {Usd(s.CumulativeMevRevenueUsd)}"));
        Add(table, "Peak AWS capacity share / concentration (HHI)", Format(
            $"{Percent(s.PeakAwsCapacityShare)} / {Number(s.ProviderConcentrationIndex)}"));
        Add(table, "Token price at the end", Usd(s.EndTokenPriceUsd));
        return table;
    }

    private static void Add(Table table, string question, string answer) =>
        table.AddRow(new Text(question), new Text(answer));

    private static string ByCohort(SimulationSummary s) =>
        string.Join(", ", s.SurvivingNodesByCohort.Select(p => Format($"{p.Key} {p.Value:0.#}")));

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string MonthText(SimulationResult result, int? month, string none) =>
        month is { } m && m >= 0 && m < result.Months
            ? Format($"month {m} ({result.Date[m]:yyyy-MM})")
            : none;

    // The quantities are written as the report and the chart subtitles write them (Economics.Charts.Theme.Units);
    // n/a where a value does not apply.
    private static string Percent(double? share) => Applicable(share, Units.Pct);

    private static string Factor(double? factor) => Applicable(factor, Units.Times);

    private static string Number(double? value) => Applicable(value, v => Format($"{v:0.###}"));

    private static string Usd(double? usd) => Applicable(usd, Units.Usd);

    private static string Applicable(double? value, Func<double, string> format) =>
        value is { } v && double.IsFinite(v) ? format(v) : "n/a";
}
