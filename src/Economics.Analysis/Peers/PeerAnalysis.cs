namespace Economics.Analysis.Peers;

/// <summary>The peer analyses together (what <c>econ peers</c> prints and writes): per network a summary and a
/// calibration, and the back-test of one network.</summary>
public static class PeerAnalysis
{
    /// <summary>Summarizes and calibrates every network of <paramref name="history"/>, or only <paramref name="network"/>;
    /// back-tests <paramref name="network"/> when given and calibratable, else Livepeer.</summary>
    /// <exception cref="KeyNotFoundException">Unknown network (the message lists the known ones).</exception>
    public static PeerAnalysisResult Run(PeerHistory history, string? network = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        IReadOnlyList<string> networks = network is null ? history.Networks : [history.For(network)[0].Network];
        var calibrations = networks.Select(n => SupplyCurveFit.ForNetwork(history, n)).ToArray();
        var backtested = calibrations.FirstOrDefault(c => c.Calibration is not null && (network is not null || c.Network == PeerBacktest.DefaultNetwork));
        return new PeerAnalysisResult
        {
            Summaries = [.. networks.Select(n => PeerSummary.Of(history.For(n)))],
            Calibrations = calibrations,
            Backtest = backtested is null ? null : PeerBacktest.Of(backtested, backtested.Calibration!),
        };
    }
}
