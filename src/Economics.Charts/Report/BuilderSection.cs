using System.Globalization;
using Economics.Analysis.Builder;
using Economics.Charts.Analysis;
using Economics.Charts.Theme;

namespace Economics.Charts.Report;

/// <summary>The report's builder section: the cost of 1,000 verified calls part by part, the variants and the charts
/// of <see cref="BuilderCharts"/>.</summary>
public static class BuilderSection
{
    private static readonly string[] Header = ["Per 1,000 calls", "USD"];

    /// <summary>The section of <paramref name="result"/>.</summary>
    public static ReportSection Of(BuilderResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Cost;
        string Usd(double perCall) => Units.Usd(BuilderCost.Per1000(perCall));
        IReadOnlyList<string> Row(string label, double perCall) => [label, Usd(perCall)];
        var table = new List<IReadOnlyList<string>>
        {
            Header,
            Row("Fee (list price × (1 + markup))", c.Fee),
            Row("x402 payment rails you pay", c.PaymentRails),
            Row("Settlement you pay", c.Settlement),
            Row("Swap fee on the fee's OPG", c.SwapFee),
            Row("Slippage of your own OPG purchase", c.Slippage),
            Row("Base gas of your swap", c.SwapGas),
            Row("MEV tax", c.MevTax),
            Row("Verified: you pay", c.Total),
            Row("Provider direct (list price)", c.Direct),
            new[] { "Premium: the break-even value of verification", $"{Usd(c.Premium)} ({Units.Premium(c.PremiumFraction)})" },
            Row("Rails the protocol and operators bear for you", c.RailsBorneByOthers),
        };
        return new ReportSection(
            "builder",
            "Builder: is verified inference worth it?",
            [
                string.Create(CultureInfo.InvariantCulture, $"A builder calling {result.Market} {Units.Count(c.RequestsPerMonth)} times a month in {result.Date:yyyy-MM} (econ builder --market {result.Market} --requests-per-month {c.RequestsPerMonth:0.########} --month {result.Month}; docs/MODEL.md \"Builder\")."),
                BuilderCharts.Headline(result),
                .. BuilderText.Caveats(result),
            ],
            table,
            BuilderCharts.All(result, theme));
    }
}
