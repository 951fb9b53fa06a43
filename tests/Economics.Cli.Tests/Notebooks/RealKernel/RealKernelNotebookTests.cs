using Economics.Cli.Notebooks;
using Economics.Notebooks;
using Xunit.Abstractions;

namespace Economics.Cli.Tests.Notebooks.RealKernel;

/// <summary>
/// Every notebook in notebooks/ through the kernel users run — the pinned <c>dotnet-interactive</c> tool over stdio,
/// as VS Code's Polyglot Notebooks drives it — not through the test host, whose FSharp.Core 10.1 would hide what
/// the kernel's own FSharp.Core does to Plotly.NET: no failing cell, every chart cell displays a Plotly chart drawn
/// with inline plotly.js (no CDN, so offline), no compiler warnings in the outputs, no object shown as a raw tree,
/// and the same outputs as the in-process runner of <c>econ notebook run</c>. Each run's time is in the test output.
/// </summary>
[Collection(NotebookRuns.Name)]
public class RealKernelNotebookTests(ITestOutputHelper output)
{
    public static TheoryData<string> Notebooks() => NotebookFiles.Theory();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_notebook_runs_in_the_real_kernel_and_every_chart_cell_displays_an_offline_chart(string notebook)
    {
        // Given the notebook run cell by cell in a fresh dotnet-interactive stdio kernel
        var run = await RealKernelRuns.Of(notebook);
        Report(run);

        // Then no cell failed
        Assert.True(run.FirstFailure is null, $"{notebook} cell {run.FirstFailure?.Number} failed in the real kernel: {run.FirstFailure?.Cell.Failure}");
        int codeCells = NotebookRunner.Read(Path.Combine(RepoPaths.Notebooks, notebook)).Elements.Count(e => e.KernelName != "markdown");
        Assert.Equal(codeCells, run.Cells.Count);

        // And every chart cell displayed a chart, with plotly.js inline
        var charts = run.Cells.Where(c => NotebookFiles.IsChartCell(c.Code)).ToList();
        Assert.NotEmpty(charts);
        foreach (var (number, _, cell) in charts)
        {
            string? html = cell.Outputs.Select(o => o.Html).LastOrDefault(h => h is not null);
            Assert.True(html is not null && html.Contains($"class=\"{NotebookChart.ChartClassName}\"", StringComparison.Ordinal)
                && html.Contains("Plotly.newPlot(", StringComparison.Ordinal)
                && html.Contains(NotebookChart.PlotlyScriptAttribute, StringComparison.Ordinal),
                $"{notebook} cell {number} displayed no chart: {Shorten(html ?? (cell.Outputs.Count > 0 ? cell.Outputs[0].Plain : null))}");
        }

        // And no output loads anything from the network, prints a compiler warning or shows an object tree
        foreach (var (number, _, cell) in run.Cells)
        {
            foreach (var o in cell.Outputs)
            {
                // plotly.js itself names cdn.plot.ly as the default topojson source of geo traces (none here):
                // look at what is outside the inline library, which must be exactly the package's copy.
                string text = string.Concat(o.Values.Values).Replace(NotebookChart.PlotlyScript, string.Empty, StringComparison.Ordinal);
                Assert.DoesNotContain(NotebookChart.PlotlyScriptAttribute, text, StringComparison.Ordinal);
                Assert.False(text.Contains("<script src", StringComparison.OrdinalIgnoreCase) || text.Contains("require.js", StringComparison.OrdinalIgnoreCase)
                    || text.Contains("cdn.plot.ly", StringComparison.OrdinalIgnoreCase) || text.Contains("cdnjs", StringComparison.OrdinalIgnoreCase),
                    $"{notebook} cell {number} loads a script from the network");
                Assert.False(text.Contains("warning CS", StringComparison.Ordinal), $"{notebook} cell {number} printed a compiler warning: {Shorten(text)}");
                Assert.False(text.Contains("class=\"dni-treeview\"", StringComparison.Ordinal), $"{notebook} cell {number} shows an object tree instead of a table");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_real_kernel_and_the_in_process_runner_give_the_same_outputs(string notebook)
    {
        // Given the notebook run in the real kernel and by econ notebook run's in-process runner
        var real = await RealKernelRuns.Of(notebook);
        var inProcess = await InProcessRuns.Of(notebook);
        Assert.True(real.FirstFailure is null, $"real kernel: {real.FirstFailure?.Cell.Failure}");
        Assert.True(inProcess.Succeeded, inProcess.Failure?.ToString());

        // Then every cell after the setup (which names the folder the package came from) shows the same values:
        // the same tables, answers and chart figures, byte for byte
        foreach (var (number, _, cell) in real.Cells.Skip(1))
        {
            var expected = inProcess.Cell(number).Outputs
                .Where(o => o.Kind is NotebookOutputKind.ReturnValue or NotebookOutputKind.Display)
                .Select(o => o.Get("text/html") ?? o.Get("text/plain")).ToList();
            var actual = cell.Outputs.Where(o => o.IsValue).Select(o => o.Html ?? o.Plain).ToList();
            Assert.True(expected.Count == actual.Count, $"{notebook} cell {number}: {expected.Count} values in process, {actual.Count} in the real kernel");
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.True(expected[i] == actual[i], $"{notebook} cell {number} value {i + 1} differs:\nin process: {Shorten(expected[i])}\nreal kernel: {Shorten(actual[i])}");
            }
        }
    }

    [Fact]
    public async Task Without_the_build_output_the_setup_cell_fails_with_one_sentence_and_so_does_every_later_cell()
    {
        // Given a copy of the setup next to a notebook whose ../src holds no build output
        using var temp = new TempDirectory();
        string folder = Path.Combine(temp.Path, "notebooks");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RepoPaths.Notebooks, "_setup.dib"), Path.Combine(folder, "_setup.dib"));

        // When the setup cell and the next cell run in the real kernel (started inside the repository, where the
        // tool manifest is, then pointed at the copy)
        await RealKernelRuns.EnsureToolAsync();
        await using var kernel = StdioKernel.Start(RepoPaths.Notebooks);
        var cd = await kernel.SubmitAsync($"System.IO.Directory.SetCurrentDirectory({NotebookParameters.StringLiteral(folder)});", RealKernelRuns.CellTimeout);
        Assert.False(cd.Failed, cd.Failure);
        var setup = await kernel.SubmitAsync("#!import _setup.dib\nNotebookSetup.Loaded()", RealKernelRuns.CellTimeout);
        var next = await kernel.SubmitAsync("var scenario = ScenarioLoader.Baseline;", RealKernelRuns.CellTimeout);

        // Then both fail with the one sentence, and no compiler error is shown
        Assert.Equal(NotebookSetup.NotBuilt, setup.Failure);
        Assert.Equal(NotebookSetup.NotBuilt, next.Failure);
        Assert.DoesNotContain(setup.Outputs, o => string.Concat(o.Values.Values).Contains("CS0006", StringComparison.Ordinal));
    }

    private void Report(RealKernelRun run)
    {
        output.WriteLine($"{run.Notebook}: {run.Elapsed.TotalSeconds:F1} s in the real kernel (start included)");
        foreach (var (number, _, cell) in run.Cells)
        {
            output.WriteLine($"  cell {number}: {cell.Elapsed.TotalSeconds:F2} s");
        }
    }

    private static string Shorten(string? text) => text is null ? "(nothing)" : text.Length <= 400 ? text : text[..400] + "…";
}
