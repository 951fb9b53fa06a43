namespace Economics.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void The_baseline_file_is_valid()
    {
        var run = CliHarness.Run("validate", CliHarness.ScenarioFile("baseline.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("OK baseline: 132 months, 3 markets, 2 cohorts, 7 token pools, 0 events, 8 uncertain inputs.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_with_its_path_and_the_exit_code_is_2()
    {
        var run = CliHarness.Run(
            "validate",
            "--set", "settlement.mix.private=0.5",
            "--set", "horizonMonths=0",
            "--set", "cohorts[0].initialNodes=-3");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("3 problems", run.Error, StringComparison.Ordinal);
        Assert.Contains("settlement.mix", run.Error, StringComparison.Ordinal);
        Assert.Contains("horizonMonths", run.Error, StringComparison.Ordinal);
        Assert.Contains("cohorts[0].initialNodes", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Key_Twice_In_A_Set_Value_Is_Named_With_Its_Path_Not_Read_As_Text()
    {
        var run = CliHarness.Run("validate", "--set", "fees.policy={\"kind\":\"passThrough\",\"markupFraction\":0.1,\"markupFraction\":0.2}");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--set: fees.policy.markupFraction: the value gives this key twice in one object, at column 23 and again at column 44 of the value; give each key once", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("is a string", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_an_error_with_a_suggestion()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("typo.json"), """{ "token": { "subsidyBasi": "perNode" } }""");
        var run = CliHarness.Run("validate", dir.File("typo.json"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("token.subsidyBasi", run.Error, StringComparison.Ordinal);
        Assert.Contains("subsidyBasis", run.Error, StringComparison.Ordinal);
    }
}
