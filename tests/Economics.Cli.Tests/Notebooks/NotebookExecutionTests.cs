using Economics.Cli.Notebooks;
using Xunit.Abstractions;

namespace Economics.Cli.Tests.Notebooks;

/// <summary>Every notebook in notebooks/ runs headless: no failing cell, and every chart cell displays a Plotly chart
/// as HTML. The time of each run is written to the test output (the first run in a process also pays for starting
/// Roslyn). The notebooks are discovered; <see cref="RealKernel.RealKernelNotebookTests"/> runs them in the real kernel.</summary>
[Collection(NotebookRuns.Name)]
public class NotebookExecutionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Notebooks() => NotebookFiles.Theory();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_notebook_runs_headless_and_every_chart_cell_displays_a_chart(string notebook)
    {
        var result = await InProcessRuns.Of(notebook);

        output.WriteLine($"{notebook}: {result.Elapsed.TotalSeconds:F1} s");
        foreach (var cell in result.Cells.Where(c => c.IsCode))
        {
            output.WriteLine($"  cell {cell.Number}{(cell.IsInjected ? " (injected)" : string.Empty)}: {cell.Elapsed.TotalSeconds:F2} s");
        }

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var document = NotebookRunner.Read(Path.Combine(RepoPaths.Notebooks, notebook));
        var chartCells = document.Elements.Select((e, i) => (Number: i + 1, e.Contents))
            .Where(c => NotebookFiles.IsChartCell(c.Contents)).ToList();
        Assert.NotEmpty(chartCells);
        foreach (var (number, _) in chartCells)
        {
            Assert.True(
                result.Cell(number).Outputs.Any(o => o.Get("text/html")?.Contains("Plotly.newPlot", StringComparison.Ordinal) == true),
                $"{notebook} cell {number} displayed no chart");
        }
    }

    [Fact]
    public async Task Quickstart_with_the_ecosystem_pool_stopped_at_month_12_shows_the_subsidy_ending_in_month_12()
    {
        string notebook = Path.Combine(RepoPaths.Notebooks, "00-quickstart.ipynb");
        var baseline = await InProcessRuns.Of("00-quickstart.ipynb");

        var stopped = await NotebookRunner.RunAsync(new NotebookRunOptions
        {
            NotebookPath = notebook,
            Parameters = [NotebookParameter.Parse("token.pools[0].stopMonth=12")],
        });

        Assert.True(stopped.Succeeded, stopped.Failure?.ToString());
        Assert.Equal("67", SummaryValue(baseline, "subsidyEndMonth"));
        Assert.Equal("12", SummaryValue(stopped, "subsidyEndMonth"));
    }

    // The run's answers table (NotebookTables.ToHtml(SimulationSummary)): the value next to a name.
    private static string SummaryValue(NotebookRunResult result, string name)
    {
        string row = $"<tr><td>{name}</td><td>";
        string html = result.Outputs.Select(o => o.Get("text/html")).First(h => h?.Contains(row, StringComparison.Ordinal) == true)!;
        int start = html.IndexOf(row, StringComparison.Ordinal) + row.Length;
        return html[start..html.IndexOf("</td>", start, StringComparison.Ordinal)];
    }
}
