namespace Economics.Cli.Tests.Reliability;

/// <summary>Issue 15 item 4, issue 14 items 2 and 14 through the command line: exit 2 with the problem, never an internal error.</summary>
public sealed class InputBoundsTests
{
    [Fact]
    public void A_lone_surrogate_is_bad_input_naming_the_field()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("s.json"), """{ "description": "x\ud800" }""");

        foreach (var run in new[]
        {
            CliHarness.Run("run", dir.File("s.json"), "--out", dir.File("out")),
            CliHarness.Run("validate", "--set", "description=\"\\ud800\""),
        })
        {
            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.Contains("description: is not valid text", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_as_scenario_or_notebook_is_bounded_and_bad_input(string device)
    {
        if (!File.Exists(device))
        {
            return;
        }

        var scenario = CliHarness.Run("validate", device);
        Assert.Equal(ExitCodes.BadInput, scenario.ExitCode);
        Assert.Contains("a scenario file may hold at most 16777216", scenario.Error, StringComparison.Ordinal);

        var notebook = CliHarness.Run("notebook", "run", device);
        Assert.Equal(ExitCodes.BadInput, notebook.ExitCode);
        Assert.Contains("is not a regular file", notebook.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_override_names_the_whole_override_and_the_unknown_segment()
    {
        var run = CliHarness.Run("validate", "--set", "no.such.path=1");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no: is not a known field (the segment 'no' of --set no.such.path=1)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_base_is_reported_not_ignored()
    {
        var run = CliHarness.Run("validate", "--set", "base=fast-vesting");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("base: cannot be set by an override (--set base=fast-vesting)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copied_scenario_runs_from_another_folder()
    {
        using var dir = new TempDirectory();
        string copy = dir.File("my.json");
        File.Copy(CliHarness.ScenarioFile("fast-vesting.json"), copy);

        var run = CliHarness.Run("run", copy, "--set", "horizonMonths=24", "--out", dir.File("out"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(File.Exists(dir.File(Path.Combine("out", "monthly.csv"))));
    }
}
