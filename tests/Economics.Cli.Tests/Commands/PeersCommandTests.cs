namespace Economics.Cli.Tests.Commands;

public sealed class PeersCommandTests
{
    [Fact]
    public void Livepeer_prints_its_calibration_and_backtest()
    {
        var run = CliHarness.Run("peers", "--network", "livepeer");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("livepeer", run.Out, StringComparison.Ordinal);
        Assert.Contains("Back-test (livepeer", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("bittensor", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_network_exits_2_and_lists_the_known_ones()
    {
        var run = CliHarness.Run("peers", "--network", "aethir");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("unknown network 'aethir'", run.Error, StringComparison.Ordinal);
        Assert.Contains("livepeer", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_four_tables()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("peers");

        var run = CliHarness.Run("peers", "--network", "pocket", "--out", folder);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "peers.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "calibration.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "backtest.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "alignment.csv")));
    }

    [Fact]
    public void Prints_the_projection_beside_the_peers_by_months_since_launch()
    {
        var run = CliHarness.Run("peers", "--network", "livepeer");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Subsidy dependence by months since launch", run.Out, StringComparison.Ordinal);
        Assert.Contains("USD income per node-month by months since launch", run.Out, StringComparison.Ordinal);
        Assert.Contains("OpenGradient (projected)", run.Out, StringComparison.Ordinal);
        Assert.Contains("projected by scenario baseline (month 0 = its TGE, 2026-04)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_argument_is_the_projection_that_is_aligned()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("peers");

        var run = CliHarness.Run("peers", CliHarness.ScenarioFile("peer-calibrated-operators.json"), "--network", "livepeer", "--out", folder);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("projected by scenario peer-calibrated-operators", run.Out, StringComparison.Ordinal);
        string[] alignment = File.ReadAllLines(Path.Combine(folder, "alignment.csv"));
        Assert.Equal("network,projected,months_since_launch,month,subsidy_dependence,income_per_node_usd,nodes", alignment[0]);
        Assert.StartsWith("opengradient,true,0,2026-04,", alignment[1], StringComparison.Ordinal);
        Assert.Equal(1 + 132 + 80, alignment.Length);
    }

    [Fact]
    public void Set_overrides_change_the_projection()
    {
        using var dir = new TempDirectory();
        string plain = dir.File("plain"), cut = dir.File("cut");

        Assert.Equal(ExitCodes.Ok, CliHarness.Run("peers", "--network", "livepeer", "--out", plain).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("peers", "--network", "livepeer", "--set", "cohorts[0].initialNodes=10", "--out", cut).ExitCode);

        // Month 0: the same subsidy over twice the initial gateways
        string Month0(string folder) => File.ReadAllLines(Path.Combine(folder, "alignment.csv"))[1].Split(',')[5];
        Assert.Equal(double.Parse(Month0(plain), System.Globalization.CultureInfo.InvariantCulture) / 2,
            double.Parse(Month0(cut), System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void A_missing_scenario_file_exits_2_naming_it()
    {
        var run = CliHarness.Run("peers", "no-such-scenario.json");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("scenario: file 'no-such-scenario.json' does not exist", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_scenario_exits_2_with_its_problem()
    {
        var run = CliHarness.Run("peers", "--set", "cohorts[0].entry.speed=2");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("cohorts[0].entry.speed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_without_an_output_folder_exit_2()
    {
        var run = CliHarness.Run("peers", "--format", "html");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--format: charts are written under --out DIR/charts/; give --out DIR.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_html_writes_both_charts_under_charts()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("peers");

        var run = CliHarness.Run("peers", "--network", "livepeer", "--out", folder, "--format", "csv,html");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "charts", "peers-subsidy-dependence.html")));
        Assert.True(File.Exists(Path.Combine(folder, "charts", "peers-income-per-node.html")));
    }

    [Fact]
    public void The_footnote_names_every_peer_whose_month_0_is_before_its_data()
    {
        // Against the data: month 0 of a peer is its first 1kx month (months_since_launch = 0), which for some lies
        // before the first month kept; the footnote must name each of those, with that month
        var history = Economics.Analysis.Peers.PeerHistory.Embedded();
        var earlier = history.Networks
            .Select(n => history.For(n)[0])
            .Where(m => m.MonthsSinceLaunch != 0)
            .Select(m => (m.Network, Zero: m.Month.AddMonths(-m.MonthsSinceLaunch)))
            .ToList();

        var run = CliHarness.Run("peers");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal([("bittensor", new DateOnly(2021, 11, 1)), ("ionet", new DateOnly(2024, 6, 1))], earlier.OrderBy(e => e.Network, StringComparer.Ordinal));
        string footnote = string.Join(' ', run.Out.Split('\n').Select(l => l.Trim()));
        Assert.Contains("peers: observed (month 0 = the first month of the network's 1kx series: Bittensor's is 2021-11 and io.net's 2024-06, before the first months kept;", footnote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chosen_network_without_a_fit_says_why_it_has_no_back_test()
    {
        var run = CliHarness.Run("peers", "--network", "filecoin");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.DoesNotContain("Back-test (", run.Out, StringComparison.Ordinal);
        Assert.Contains("No back-test of filecoin: its operator response is not fitted (", run.Out, StringComparison.Ordinal);
    }
}
