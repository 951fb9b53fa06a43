using Economics.Analysis.Peers;

namespace Economics.Analysis.Tests.Peers;

public sealed class PeerBacktestTests
{
    [Fact]
    public void Livepeer_backtest_gives_a_finite_error_over_its_80_months()
    {
        // Given Livepeer's observed rewards + fees as the income, when the fitted curve runs from 2018-05 on
        var result = PeerBacktest.Run(PeerHistory.Embedded());

        // Then every month has a prediction and the error is a finite number below 1 (a factor e on average)
        Assert.Equal("livepeer", result.Network);
        Assert.Equal(80, result.Months.Count);
        Assert.Equal(80, result.PredictedNodes.Count);
        Assert.Equal(14, result.PredictedNodes[0]);
        Assert.True(double.IsFinite(result.RmseLog) && result.RmseLog is > 0 and < 1, $"RMSE {result.RmseLog}");
        Assert.True(double.IsFinite(result.HeldOutRmseLog));
        Assert.All(result.PredictedNodes, n => Assert.InRange(n, 0, 100));
    }

    [Fact]
    public void Should_Say_Why_A_Network_Cannot_Be_Backtested()
    {
        var e = Assert.Throws<InvalidOperationException>(() => PeerBacktest.Run(PeerHistory.Embedded(), "filecoin"));
        Assert.Equal("filecoin cannot be back-tested: no node counts in the dataset", e.Message);
    }

    [Fact]
    public void The_analysis_writes_three_tables()
    {
        var result = PeerAnalysis.Run(PeerHistory.Embedded(), "livepeer");
        string dir = Path.Combine(Path.GetTempPath(), "econ-peers-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = result.Write(dir);

            Assert.Equal(["peers.csv", "calibration.csv", "backtest.csv"], files.Select(Path.GetFileName));
            string[] calibration = File.ReadAllLines(files[1]);
            Assert.Equal(string.Join(',', PeerAnalysisResult.CalibrationColumns), calibration[0]);
            Assert.StartsWith("livepeer,1000,estimate,80,53,27,", calibration[1], StringComparison.Ordinal);
            Assert.Equal(81, File.ReadAllLines(files[2]).Length);
            Assert.Equal(1, result.CalibrationFrame().RowCount);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
