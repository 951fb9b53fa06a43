using System.Globalization;
using Economics.Analysis.Stress;
using Economics.Charts.Analysis;
using Economics.Charts.Theme;

namespace Economics.Charts.Report;

/// <summary>The report's reverse-stress-test section: the distance-to-failure table and the charts of <see cref="StressCharts"/>.</summary>
public static class StressSection
{
    private static readonly string[] Header = ["Shock axis", "Range searched", "Smallest shock that fails it", "Share of range"];

    /// <summary>The section of <paramref name="result"/>.</summary>
    public static ReportSection Of(StressResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new List<IReadOnlyList<string>> { Header };
        table.AddRange(result.Thresholds.Select(t => (IReadOnlyList<string>)
        [
            t.Label,
            "0 to " + StressText.Shock(t.Axis, t.Max),
            t.Found ? StressText.Shock(t.Axis, t.Shock) + (t.Continuous ? string.Empty : " (jump)") : "none in range",
            t.Found ? Units.Pct(t.ShareOfRange) : "n/a",
        ]));
        string how = string.Create(CultureInfo.InvariantCulture,
            $"Viability by the scenario's own rule in {result.TestDate:yyyy-MM} (month {result.TestMonth}, {result.AfterMonths} months after the subsidy ends); shocks from month {result.ShockMonth} to the end of the horizon (econ stress; docs/MODEL.md \"Reverse stress test\").")
            + (result.Paths > 0 ? string.Create(CultureInfo.InvariantCulture, $" Monte Carlo: {result.Paths:N0} paths per shock size, seed {result.Seed}.") : " No Monte Carlo part (econ report --stress-paths N adds it).");
        return new ReportSection("stress", "Reverse stress test: what breaks the network?", [how, StressCharts.Headline(result)], table, StressCharts.All(result, theme));
    }
}
