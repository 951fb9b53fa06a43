namespace Economics.Analysis.Peers;

/// <summary>The calibration of one peer network (<see cref="SupplyCurveFit.ForNetwork"/>): the months and income it
/// used, the fixed cost, and the fit, or the reason there is none.</summary>
public sealed record PeerCalibration
{
    /// <summary>Network id.</summary>
    public required string Network { get; init; }

    /// <summary>The fixed median node cost, or null when supply.csv has none for the network.</summary>
    public required PeerCost? Cost { get; init; }

    /// <summary>First month used, or null when the network has no node counts.</summary>
    public required DateOnly? FirstMonth { get; init; }

    /// <summary>The months used (those from the first up to the first without a node count).</summary>
    public required IReadOnlyList<DateOnly> Months { get; init; }

    /// <summary>The income the curve was driven by, month by month (USD per month: rewards + fees, fees 0 where unknown).</summary>
    public required IReadOnlyList<double> IncomeUsd { get; init; }

    /// <summary>The fit, or null (see <see cref="Reason"/>).</summary>
    public required SupplyCurveCalibration? Calibration { get; init; }

    /// <summary>Why there is no fit; null when there is one.</summary>
    public required string? Reason { get; init; }
}
