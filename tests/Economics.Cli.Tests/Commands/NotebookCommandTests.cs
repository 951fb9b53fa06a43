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

        var run = CliHarness.Run("notebook", "run", Fixture("parameters.ipynb"), "--set", "months=7", "--set", "token.pools[0].stopMonth=12", "--out", dir.File("executed.ipynb"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("ran 4 code cells of parameters.ipynb", run.Out, StringComparison.Ordinal); // 3 + the injected cell
        var cells = JsonNode.Parse(File.ReadAllText(dir.File("executed.ipynb")))!["cells"]!.AsArray();
        Assert.Equal(
            "// injected-parameters: written by econ notebook run --set\nmonths = 7;\noverrides = [.. overrides, \"token.pools[0].stopMonth=12\"];\n",
            string.Concat(cells[2]!["source"]!.AsArray().Select(l => (string?)l)));
        Assert.Contains("months=7 rate=0.5", cells[3]!["outputs"]![0]!["data"]!["text/plain"]!.ToJsonString(), StringComparison.Ordinal);
        var ids = cells.Select(c => (string?)c!["id"]).ToList(); // nbformat 4.5: every cell, the injected one too
        Assert.DoesNotContain(null, ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("injected-parameters", ids[2]);
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

    [Fact]
    public void A_shipped_notebook_given_a_missing_scenario_file_exits_2_with_the_problem_and_no_stack_trace()
    {
        // Issue 15 item 11: a notebook failure printed the .NET stack trace of the cell's exception.
        using var dir = new TempDirectory();
        string missing = dir.File("no-such-scenario.json");

        var run = CliHarness.Run("notebook", "run", Path.Combine(RepoPaths.Root, "notebooks", "00-quickstart.ipynb"), "--set", "scenarioPath=" + missing, "--out", dir.File("q.ipynb"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("00-quickstart.ipynb: cell ", run.Error, StringComparison.Ordinal);
        Assert.Contains("file not found: " + missing, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_in_a_cell_is_reported_by_its_message_without_a_stack_trace()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("notebook", "run", Fixture("throws.ipynb"), "--out", dir.File("throws.ipynb"));

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Contains("throws.ipynb: cell 2 failed:", run.Error, StringComparison.Ordinal);
        Assert.Contains("the model refused", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("months=abc", "--set months: 'abc' is not a whole number")]
    [InlineData("months=1; System.IO.File.WriteAllText(\"pwned.txt\",\"x\")", "--set months: '1; System.IO.File.WriteAllText")]
    [InlineData("token..stopMonth=1", "--set token..stopMonth: not a variable of the parameters cell, nor a scenario field")]
    public void A_set_value_that_is_not_of_the_parameters_type_exits_2_naming_it_and_runs_nothing(string set, string message)
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("notebook", "run", Fixture("parameters.ipynb"), "--set", set, "--out", dir.File("x.ipynb"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("x.ipynb")));
        Assert.False(File.Exists(Path.Combine(RepoPaths.Fixtures, "pwned.txt")));
    }

    [Theory]
    [InlineData("token.pools[0].stopMonth=abc", "token.pools[0].stopMonth: is a string \"abc\"")]
    [InlineData("scenarioPath=../data/scenarios/no-such-scenario.json", "file not found")]
    public void A_cell_that_fails_on_its_input_exits_2_with_one_message_and_no_stack_trace(string set, string message)
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("notebook", "run", Path.Combine(RepoPaths.Notebooks, "00-quickstart.ipynb"), "--set", set, "--out", dir.File("q.ipynb"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("00-quickstart.ipynb: cell 6 failed:", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_an_analysis_refuses_is_reported_without_dotnets_parameter_tails()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("notebook", "run", Path.Combine(RepoPaths.Notebooks, "04-monte-carlo.ipynb"), "--set", "paths=0", "--out", dir.File("m.ipynb"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("04-monte-carlo.ipynb: cell 8 failed: paths must be between 1 and 10,000,000 (memory is flat, but time grows with paths); got 0", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value was", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_throws_exits_1_with_the_exception_message_and_no_stack_trace()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("notebook", "run", Fixture("throws.ipynb"), "--out", dir.File("t.ipynb"));

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Contains("failed: InvalidOperationException: the model refused", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_html_writes_one_offline_page_with_the_narrative_tables_and_every_chart()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("notebook", "run", Path.Combine(RepoPaths.Notebooks, "00-quickstart.ipynb"), "--set", "token.pools[0].stopMonth=12", "--format", "ipynb,html", "--out", dir.File("q.ipynb"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(File.Exists(dir.File("q.ipynb")));
        string page = File.ReadAllText(dir.File("q.html"));
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<h1", page, StringComparison.Ordinal);                  // the narrative, as HTML
        Assert.Contains("<table>", page, StringComparison.Ordinal);              // the answers table
        Assert.Contains("injected-parameters", page, StringComparison.Ordinal);  // the injected cell
        Assert.Equal(1, Count(page, Economics.Notebooks.NotebookChart.PlotlyScriptAttribute + "=")); // plotly.js once
        Assert.Equal(3, Count(page, "class=\"econ-chart\""));                  // the three charts
        Assert.DoesNotContain("<script src", page, StringComparison.OrdinalIgnoreCase);
    }

    private static int Count(string text, string part)
    {
        int n = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
