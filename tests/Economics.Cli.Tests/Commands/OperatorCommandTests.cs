using System.Text.Json;

namespace Economics.Cli.Tests.Commands;

public sealed class OperatorCommandTests
{
    [Fact]
    public void Operator_prints_the_answer_in_words_and_writes_both_files()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("operator");

        var run = CliHarness.Run("operator", "--start-month", "59", "--stake-tokens", "100000", "--setup-usd", "2000", "--out", folder);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("A tee_gateway node bought at month 59 (2031-03) never pays back its $28,888 within the horizon (73 months); NPV at 10% a year: −$38,701", run.Out, StringComparison.Ordinal);
        // The table's first column: the entry month's date and its number of months operated (1), under a header saying so.
        Assert.Contains("Month (months operated)", run.Out, StringComparison.Ordinal);
        Assert.Contains("2031-03 (1)", run.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(folder, "operator.csv"));
        Assert.Equal(74, lines.Length);
        Assert.Equal("month,date,months_in,share_fraction,cohort_nodes,token_price_usd,fee_margin_usd,subsidy_usd,mev_usd,income_usd,rails_usd,"
            + "variable_costs_usd,infra_usd,stake_carry_usd,costs_usd,profit_usd,cumulative_profit_usd,cash_flow_usd,discount_factor", lines[0]);
        Assert.StartsWith("59,2031-03,1,", lines[1], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "operator.json")));
        var root = json.RootElement;
        Assert.Equal("tee_gateway", root.GetProperty("cohort").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("paybackMonths").ValueKind);
        Assert.Equal(-38_701, root.GetProperty("npvUsd").GetDouble(), 0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("monteCarlo").ValueKind);
    }

    [Fact]
    public void Operator_monte_carlo_is_the_same_on_one_thread_and_two()
    {
        using var dir = new TempDirectory();
        var one = CliHarness.Run("operator", "--paths", "40", "--threads", "1", "--out", dir.File("one"));
        var two = CliHarness.Run("operator", "--paths", "40", "--threads", "2", "--out", dir.File("two"));

        Assert.Equal(ExitCodes.Ok, one.ExitCode);
        Assert.Equal(ExitCodes.Ok, two.ExitCode);
        // The default node has no stake and no setup: P(payback) is 100% by definition, so the text does not offer it
        Assert.Contains("Over 40 Monte Carlo paths (seed 42): nothing to pay back (no stake, no setup), P(NPV ≥ 0) ", one.Out, StringComparison.Ordinal);
        string a = File.ReadAllText(Path.Combine(dir.File("one"), "operator.json"));
        Assert.Equal(a, File.ReadAllText(Path.Combine(dir.File("two"), "operator.json")));
        using var json = JsonDocument.Parse(a);
        Assert.Equal(40, json.RootElement.GetProperty("monteCarlo").GetProperty("paths").GetInt32());
    }

    [Theory]
    [InlineData("--share-of-nodes, --share-of-requests: give the share of nodes or the share of requests, not both", "--share-of-nodes", "0.1", "--share-of-requests", "0.1")]
    [InlineData("--share-of-nodes: must be a fraction in (0, 1]; got 0", "--share-of-nodes", "0")]
    [InlineData("--share-of-requests: must be a fraction in (0, 1]; got 1.5", "--share-of-requests", "1.5")]
    [InlineData("--cohort: unknown cohort 'gpu'; the scenario's inference cohorts are: tee_gateway", "--cohort", "gpu")]
    // A name typed with an escape sequence is quoted escaped: it cannot clear or move the terminal.
    [InlineData("--cohort: unknown cohort 'gpu\\u001B[2J\\n'; the scenario's inference cohorts are: tee_gateway", "--cohort", "gpu\u001B[2J\n")]
    [InlineData("--cohort: 'og_validators' is a validator cohort (it serves no requests and earns staking, not fees); the scenario's inference cohorts are: tee_gateway", "--cohort", "og_validators")]
    [InlineData("--start-month: must be a month between 0 and 131 (0-based like every month in the outputs: 0 is the scenario's first month, 2026-04; the horizon has 132 months); got 132", "--start-month", "132")]
    [InlineData("--infra-usd-per-month: must be a number of USD per month from 0 to 1,000,000,000,000,000; got -5", "--infra-usd-per-month", "-5")]
    // Found by trying extremes: 1e308 USD a month made the NPV −Infinity and summary JSON an internal error (exit 1).
    [InlineData("--infra-usd-per-month: must be a number of USD per month from 0 to 1,000,000,000,000,000; got 1 × 10³⁰⁸", "--infra-usd-per-month", "1e308")]
    [InlineData("--stake-tokens: must be a number of tokens from 0 to 1,000,000,000,000,000; got 1 × 10³⁰⁰", "--stake-tokens", "1e300")]
    [InlineData("--setup-usd: must be a number of USD from 0 to 1,000,000,000,000,000; got 10,000,000,000,000,000", "--setup-usd", "1e16")]
    [InlineData("--share-of-nodes: must be a fraction in (0, 1]; got NaN", "--share-of-nodes", "NaN")]
    [InlineData("--cost-of-capital: must be an annual rate between 0 and 10 (0.1 = 10% a year); got 1 × 10³⁰⁰", "--cost-of-capital", "1e300")]
    [InlineData("--cost-of-capital: must be an annual rate between 0 and 10", "--cost-of-capital", "-0.1")]
    [InlineData("--paths: must be between 0 (no Monte Carlo) and 10,000,000; got -1", "--paths", "-1")]
    // One node's defaults for a share of the cohort would earn many nodes' income for one node's cost.
    [InlineData("--infra-usd-per-month: give your whole infrastructure bill with a share of the cohort: the default is one tee_gateway node's cost ($750 a month), but a 50% share of its nodes earns the income of many nodes", "viable-reference", "--share-of-nodes", "0.5")]
    // Monte Carlo options without --paths are refused, not ignored.
    [InlineData("--payback-within: applies only to the Monte Carlo (P(payback within N months)), and without --paths the command makes one deterministic run; add --paths N (e.g. --paths 200)", "--payback-within", "12")]
    [InlineData("--seed: applies only to the Monte Carlo (the seed of its random paths), and without --paths", "--seed", "3")]
    [InlineData("--payback-within: the node operates 132 months (from month 0 to the horizon's end), so a test within 500 months cannot be told from one within 132; give at most 132", "--payback-within", "500", "--paths", "10")]
    public void Operator_bad_input_exits_2_with_a_clear_message(string message, params string[] args)
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run(["operator", .. args, "--out", dir.File("o")]);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("o")));
    }

    [Fact]
    public void Report_has_the_operator_section()
    {
        using var dir = new TempDirectory();
        string file = dir.File("report.html");

        var run = CliHarness.Run("report", "--operator-start-month", "59", "--operator-paths", "20", "--out", file);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string html = File.ReadAllText(file);
        Assert.Contains("<h2 id=\"operator\">", html, StringComparison.Ordinal);
        Assert.Contains("A tee_gateway node bought at month 59 (2031-03) has nothing to pay back", html, StringComparison.Ordinal);
        Assert.Contains("Over 20 Monte Carlo paths (seed 42)", html, StringComparison.Ordinal);
        Assert.Contains("operator-npv", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_a_validator_operator_cohort_exits_2()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("report", "--operator-cohort", "og_validators", "--out", dir.File("r.html"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--operator-cohort: 'og_validators' is a validator cohort", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("r.html")));
    }
}
