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
        Assert.Contains("0.2 (20 at the start)", Row(run.Out, "Validators: surviving"), StringComparison.Ordinal);
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

    [Theory]
    // A markup that breaks even, with the margin's peak beside it.
    [InlineData("7.1% in month 67 (the margin peaks at a 15% markup)", "viable-reference", "cohorts[0].overheadUsdPerMonth=100")]
    // None does: the peak, below costs, in the month the answer is for.
    [InlineData("none in month 67: even the best markup (15%) leaves operators short", "viable-reference")]
    // The margin still rises at the search's end (20 = 2000%): named as the largest searched, not as a peak.
    [InlineData("none in month 67: even 2000%, the largest markup searched, leaves operators short", "bear-market")]
    // No passThrough market: no markup applies (it read "even the best markup (n/a)").
    [InlineData("n/a: no market passes the provider's list price through", "mev-heavy")]
    public void The_markup_row_names_its_month_and_never_calls_the_search_end_a_peak(string answer, string scenario, params string[] sets)
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run(["run", scenario, .. sets.SelectMany(set => new[] { "--set", set }), "--out", dir.Path]);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains(answer, Row(run.Out, "Break-even markup on list price"), StringComparison.Ordinal);
    }

    private static string Row(string table, string question) =>
        table.Split('\n').Single(line => line.Contains(question, StringComparison.Ordinal));
}
