namespace Economics.Cli.Tests.Commands;

public sealed class ReportCommandTests
{
    [Fact]
    public void Report_writes_one_self_contained_html_file_with_the_answers()
    {
        using var dir = new TempDirectory();
        string path = dir.File("baseline.html");

        var run = CliHarness.Run("report", "--out", path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("wrote", run.Out, StringComparison.Ordinal);
        Assert.Equal(["baseline.html"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
        string html = File.ReadAllText(path);
        Assert.Contains("<h1>baseline</h1>", html, StringComparison.Ordinal);
        Assert.Contains("The subsidy ends in month 67 (Nov 2031)", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('chart-revenue-vs-costs'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Report_applies_set_overrides()
    {
        using var dir = new TempDirectory();
        string path = dir.File("r.html");

        var run = CliHarness.Run("report", "--set", "token.pools[0].stopMonth=12", "--out", path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("The subsidy ends in month 12 (Apr 2027)", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_of_a_scenario_file_names_it()
    {
        using var dir = new TempDirectory();
        string file = dir.File("tiny.json");
        File.WriteAllText(file, """{ "name": "tiny", "description": "A short <test> run.", "horizonMonths": 12 }""");

        var run = CliHarness.Run("report", file, "--out", dir.File("tiny.html"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string html = File.ReadAllText(dir.File("tiny.html"));
        Assert.Contains("<h1>tiny</h1>", html, StringComparison.Ordinal);
        Assert.Contains("A short &lt;test&gt; run.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_to_a_directory_exits_2()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("report", "--out", dir.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("is a directory", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_override_exits_2_and_writes_nothing()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("report", "--set", "token.pools[0].use.operators=1.5", "--out", dir.File("r.html"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("token.pools[0].use.operators", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
