using System.Globalization;
using Economics.Analysis.Operator;
using Economics.Charts.Analysis;
using Economics.Charts.Theme;

namespace Economics.Charts.Report;

/// <summary>The report's operator section: "should I run a node?", the inputs and answers in a table and the charts of
/// <see cref="OperatorCharts"/>.</summary>
public static class OperatorSection
{
    private static readonly string[] Header = ["The operator", "Value"];

    /// <summary>The section of <paramref name="result"/>.</summary>
    public static ReportSection Of(OperatorResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var i = result.Inputs;
        var table = new List<IReadOnlyList<string>>
        {
            Header,
            new[] { "Cohort joined", i.Cohort },
            new[] { "Share of the cohort's income", OperatorText.Share(i) },
            new[] { "Infrastructure", Units.Usd(i.InfraUsdPerMonth) + " a month" },
            new[] { "Setup", Units.Usd(i.SetupUsd) },
            new[] { "Stake", Invariant($"{Units.Count(i.StakeTokens)} tokens") },
            new[] { "Cost of capital", Units.Pct(i.CostOfCapitalAnnual) + " a year" },
            new[] { "Entry", Invariant($"month {i.StartMonth} ({result.StartDate:yyyy-MM})") },
            new[] { "Investment (stake × price at entry + setup)", Units.Usd(result.InvestmentUsd) },
            new[] { "Payback", OperatorText.EntersFree(i) ? OperatorText.NothingToPayBack : result.PaybackMonths is { } p ? Invariant($"{Units.Number(Math.Round(p, 2))} months") : "not within the horizon" },
            new[] { "NPV", Units.Usd(result.NpvUsd) },
            new[] { "Total profit over the horizon", Units.Usd(result.Months[^1].CumulativeProfitUsd) },
        };
        if (result.MonteCarlo is { } mc)
        {
            table.Add([$"P(payback within {Economics.Analysis.Text.HumanFormat.Months(mc.PaybackWithinMonths)})", OperatorText.EntersFree(i) ? OperatorText.NothingToPayBack : Units.Pct(mc.PaybackProbability)]);
            table.Add(["P(NPV ≥ 0)", Units.Pct(mc.NpvNonNegativeProbability)]);
            table.Add(["NPV P5 / median / P95", $"{Units.Usd(mc.NpvP5Usd)} / {Units.Usd(mc.NpvP50Usd)} / {Units.Usd(mc.NpvP95Usd)}"]);
        }

        var paragraphs = new List<string>
        {
            Invariant($"One more node in the {i.Cohort} cohort, bought at month {i.StartMonth} (econ operator --cohort {i.Cohort} --start-month {i.StartMonth}; docs/MODEL.md \"Operator\")."),
            OperatorText.Headline(result),
        };
        if (result.MonteCarlo is not null)
        {
            paragraphs.Add(OperatorText.MonteCarlo(result));
        }

        return new ReportSection("operator", "Operator: should I run a node?", paragraphs, table, OperatorCharts.All(result, theme));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
