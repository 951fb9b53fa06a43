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
    public void Report_Lists_Every_Assumption_By_Json_Path()
    {
        string html = RunReport.Build(Scenarios.Baseline);

        Assert.Contains("<tr><td>token.pools[0].vestingMonths</td><td class=\"value\">60</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>cohorts[0].name</td><td class=\"value\">tee_gateway</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>settlement.mix.batchHashed</td><td class=\"value\">0.89</td></tr>", html, StringComparison.Ordinal);
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
