namespace Economics.Analysis.Peers;

/// <summary>A back-test of the operator response on one peer (<see cref="PeerBacktest.Run"/>): the curve calibrated on
/// the first two thirds, run freely over the whole history on the observed income, against the observed node count.</summary>
public sealed record PeerBacktestResult
{
    /// <summary>Network id.</summary>
    public required string Network { get; init; }

    /// <summary>The calibration the back-test runs.</summary>
    public required SupplyCurveCalibration Calibration { get; init; }

    /// <summary>The months (ascending).</summary>
    public required IReadOnlyList<DateOnly> Months { get; init; }

    /// <summary>The input: observed USD income per month (rewards + fees).</summary>
    public required IReadOnlyList<double> IncomeUsd { get; init; }

    /// <summary>Observed node counts (count).</summary>
    public required IReadOnlyList<double> ObservedNodes { get; init; }

    /// <summary>Predicted node counts: the calibrated curve from the observed month 0, never reset (count).</summary>
    public required IReadOnlyList<double> PredictedNodes { get; init; }

    /// <summary>The back-test error: RMSE of ln(nodes), predicted vs observed, over months 1 … end.</summary>
    public required double RmseLog { get; init; }

    /// <summary>RMSE of ln(nodes) over the held-out last third only (the free run, not restarted).</summary>
    public required double HeldOutRmseLog { get; init; }

    /// <summary>Predicted / observed − 1 in the last month (fraction).</summary>
    public required double LastMonthError { get; init; }
}
