using System.Text.Json;
using Economics.Cli.Commands;
using Economics.Cli.Tests.Notebooks;

namespace Economics.Cli.Tests.Commands;

/// <summary>Issue 14: what a user reads is right (overrides recorded, no wrapping, unknown options, compare cells).</summary>
/// <remarks>In the notebook collection: one test changes the working directory (default output folders).</remarks>
[Collection(NotebookRuns.Name)]
public sealed class DocumentedBehaviourTests
{
    [Fact]
    public void A_run_with_overrides_records_them_and_gets_its_own_folder()
    {
        using var temp = new TempDirectory();
        string[] sets = ["token.pools[0].stopMonth=24", "cohorts[0].initialNodes=40"];
        string expected = Path.Combine("out", "baseline" + OutputNames.OverrideMarker + OutputNames.Hash(sets));
        string previous = Directory.GetCurrentDirectory();
        CliRun run;
        try
        {
            Directory.SetCurrentDirectory(temp.Path);
            run = CliHarness.Run("run", "--set", sets[0], "--set", sets[1]);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Matches("^baseline\\+set-[0-9a-f]{8}$", Path.GetFileName(expected));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out", "baseline")), "a run with --set must not replace out/baseline/");
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, expected, "summary.json")));
        Assert.Equal(sets, summary.RootElement.GetProperty("overrides").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Overrides (--set)", run.Out, StringComparison.Ordinal);
        Assert.Contains("token.pools[0].stopMonth=24, cohorts[0].initialNodes=40", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_overrides_keeps_the_scenario_name_and_records_an_empty_list()
    {
        using var temp = new TempDirectory();
        var run = CliHarness.Run("run", "--out", temp.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("baseline", OutputNames.For("baseline", []));
        using var summary = JsonDocument.Parse(File.ReadAllText(temp.File("summary.json")));
        Assert.Equal(0, summary.RootElement.GetProperty("overrides").GetArrayLength());
        Assert.Contains("│ none", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_depends_on_the_overrides_and_their_order_only()
    {
        Assert.Equal(OutputNames.Hash(["a=1", "b=2"]), OutputNames.Hash([" a=1", "b=2 "]));
        Assert.NotEqual(OutputNames.Hash(["a=1", "b=2"]), OutputNames.Hash(["b=2", "a=1"]));
        Assert.Equal(8, OutputNames.Hash(["a=1"]).Length);
    }

    [Theory]
    [InlineData(new[] { "run", "--frmat", "png" }, "unknown option '--frmat' for 'econ run'; did you mean --format?")]
    [InlineData(new[] { "montecarlo", "--path", "10" }, "unknown option '--path' for 'econ montecarlo'; did you mean --paths?")]
    [InlineData(new[] { "breakeven", "--slove", "x", "--lo", "0", "--hi", "1" }, "unknown option '--slove' for 'econ breakeven'; did you mean --solve?")]
    // A name cut short suggests the options it begins (not '--scale', one letter away from '--stake').
    [InlineData(new[] { "operator", "--stake", "100" }, "unknown option '--stake' for 'econ operator'; did you mean --stake-tokens?")]
    [InlineData(new[] { "operator", "--share", "0.1" }, "unknown option '--share' for 'econ operator'; did you mean --share-of-nodes or --share-of-requests?")]
    [InlineData(new[] { "run", "--zzzzzzzz" }, "unknown option '--zzzzzzzz' for 'econ run'; see the options with --help.")]
    public void A_mistyped_option_is_named_with_the_nearest_option(string[] args, string message)
    {
        var run = CliHarness.Run(args);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("error: " + message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_number_is_a_value_not_an_unknown_option()
    {
        var run = CliHarness.Run("breakeven", "--solve", "markets[0].demand.growth.monthlyRate", "--metric", "cumulativeOperatorProfit", "--lo", "-0.5", "--hi", "0.3");

        Assert.DoesNotContain("unknown option", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "120", 80, CliConsole.NoWrapWidth)] // redirected: never wrapped, COLUMNS or not
    [InlineData(false, "120", 80, 120)] // a terminal: COLUMNS wins
    [InlineData(false, null, 100, 100)] // a terminal without COLUMNS: its width
    [InlineData(false, "abc", 100, 100)]
    public void Output_wraps_only_on_a_terminal(bool redirected, string? columns, int terminal, int expected) =>
        Assert.Equal(expected, CliConsole.WidthFor(redirected, columns, terminal));

    [Fact]
    public void Long_lines_are_not_wrapped_in_redirected_output()
    {
        using var temp = new TempDirectory();
        string deep = Path.Combine(temp.Path, new string('d', 120), "run");
        var run = CliHarness.Run("run", "--out", deep);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("wrote " + Path.Combine(deep, "summary.json"), run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_shows_labelled_answers_never_as_never_and_each_column_once()
    {
        using var temp = new TempDirectory();
        var run = CliHarness.Run("compare", "baseline", CliHarness.ScenarioFile("subsidy-cliff.json"), "--out", temp.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Viability cliff month", run.Out, StringComparison.Ordinal);
        Assert.Contains("never", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("emissi…", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("viabilityCliffMonth", run.Out, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(temp.File("comparison.csv"));
        string[] header = lines[0].Split(',');
        Assert.Equal(header.Length, header.Distinct(StringComparer.Ordinal).Count());
        string baselineCliff = lines[1].Split(',')[Array.IndexOf(header, "viabilityCliffMonth")];
        Assert.Equal(string.Empty, baselineCliff);
    }

    [Fact]
    public void The_missing_chromium_warning_says_exactly_what_was_written()
    {
        var png = ChartOutputs.SkippedImages("Chromium not found at /x", new OutputFormats(false, true, false), [], ["/o/monthly.csv", "/o/markets.csv", "/o/summary.json"]);
        var both = ChartOutputs.SkippedImages("Chromium not found at /x", new OutputFormats(true, true, true), ["/o/charts/a.html", "/o/charts/b.html"], ["/o/monthly.csv", "/o/summary.json"]);

        Assert.Equal("Chromium not found at /x. Not written: the PNG charts. Written: monthly.csv, markets.csv and summary.json.", png);
        Assert.Equal("Chromium not found at /x. Not written: the PNG and SVG charts. Written: monthly.csv, summary.json and 2 HTML charts.", both);
        Assert.DoesNotContain("HTML", png, StringComparison.Ordinal);
    }

    [Fact]
    public void Breakeven_reports_a_jump_over_the_target_as_bad_input_not_a_solution()
    {
        using var temp = new TempDirectory();
        var run = CliHarness.Run("breakeven", "--solve", "token.pools[0].payout.tokens", "--metric", "subsidyEndMonth", "--target", "66.5", "--lo", "5000000", "--hi", "8000000", "--out", temp.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("crosses the target month 66.5 discontinuously", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("solved", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File(BreakEvenCommand.FileName)));
    }

    [Fact]
    public void The_answers_table_writes_what_the_report_writes()
    {
        foreach (double v in new[] { 0.0, 0.00182, 0.5, 12.3, 4_100, 3_500_000, 2.1e9, -2_000, double.NaN, double.PositiveInfinity })
        {
            Assert.Equal(Charts.Theme.Units.Usd(v), Analysis.Text.HumanFormat.Usd(v));
            Assert.Equal(Charts.Theme.Units.Pct(v), Analysis.Text.HumanFormat.Percent(v));
            Assert.Equal(Charts.Theme.Units.Bytes(v), Analysis.Text.HumanFormat.Bytes(v));
            Assert.Equal(Charts.Theme.Units.Count(v), Analysis.Text.HumanFormat.Count(v));
            Assert.Equal(Charts.Theme.Units.Times(v), Analysis.Text.HumanFormat.Times(v));
        }
    }
}
