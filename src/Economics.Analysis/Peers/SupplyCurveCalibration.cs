namespace Economics.Analysis.Peers;

/// <summary>
/// A supply curve fitted to one node-count history (<see cref="SupplyCurveFit"/>), with its errors in and out of
/// sample. Errors are root-mean-square errors of natural-log node counts (0.1 ≈ 10% typical error).
/// </summary>
public sealed record SupplyCurveCalibration
{
    /// <summary>The fitted parameters (the fixed median cost and lead included).</summary>
    public required SupplyCurveParameters Parameters { get; init; }

    /// <summary>Months of history used (count).</summary>
    public required int Months { get; init; }

    /// <summary>Months the parameters were fitted on: the first two thirds, ⌊2·Months/3⌋ (count).</summary>
    public required int TrainMonths { get; init; }

    /// <summary>Months held out: the last third (count).</summary>
    public int TestMonths => Months - TrainMonths;

    /// <summary>Observed node counts, month 0 … Months − 1 (count).</summary>
    public required IReadOnlyList<double> ObservedNodes { get; init; }

    /// <summary>The fitted curve run freely over the whole history from the observed month 0, driven by the observed
    /// income (count per month). Its first <see cref="TrainMonths"/> values are the in-sample fit.</summary>
    public required IReadOnlyList<double> FittedNodes { get; init; }

    /// <summary>The out-of-sample forecast for months TrainMonths … Months − 1: the curve restarted at the last
    /// in-sample observation, driven by the observed income of those months (a forecast conditional on income).</summary>
    public required IReadOnlyList<double> ForecastNodes { get; init; }

    /// <summary>RMSE of ln(nodes), fitted vs observed, over in-sample months 1 … TrainMonths − 1 (month 0 is the start).</summary>
    public required double InSampleRmseLog { get; init; }

    /// <summary>RMSE of ln(nodes), <see cref="ForecastNodes"/> vs observed, over the held-out months.</summary>
    public required double OutOfSampleRmseLog { get; init; }

    /// <summary>RMSE of ln(nodes) of the naive forecast, the last in-sample observation held, over the held-out months.</summary>
    public required double NaiveRmseLog { get; init; }

    /// <summary>Objective evaluations the optimizer used (count).</summary>
    public required int Evaluations { get; init; }

    /// <summary>The fitted parameters that ended within 1% (of the transformed range) of a bound of the search: the data
    /// do not pin them down inside the range, and the value is the bound rather than an estimate (a speed at 1 means
    /// "within the month"). Empty when every parameter is inside.</summary>
    public required IReadOnlyList<string> ParametersAtBounds { get; init; }

    /// <summary>1 − out-of-sample RMSE / naive RMSE: above 0 the curve beats "last value held"; NaN when the naive
    /// error is 0.</summary>
    public double SkillVsNaive => NaiveRmseLog > 0 ? 1 - OutOfSampleRmseLog / NaiveRmseLog : double.NaN;
}
