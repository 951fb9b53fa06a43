namespace Economics.Cli.Tests.Commands;

public sealed class AnalysisCommandsTests
{
    // tests/Fixtures/hand-computable.json: one cohort, 2 nodes × 1,000 USD/month, 1,000,000 inferences/month at no
    // price response, take 10%: cumulative profit over 12 months is 12 × (900,000 × fee − 2,000), zero at
    // fee = 2,000 / 900,000 USD.
    private static readonly string HandScenario = Path.Combine(CliHarness.RepoRoot, "tests", "Fixtures", "hand-computable.json");

    [Theory]
    [InlineData("montecarlo")]
    [InlineData("sensitivity")]
    [InlineData("sweep")]
    [InlineData("breakeven")]
    [InlineData("compare")]
    public void Every_analysis_command_has_help_with_examples(string command)
    {
        var run = CliHarness.Run(command, "--help");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Contains("econ " + command, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Montecarlo_writes_identical_files_at_one_and_two_threads()
    {
        using var one = new TempDirectory();
        using var two = new TempDirectory();
        var a = CliHarness.Run("montecarlo", "--paths", "300", "--seed", "5", "--threads", "1", "--out", one.Path);
        var b = CliHarness.Run("montecarlo", "--paths", "300", "--seed", "5", "--threads", "2", "--out", two.Path);

        Assert.Equal(ExitCodes.Ok, a.ExitCode);
        Assert.Equal(ExitCodes.Ok, b.ExitCode);
        Assert.Contains("P(viable 12 months after the subsidy ends)", a.Out, StringComparison.Ordinal);
        foreach (string file in new[] { "percentiles.csv", "viability.csv", "summary.json" })
        {
            Assert.Equal(File.ReadAllBytes(one.File(file)), File.ReadAllBytes(two.File(file)));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10000001")]
    public void Montecarlo_rejects_path_counts_outside_the_bounds_with_exit_2(string paths)
    {
        var run = CliHarness.Run("montecarlo", "--paths", paths);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"--paths: must be between 1 and 10,000,000 (memory is flat, but time grows with paths); got {paths}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Montecarlo_rejects_an_uncertain_horizon_at_any_thread_count(string threads)
    {
        // Issue 15 item 4: exit 0 with --threads 1 and an internal error (IndexOutOfRange) with --threads 2.
        var run = CliHarness.Run("montecarlo", "--paths", "50", "--threads", threads, "--set",
            "uncertainty=[{\"path\":\"horizonMonths\",\"distribution\":{\"kind\":\"uniform\",\"lower\":60,\"upper\":132}}]");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("uncertainty[0].path: is 'horizonMonths', which cannot be uncertain", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Montecarlo_names_the_entries_whose_draws_are_invalid_only_together()
    {
        // Pool shares must sum to at most 1. With the ecosystem pool at 0.3 the shares sum to 0.9; each entry's range
        // alone keeps the sum at most 0.98, but both at their upper ends give 0.38 + 0.23 + 0.45 = 1.06: before the
        // joint-corner check those draws ran an invalid scenario.
        var run = CliHarness.Run("montecarlo", "--paths", "10", "--set", "token.pools[0].share=0.3", "--set",
            "uncertainty=[{\"path\":\"token.pools[0].share\",\"distribution\":{\"kind\":\"uniform\",\"lower\":0.3,\"upper\":0.38}},"
            + "{\"path\":\"token.pools[1].share\",\"distribution\":{\"kind\":\"uniform\",\"lower\":0.15,\"upper\":0.23}}]");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("draws can reach uncertainty[0] (token.pools[0].share) = 0.38, uncertainty[1] (token.pools[1].share) = 0.23 together, where the scenario is invalid: token.pools: shares sum to 1.06", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Montecarlo_names_the_uncertainty_entry_whose_draws_reach_an_invalid_value()
    {
        var run = CliHarness.Run("montecarlo", "--paths", "10", "--set",
            "uncertainty=[{\"path\":\"markets[0].willingnessToPay.spread\",\"distribution\":{\"kind\":\"normal\",\"mean\":1.5,\"stdDev\":0.4}}]");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("uncertainty[0] (markets[0].willingnessToPay.spread): draws reach", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_ranks_the_dominant_input_and_writes_tornado_csv()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("sensitivity", HandScenario, "--metric", "cumulativeOperatorProfit", "--vary", "chains.base.ethUsd", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string[] lines = File.ReadAllLines(dir.File("tornado.csv"));
        Assert.StartsWith("1,fees.policy.usdPerInference,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,chains.base.ethUsd,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_shows_a_move_that_is_only_rounding_as_about_zero()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("sensitivity", "--metric", "cumulativeOperatorProfit", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("≈ $0 (rounding)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("$0.0000", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_says_never_for_a_month_that_never_happens_and_moves_a_ratio_by_a_number()
    {
        // The baseline is never viable, so it has no viability cliff: SummaryMetrics reads that as the horizon, 132,
        // past the last month (131), which the table must not show as a month
        using var dir = new TempDirectory();
        var cliff = CliHarness.Run("sensitivity", "--metric", "viabilityCliffMonth", "--out", dir.File("a"));
        var ratio = CliHarness.Run("sensitivity", "--metric", "breakEvenFeeRatio", "--out", dir.File("b"));

        Assert.Equal(ExitCodes.Ok, cliff.ExitCode);
        Assert.Contains("(base never, read as month 132, the horizon)", cliff.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("month 132", cliff.Out.Replace("read as month 132", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        // A move of a ratio is a difference (1.36× to 1.10×), not a factor: no "×" in the move column
        Assert.Equal(ExitCodes.Ok, ratio.ExitCode);
        var rows = ratio.Out.Split('\n').Where(l => l.StartsWith("│ 1 ", StringComparison.Ordinal)).ToList();
        var row = Assert.Single(rows);
        Assert.False(row.TrimEnd().TrimEnd('│').TrimEnd().EndsWith('×'), row);
    }

    [Fact]
    public void Sensitivity_with_an_unknown_metric_exits_2_listing_the_metrics()
    {
        var run = CliHarness.Run("sensitivity", "--metric", "profitz");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("'profitz' is not a metric", run.Error, StringComparison.Ordinal);
        Assert.Contains("survivingNodes", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_writes_the_long_table()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("sweep", "--x", "fees.policy.markupFraction=0:0.75:4", "--y", "token.pools[0].vestingMonths=24:72:3", "--metric", "survivingNodes", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string[] lines = File.ReadAllLines(dir.File("sweep.csv"));
        Assert.Equal(1 + 12, lines.Length);
        Assert.StartsWith("fees.policy.markupFraction,0,token.pools[0].vestingMonths,24,survivingNodes,", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fees.policy.markupFraction=0:0.5", "three parts")]
    [InlineData("fees.policy.markupFraction=0:x:4", "finite numbers")]
    [InlineData("fees.policy.nothing=0.001:0.004:4", "fees.policy.nothing")]
    [InlineData("fees.protocolTakeRate=0:2:3", "fees.protocolTakeRate = 2")]
    [InlineData("horizonMonths=12:13:3", "error: sweep axis horizonMonths=12:13:3: horizonMonths holds whole numbers, and 3 values from 12 to 13 round to 2 distinct ones (12, 13, 13)")]
    [InlineData("token.pools[0].stopMonth=24:96:4", "token.pools[0].stopMonth is not set in this scenario (null); give it a number first (in the scenario, or --set token.pools[0].stopMonth=<number>), then vary it")]
    public void Sweep_with_a_bad_axis_exits_2_naming_the_path(string spec, string expected)
    {
        var run = CliHarness.Run("sweep", "--x", spec);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_varies_an_optional_field_once_set_gives_it_a_number()
    {
        // The baseline's ecosystem pool never stops (stopMonth null): set it, and the axis replaces the set value.
        using var dir = new TempDirectory();
        var run = CliHarness.Run("sweep", "--set", "token.pools[0].stopMonth=60", "--x", "token.pools[0].stopMonth=24:96:4", "--metric", "subsidyEndMonth", "--out", dir.Path);
        Assert.Equal(0, run.ExitCode);
        string[] lines = File.ReadAllLines(Path.Combine(dir.Path, "sweep.csv"));
        Assert.Equal(
            ["token.pools[0].stopMonth,24,,,subsidyEndMonth,24", "token.pools[0].stopMonth,48,,,subsidyEndMonth,48"],
            lines[1..3]);
    }

    [Fact]
    public void Sweep_with_paths_counts_viability_per_cell_on_the_hand_network()
    {
        // The hand network over 36 months with one node required and a uniform fee on [0.002, 0.004] (its
        // uncertainty[]): viable when fee ≥ (730 + overhead)/450,000, so overhead 270 → P = 8/9 and 1,070 → P = 0.
        using var dir = new TempDirectory();
        var run = CliHarness.Run("sweep", HandScenario, "--set", "horizonMonths=36", "--set", "viability.redundancyFloor=1",
            "--x", "cohorts[0].overheadUsdPerMonth=270:1070:2", "--paths", "2000", "--seed", "9", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("2 cells × 2,000 paths (seed 9)", run.Out, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(dir.File("viability-grid.csv"));
        Assert.Equal("x_path,x,y_path,y,months_after_subsidy_end,paths,evaluable_paths,viable_paths,probability_viable", lines[0]);
        Assert.Equal(5, lines.Length);
        double p = double.Parse(lines[1].Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(p, (8.0 / 9) - 0.03, (8.0 / 9) + 0.03);
        Assert.Equal("cohorts[0].overheadUsdPerMonth,1070,,,12,2000,2000,0,0", lines[3]);
    }

    [Theory]
    // Every command with --threads refuses 0 and 1025 the same way, naming the option, before any work (sweep and
    // sensitivity used to print .NET's "MaxDegreeOfParallelism ('0') must be a non-zero value" or "must be at least 1").
    [InlineData("montecarlo", "0")]
    [InlineData("montecarlo", "1025")]
    [InlineData("sensitivity", "0")]
    [InlineData("sweep --x fees.protocolTakeRate=0:0.5:3", "0")]
    [InlineData("sweep --x fees.protocolTakeRate=0:0.5:3 --paths 10", "1025")]
    [InlineData("operator", "0")]
    [InlineData("stress", "0")]
    public void Every_threads_option_refuses_a_count_outside_1_to_1024_naming_it(string command, string threads)
    {
        var run = CliHarness.Run([.. command.Split(' '), "--threads", threads]);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"--threads: must be between 1 and 1024; got {threads}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("MaxDegreeOfParallelism", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--metric survivingNodes", "--metric: with --paths the sweep counts P(viable")]
    [InlineData("--contour 2", "--contour: with --paths the contour is a probability between 0 and 1, not 2")]
    [InlineData("--paths 0", "--paths: must be between 1 and 10,000,000 (memory is flat, but time grows with paths); got 0")]
    [InlineData("--x cohorts[0].overheadUsdPerMonth=500:900:3", "uncertainty[4] (cohorts[0].overheadUsdPerMonth) draws the same field")]
    public void Sweep_with_paths_and_bad_input_exits_2_naming_the_option(string extra, string expected)
    {
        var args = new List<string> { "sweep" };
        if (!extra.StartsWith("--paths", StringComparison.Ordinal))
        {
            args.AddRange(["--paths", "10"]);
        }

        if (!extra.StartsWith("--x", StringComparison.Ordinal))
        {
            args.AddRange(["--x", "fees.policy.markupFraction=0:1:2"]);
        }

        args.AddRange(extra.Split(' '));
        var run = CliHarness.Run([.. args]);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_seed_without_paths_exits_2()
    {
        var run = CliHarness.Run("sweep", "--x", "fees.policy.markupFraction=0:1:2", "--seed", "3");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--seed: a sweep without --paths runs one deterministic run per cell", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_with_an_invalid_cell_between_valid_corners_exits_2_naming_the_cell_and_path()
    {
        // Issue 15 item 17: capacities 0 and 1 are valid, 0.5 (the middle cell) is not; it was run.
        using var dir = new TempDirectory();
        var run = CliHarness.Run("sweep", "--x", "cohorts[0].capacityInferencesPerMonth=0:1:3", "--out", dir.Path);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("sweep cell 2 of 3 (cohorts[0].capacityInferencesPerMonth = 0.5)", run.Error, StringComparison.Ordinal);
        Assert.Contains("cohorts[0].capacityInferencesPerMonth: is 0.5", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("sweep.csv")));
    }

    [Fact]
    public void Sweep_without_x_exits_2()
    {
        Assert.Equal(ExitCodes.BadInput, CliHarness.Run("sweep").ExitCode);
    }

    [Fact]
    public void Breakeven_finds_the_hand_computed_fee()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("breakeven", HandScenario, "--solve", "fees.policy.usdPerInference", "--metric", "cumulativeOperatorProfit", "--lo", "0.001", "--hi", "0.01", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("fees.policy.usdPerInference = 0.00222222", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"found\": true", File.ReadAllText(dir.File("breakeven.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Breakeven_without_a_sign_change_exits_2_with_the_metric_at_both_ends()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("breakeven", HandScenario, "--solve", "fees.policy.usdPerInference", "--lo", "0.005", "--hi", "0.01", "--out", dir.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("cumulativeOperatorProfit is $30,000 at fees.policy.usdPerInference = 0.005 and $84,000 at 0.01", run.Error, StringComparison.Ordinal);
        Assert.Contains("no sign change", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("breakeven.json")));
    }

    [Fact]
    public void Compare_writes_one_row_per_scenario()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("compare", "baseline", CliHarness.ScenarioFile("fast-vesting.json"), "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string[] lines = File.ReadAllLines(dir.File("comparison.csv"));
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("baseline,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("fast-vesting,", lines[2], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "fast-vesting", "monthly.csv")));
    }

    [Fact]
    public void Compare_takes_shipped_scenarios_by_name_as_its_help_says()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("compare", "baseline", "fast-vesting", "bear-market", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string[] lines = File.ReadAllLines(dir.File("comparison.csv"));
        Assert.Equal(["baseline", "fast-vesting", "bear-market"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.True(File.Exists(Path.Combine(dir.Path, "bear-market", "summary.json")));
        Assert.Contains("shipped scenarios' names (baseline, fast-vesting, bear-market)", CliHarness.Run("compare", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_a_missing_file_exits_2()
    {
        var run = CliHarness.Run("compare", "baseline", "no-such-file.json");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no-such-file.json", run.Error, StringComparison.Ordinal);
    }
}
