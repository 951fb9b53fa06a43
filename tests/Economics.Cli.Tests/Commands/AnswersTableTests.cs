namespace Economics.Cli.Tests.Commands;

/// <summary>The answers table's "Surviving nodes" row: its total, "of N at start" and breakdown all count gateway
/// cohorts (validators have their own row).</summary>
public sealed class AnswersTableTests
{
    [Fact]
    public void One_gateway_cohort_has_no_breakdown_and_validators_stay_in_their_own_row()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("run", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string row = Row(run.Out, "Surviving nodes");
        Assert.Contains("0 of 5 at start (<0.1%)", row, StringComparison.Ordinal);
        Assert.DoesNotContain("og_validators", row, StringComparison.Ordinal);
        Assert.DoesNotContain("tee_gateway", row, StringComparison.Ordinal);
        Assert.Contains("0.2 of 20", Row(run.Out, "Validators: surviving"), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_gateway_cohorts_are_broken_down_in_scenario_order()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("run", "v1-gpu-world", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("377 at the end, 25 at the start (15×); tee_gateway 0, gpu_tee 181, baremetal_gpu 197", Row(run.Out, "Surviving nodes"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_gateway_cohorts_and_validators_break_down_the_gateways_only()
    {
        // The baseline with its gateway cohort split in two (the second a copy under another name) beside its validators.
        var baseline = Model.Loading.ScenarioLoader.Baseline;
        var gateway = baseline.Cohorts[0];
        var scenario = baseline with { Cohorts = [gateway, gateway with { Name = "second_gateway" }, baseline.Cohorts[1]] };
        Assert.Empty(Model.Validation.ScenarioValidator.Validate(scenario));
        using var text = new StringWriter();
        CliConsole.ForWriters(text, text).Out.Write(AnswersTable.Create(Model.Engine.Simulation.Run(scenario)));

        string row = Row(text.ToString(), "Surviving nodes");
        Assert.Contains(" of 10 at start", row, StringComparison.Ordinal);
        Assert.Contains("; tee_gateway ", row, StringComparison.Ordinal);
        Assert.Contains(", second_gateway ", row, StringComparison.Ordinal);
        Assert.DoesNotContain("og_validators", row, StringComparison.Ordinal);
    }

    private static string Row(string table, string question) =>
        table.Split('\n').Single(line => line.Contains(question, StringComparison.Ordinal));
}
