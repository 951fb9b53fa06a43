namespace Economics.Analysis.Peers;

/// <summary>
/// Runs the calibrated operator response as a peer network: its observed rewards + fees as the income, the supply
/// curve fitted on the first two thirds of its history (<see cref="SupplyCurveFit"/>), the node count predicted from
/// the first observed month on and never reset, compared with the observed count. Livepeer by default: the one peer
/// whose fees are known next to its rewards.
/// </summary>
public static class PeerBacktest
{
    /// <summary>The default network.</summary>
    public const string DefaultNetwork = "livepeer";

    /// <summary>Back-tests <paramref name="network"/>.</summary>
    /// <exception cref="KeyNotFoundException">Unknown network.</exception>
    /// <exception cref="InvalidOperationException">The network cannot be calibrated (the message says why).</exception>
    public static PeerBacktestResult Run(PeerHistory history, string network = DefaultNetwork)
    {
        ArgumentNullException.ThrowIfNull(history);
        var peer = SupplyCurveFit.ForNetwork(history, network);
        return peer.Calibration is { } calibration
            ? Of(peer, calibration)
            : throw new InvalidOperationException($"{peer.Network} cannot be back-tested: {peer.Reason}");
    }

    /// <summary>The back-test of an existing calibration.</summary>
    public static PeerBacktestResult Of(PeerCalibration peer, SupplyCurveCalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(calibration);
        var observed = calibration.ObservedNodes;
        var predicted = calibration.FittedNodes;
        double[] logObserved = [.. observed.Select(n => Math.Log(n))];
        double[] p = [.. predicted];
        int train = calibration.TrainMonths;
        return new PeerBacktestResult
        {
            Network = peer.Network,
            Calibration = calibration,
            Months = peer.Months,
            IncomeUsd = peer.IncomeUsd,
            ObservedNodes = observed,
            PredictedNodes = predicted,
            RmseLog = SupplyCurveFit.Rmse(p.AsSpan(1), logObserved.AsSpan(1)),
            HeldOutRmseLog = SupplyCurveFit.Rmse(p.AsSpan(train), logObserved.AsSpan(train)),
            LastMonthError = (predicted[^1] / observed[^1]) - 1,
        };
    }
}
