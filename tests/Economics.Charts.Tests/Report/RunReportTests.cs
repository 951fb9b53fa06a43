using System.Net;
using Economics.Charts.Export;
using Economics.Charts.Report;
using Economics.Charts.Single;

namespace Economics.Charts.Tests.Report;

public class RunReportTests
{
    [Theory]
    [InlineData("baseline")]
    [InlineData("one-cohort-no-emissions")]
    public void Report_Holds_Name_Description_Answers_And_Every_Chart(string run)
    {
        var result = run == "baseline" ? Scenarios.Baseline : Scenarios.OneCohortNoEmissions;

        string html = RunReport.Build(result);

        Assert.Contains($"<h1>{WebUtility.HtmlEncode(result.Scenario.Name)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(result.Scenario.Description), html, StringComparison.Ordinal);
        Assert.All(RunAnswers.All(result), a => Assert.Contains($"<li>{WebUtility.HtmlEncode(a)}</li>", html, StringComparison.Ordinal));
        Assert.All(RunCharts.All(result), c => Assert.Contains($"Plotly.newPlot('chart-{c.Id}'", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Baseline_Report_States_The_Answers_In_Words()
    {
        string html = RunReport.Build(Scenarios.Baseline);

        Assert.Contains("The subsidy ends in month 67 (Nov 2031)", html, StringComparison.Ordinal);
        Assert.Contains("In the last month the pools pay them, month 66 (Oct 2031), subsidy is", html, StringComparison.Ordinal);
        Assert.Contains("per inference all-in in month 67 (Nov 2031)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Is_Self_Contained_With_Plotly_Inlined_Once()
    {
        string html = RunReport.Build(Scenarios.Baseline);

        Assert.DoesNotContain("<script src=", html, StringComparison.OrdinalIgnoreCase);
        string page = html.Replace(PlotlyJs.Source, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", page, StringComparison.OrdinalIgnoreCase);
        string head = PlotlyJs.Source[..400];
        Assert.Equal(1, Count(html, head));
        Assert.Equal(1, Count(html, "* plotly.js v2.28.0"));
    }

    [Fact]
    public void Report_Lists_Every_Assumption_By_Section_With_Unit_And_Source()
    {
        string html = RunReport.Build(Scenarios.Baseline);

        Assert.Contains("<h3>Token</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"path\">token.pools[0].vestingMonths</td><td class=\"value\">60 months</td><td>source: data/reference/opengradient_token.csv#pool_ecosystem_vesting_months</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"path\">settlement.mix.batchHashed</td><td class=\"value\">89%</td>", html, StringComparison.Ordinal);
        Assert.Contains("No value differs from the baseline.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AssumptionRows.DiffersGroup, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Puts_What_Differs_From_The_Baseline_First()
    {
        var source = Economics.Model.Loading.ScenarioSource.Shipped("subsidy-cliff")!;
        var result = Economics.Model.Engine.Simulation.Run(Economics.Model.Loading.ScenarioLoader.Load(source));

        string html = RunReport.Build(result, notes: Economics.Model.Loading.ScenarioNotes.Of(source));

        int differs = html.IndexOf("<h3>Differs from baseline</h3>", StringComparison.Ordinal);
        Assert.InRange(differs, 0, html.IndexOf("<h3>General</h3>", StringComparison.Ordinal));
        Assert.Contains("<tr><td class=\"path\">token.pools[0].stopMonth</td><td class=\"value\">none → <strong>month 24</strong></td><td>estimate: a governance vote", html, StringComparison.Ordinal);
        // Counts agree with their nouns (they read "2 operator cohort(s)" and "N value(s) differ").
        Assert.Contains("2 operator cohorts; deterministic run", html, StringComparison.Ordinal);
        Assert.Matches(@"(1 value differs|[0-9,]+ values differ) from the baseline; they come first\.", html);
        Assert.DoesNotContain("cohort(s)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value(s)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Leaves_Only_The_Report()
    {
        string dir = Path.Combine(Path.GetTempPath(), "econ-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            RunReport.Write(Scenarios.OneCohortNoEmissions, Path.Combine(dir, "report.html"));

            Assert.Equal(["report.html"], Directory.GetFiles(dir).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
