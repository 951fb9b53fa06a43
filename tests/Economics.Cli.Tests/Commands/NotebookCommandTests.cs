using System.Text.Json.Nodes;
using Economics.Cli.Tests.Notebooks;

namespace Economics.Cli.Tests.Commands;

[Collection(NotebookRuns.Name)]
public sealed class NotebookCommandTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, name);

    [Fact]
    public void Notebook_run_with_set_writes_the_executed_notebook_with_the_injected_cell()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("notebook", "run", Fixture("parameters.ipynb"), "--set", "months=7", "--set", "emissions.stopAtMonth=12", "--out", dir.File("executed.ipynb"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("ran 4 code cells of parameters.ipynb", run.Out, StringComparison.Ordinal); // 3 + the injected cell
        var cells = JsonNode.Parse(File.ReadAllText(dir.File("executed.ipynb")))!["cells"]!.AsArray();
        Assert.Equal(
            "// injected-parameters: written by econ notebook run --set\nmonths = 7;\noverrides = [.. overrides, \"emissions.stopAtMonth=12\"];\n",
            string.Concat(cells[2]!["source"]!.AsArray().Select(l => (string?)l)));
        Assert.Contains("months=7 rate=0.5", cells[3]!["outputs"]![0]!["data"]!["text/plain"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_cell_exits_1_naming_the_notebook_and_the_cell_and_still_writes_the_notebook()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("notebook", "run", Fixture("broken.ipynb"), "--out", dir.File("broken.ipynb"));

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Contains("broken.ipynb: cell 4 failed:", run.Error, StringComparison.Ordinal);
        Assert.Contains("CS0103", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("broken.ipynb")));
    }

    [Theory]
    [InlineData("missing.ipynb", "months=1", "notebook not found")]
    [InlineData("parameters.ipynb", "months", "'months' is not a parameter")]
    [InlineData("no-parameters.ipynb", "months=1", "has no parameters cell")]
    [InlineData("not-a-notebook.ipynb", "months=1", "is not a readable notebook")]
    public void Bad_input_exits_2_with_a_message(string notebook, string set, string message)
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("notebook", "run", Fixture(notebook), "--set", set, "--out", dir.File("x.ipynb"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("x.ipynb")));
    }
}
