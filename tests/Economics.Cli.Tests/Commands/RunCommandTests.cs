using System.Text.Json;

namespace Economics.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    [Fact]
    public void Run_baseline_writes_monthly_csv_and_summary_json_and_prints_the_answers()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("run", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Answers — baseline", run.Out, StringComparison.Ordinal);
        Assert.Contains("Subsidy ends", run.Out, StringComparison.Ordinal);

        var lines = File.ReadAllLines(dir.File("monthly.csv"));
        Assert.StartsWith("month,date,released_tokens,", lines[0], StringComparison.Ordinal);
        Assert.Equal(132 + 1, lines.Length); // header + one row per month of the baseline's 132-month horizon
        using var summary = JsonDocument.Parse(File.ReadAllText(dir.File("summary.json")));
        Assert.Equal("baseline", summary.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(67, summary.RootElement.GetProperty("subsidyEndMonth").GetInt32());
    }

    [Fact]
    public void Set_overrides_change_the_run()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("run", "--set", "token.pools[0].stopMonth=12", "--set", "horizonMonths=24", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(24 + 1, File.ReadAllLines(dir.File("monthly.csv")).Length);
        using var summary = JsonDocument.Parse(File.ReadAllText(dir.File("summary.json")));
        Assert.Equal(12, summary.RootElement.GetProperty("subsidyEndMonth").GetInt32());
    }

    [Fact]
    public void A_bad_override_value_exits_2_naming_the_path_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("run", "--set", "horizonMonths=\"ten\"", "--out", dir.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("horizonMonths", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void An_out_of_range_value_exits_2_with_the_path_and_the_rule()
    {
        var run = CliHarness.Run("run", "--set", "token.pools[0].use.operators=1.5");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("token.pools[0].use.operators", run.Error, StringComparison.Ordinal);
        Assert.Contains("1.5", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_without_equals_sign_exits_2()
    {
        var run = CliHarness.Run("run", "--set", "horizonMonths");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--set", run.Error, StringComparison.Ordinal);
        Assert.Contains("path=value", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_scenario_file_exits_2_naming_the_file()
    {
        var run = CliHarness.Run("run", "no-such-scenario.json");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no-such-scenario.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shipped_scenarios_name_runs_that_scenario_as_its_file_does()
    {
        using var dir = new TempDirectory();
        var byName = CliHarness.Run("run", "fast-vesting", "--format", "csv", "--out", dir.File("name"));
        var byFile = CliHarness.Run("run", CliHarness.ScenarioFile("fast-vesting.json"), "--format", "csv", "--out", dir.File("file"));
        Assert.True(byName.ExitCode == 0, byName.Error);
        Assert.Equal(0, byFile.ExitCode);
        Assert.Equal(File.ReadAllText(dir.File("file/monthly.csv")), File.ReadAllText(dir.File("name/monthly.csv")));
    }

    [Fact]
    public void A_missing_repository_path_of_a_shipped_scenario_points_to_its_name()
    {
        // The help's examples say data/scenarios/viable-reference.json; run outside the repository, that file is not
        // there, but the scenario is shipped
        using var dir = new TempDirectory();
        string missing = Path.Combine(dir.Path, "data", "scenarios", "viable-reference.json");

        var run = CliHarness.Run("run", missing, "--out", dir.File("o"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        string error = string.Join(' ', run.Error.Split('\n').Select(l => l.Trim()));
        Assert.Contains($"scenario: file '{missing}' does not exist here (", error, StringComparison.Ordinal);
        Assert.Contains("a scenario named viable-reference is shipped with econ: give its name alone, viable-reference, instead of the path.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_neither_a_file_nor_a_shipped_scenario_lists_the_shipped_names()
    {
        var run = CliHarness.Run("run", "fast-vestin");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("file 'fast-vestin' does not exist, and no shipped scenario has that name (baseline, aws-outage,", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_exits_2()
    {
        var run = CliHarness.Run("run", "--format", "csv,pdf");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("'pdf'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_exits_2_with_line_and_column()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.json"), "{\n  \"horizonMonths\": 12,\n  \"name\": \n}");
        var run = CliHarness.Run("run", dir.File("bad.json"), "--out", dir.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("line 4", run.Error, StringComparison.Ordinal);
    }
}
