using Economics.Model.Results;

namespace Economics.Analysis.Peers;

/// <summary>
/// Puts OpenGradient's projection (one model run) beside the peers' observed histories on one clock, months since
/// launch: subsidy dependence and USD income per node, month by month (<see cref="Of"/>). Pure: the same run and
/// history give the same result.
/// </summary>
/// <remarks>
/// <para><b>Months since launch.</b> OpenGradient's month 0 is its TGE, <see cref="OpenGradientLaunch"/> (2026-04),
/// so a model month dated d is month (d − 2026-04); the shipped scenarios start there. A peer's month is its
/// <see cref="PeerMonth.MonthsSinceLaunch"/>: 0 is the first month of its series in the 1kx collection (Bittensor
/// counts from its 2021-11 launch, before the months the dataset keeps).</para>
/// <para><b>Income per node.</b> A peer's is what its supply side was paid, rewards + fees (fees 0 where unknown),
/// over the nodes paid (<see cref="PeerMonth.IncomePerNodeUsd"/>). OpenGradient's is what its operators received:
/// subsidy + fees beyond the gateways' upstream bill (a pass-through, not income) + MEV, over the nodes operating;
/// the protocol-borne rails are not paid to operators and are left out (they count as subsidy in the model's
/// <c>subsidy_dependence</c>, which is used as it is).</para>
/// </remarks>
public static class PeerAlignment
{
    /// <summary>The id of OpenGradient's series.</summary>
    public const string OpenGradientId = "opengradient";

    /// <summary>The legend label of OpenGradient's series.</summary>
    public const string OpenGradientLabel = "OpenGradient (projected)";

    /// <summary>OpenGradient's launch month, its month 0: the TGE, 2026-04-21 (source:
    /// data/reference/opengradient_token.csv, <c>tge_date</c>).</summary>
    public static readonly DateOnly OpenGradientLaunch = new(2026, 4, 1);

    private const int MonthsPerYear = 12;

    /// <summary>Aligns <paramref name="projection"/> with every peer of <paramref name="history"/>, or with
    /// <paramref name="network"/> only.</summary>
    /// <exception cref="KeyNotFoundException">Unknown network (the message lists the known ones).</exception>
    public static PeerAlignmentResult Of(SimulationResult projection, PeerHistory history, string? network = null)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(history);
        IReadOnlyList<string> networks = network is null ? history.Networks : [history.For(network)[0].Network];
        return new PeerAlignmentResult
        {
            Scenario = projection.Scenario.Name,
            Projected = Projected(projection),
            Observed = [.. networks.Select(n => Observed(history.For(n)))],
        };
    }

    /// <summary>OpenGradient's series from a model run.</summary>
    public static AlignedSeries Projected(SimulationResult projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        int n = projection.Months;
        var income = new double[n];
        for (int t = 0; t < n; t++)
        {
            double nodes = projection.NodesTotal[t];
            double received = projection.RevenueSubsidy[t] + Math.Max(0.0, projection.RevenueFees[t] - projection.UpstreamCostUsd[t])
                + projection.RevenueMev[t];
            income[t] = nodes > 0 ? received / nodes : double.NaN;
        }

        return new AlignedSeries
        {
            Network = OpenGradientId,
            Label = OpenGradientLabel,
            IsProjected = true,
            MonthsSinceLaunch = [.. projection.Date.Select(MonthsSinceOpenGradientLaunch)],
            Months = projection.Date,
            SubsidyDependence = projection.SubsidyDependence,
            IncomePerNodeUsd = income,
            Nodes = projection.NodesTotal,
        };
    }

    /// <summary>A peer's observed series (<paramref name="months"/>: one network's, ascending).</summary>
    public static AlignedSeries Observed(IReadOnlyList<PeerMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentOutOfRangeException.ThrowIfZero(months.Count);
        return new AlignedSeries
        {
            Network = months[0].Network,
            Label = months[0].Network,
            IsProjected = false,
            MonthsSinceLaunch = [.. months.Select(m => m.MonthsSinceLaunch)],
            Months = [.. months.Select(m => m.Month)],
            SubsidyDependence = [.. months.Select(m => m.SubsidyDependence)],
            IncomePerNodeUsd = [.. months.Select(m => m.IncomePerNodeUsd)],
            Nodes = [.. months.Select(m => m.Nodes)],
        };
    }

    /// <summary>Months from <see cref="OpenGradientLaunch"/> to <paramref name="month"/> (negative before it).</summary>
    public static int MonthsSinceOpenGradientLaunch(DateOnly month) =>
        ((month.Year - OpenGradientLaunch.Year) * MonthsPerYear) + month.Month - OpenGradientLaunch.Month;
}
