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
    public void Out_writes_the_three_tables()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("peers");

        var run = CliHarness.Run("peers", "--network", "pocket", "--out", folder);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "peers.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "calibration.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "backtest.csv")));
    }
}
