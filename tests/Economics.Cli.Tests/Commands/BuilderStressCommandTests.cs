namespace Economics.Cli.Tests.Commands;

public sealed class BuilderStressCommandTests
{
    [Fact]
    public void Builder_prints_the_parts_and_writes_both_tables()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("builder");

        var run = CliHarness.Run("builder", "--requests-per-month", "1000000", "--market", "claude_haiku_4_5", "--out", folder);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("$3.35 per 1,000 verified vs $3.34 direct (premium $0.0106, +0.3%)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Settlement: INDIVIDUAL_FULL", run.Out, StringComparison.Ordinal);
        var variants = File.ReadAllLines(Path.Combine(folder, "builder.csv"));
        Assert.Equal(9, variants.Length);
        Assert.StartsWith("market,month,group,name,label,requests_per_month,fee_usd_per_1000", variants[0], StringComparison.Ordinal);
        Assert.True(File.ReadAllLines(Path.Combine(folder, "builder_volume.csv")).Length > 40);
    }

    [Fact]
    public void A_premium_many_times_the_direct_price_reads_as_a_multiple_not_tens_of_thousands_of_percent()
    {
        // A near-free model ($0.01 per million tokens) after the subsidy, when users pay the rails: $8.02 against $0.015
        using var dir = new TempDirectory();
        var run = CliHarness.Run("builder", "users-pay-rails-after-subsidy", "--requests-per-month", "1000", "--market", "claude_haiku_4_5",
            "--month", "80", "--set", "markets[0].listUsdPerMillionInput=0.01", "--set", "markets[0].listUsdPerMillionOutput=0.01", "--out", dir.File("b"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("$8.02 per 1,000 verified vs $0.015 direct (premium $8.00, 535× direct).", run.Out, StringComparison.Ordinal);
        Assert.Contains("1,960× direct", run.Out, StringComparison.Ordinal); // the INDIVIDUAL_FULL row
        Assert.DoesNotContain("00%", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--market", "llama", "--requests-per-month", "10", "--market: unknown market 'llama'; the scenario's markets are: claude_haiku_4_5, gpt_5, claude_opus_4_6")]
    [InlineData("--market", "gpt_5", "--requests-per-month", "0", "--requests-per-month: must be a number of calls a month > 0 and at most 1,000,000,000,000,000; got 0")]
    [InlineData("--market", "gpt_5", "--requests-per-month", "-3", "--requests-per-month: must be a number of calls a month > 0")]
    [InlineData("--market", "gpt\u001B]0;x\u0007", "--requests-per-month", "1000", "--market: unknown market 'gpt\\u001B]0;x\\u0007'; the scenario's markets are:")]
    [InlineData("--market", "gpt_5", "--requests-per-month", "1e308", "--requests-per-month: must be a number of calls a month > 0 and at most 1,000,000,000,000,000; got 1 × 10³⁰⁸")]
    [InlineData("--market", "gpt_5", "--requests-per-month", "1e12", "--requests-per-month: 1,000,000,000,000 calls buy")]
    [InlineData("--market", "gpt_5", "--requests-per-month", "10", "--month: must be a month index between 0 and 131", "--month", "132")]
    [InlineData("--market", "gpt_5", "--requests-per-month", "ten", "ten")]
    public void Builder_bad_input_exits_2_naming_the_option(string o1, string v1, string o2, string v2, string message, params string[] more)
    {
        var run = CliHarness.Run(["builder", o1, v1, o2, v2, .. more]);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_without_a_market_exits_2()
    {
        var run = CliHarness.Run("builder", "--requests-per-month", "10");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--market", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stress_of_the_viable_reference_writes_the_distance_table()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("stress");

        var run = CliHarness.Run("stress", CliHarness.ScenarioFile("viable-reference.json"), "--paths", "0", "--out", folder);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("tested in 2033-11 (month 91)", run.Out, StringComparison.Ordinal);
        Assert.Contains("demand −7.8%", run.Out, StringComparison.Ordinal);
        Assert.Contains("none in range", run.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(folder, "distance.csv"));
        Assert.Equal(9, lines.Length);
        Assert.StartsWith("unlockSelling,Unlock selling,", lines[6], StringComparison.Ordinal);
        Assert.Contains(",,", lines[6], StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "probability.csv")));
    }

    [Theory]
    [InlineData("--after-months", "200", "--after-months: the test month, the subsidy's end (month 67) + 200 = month 267, is beyond the horizon (last month 131); use at most 64")]
    [InlineData("--after-months", "-1", "--after-months: must be a number of months ≥ 0")]
    [InlineData("--shock-month", "500", "--shock-month: must be a month index between 0 and 131")]
    // A shock after the test month cannot move it: every axis would read "none in range", which looks like robustness.
    [InlineData("--shock-month", "100", "--shock-month: shocks from month 100 start after the test month 91 (the subsidy's end, month 67, + 24), so they cannot change it; give at most 91")]
    [InlineData("--paths", "-2", "--paths: must be between 0 (no Monte Carlo)")]
    public void Stress_bad_input_exits_2_naming_the_option(string option, string value, string message)
    {
        var run = CliHarness.Run(option == "--paths" ? ["stress", option, value] : ["stress", option, value, "--paths", "0"]);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_says_when_the_network_no_longer_serves_the_calls_it_quotes()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("builder", "--market", "gpt_5", "--requests-per-month", "1000000", "--month", "110", "--out", dir.File("b"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string text = string.Join(' ', run.Out.Split('\n').Select(l => l.Trim()));
        Assert.Contains("In 2035-06 the per-request cap (fees.maxOpgPerRequest) rejects 2.2% of gpt_5's calls, the largest first", text, StringComparison.Ordinal);
        Assert.Contains("In 2035-06 the network serves only <0.1% of the gpt_5 calls users would pay for", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_has_the_builder_and_stress_sections()
    {
        using var dir = new TempDirectory();
        string file = dir.File("report.html");

        var run = CliHarness.Run("report", "--builder-market", "gpt_5", "--out", file);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string html = File.ReadAllText(file);
        Assert.Contains("<h2 id=\"builder\">", html, StringComparison.Ordinal);
        Assert.Contains("A builder calling gpt_5 1 million times a month", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"stress\">", html, StringComparison.Ordinal);
        Assert.Contains("Not even unshocked", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_an_unknown_builder_market_exits_2()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("report", "--builder-market", "llama", "--out", dir.File("r.html"));
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--builder-market: unknown market 'llama'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("r.html")));
    }
}
