namespace Economics.Analysis.Peers;

/// <summary>
/// One network's monthly series on the common clock of <see cref="PeerAlignment"/>: months since its launch, with its
/// subsidy dependence and USD income per node. OpenGradient's series is projected (a model run); a peer's is observed
/// (<c>data/reference/peers/</c>).
/// </summary>
/// <remarks>Unknown or not-applicable values are NaN (a peer's months without fees or node counts; a model month with no
/// income or no nodes), never 0. All lists have one value per entry of <see cref="MonthsSinceLaunch"/>.</remarks>
public sealed record AlignedSeries
{
    /// <summary>Network id: <see cref="PeerAlignment.OpenGradientId"/> or a peer's id (<c>livepeer</c>, …).</summary>
    public required string Network { get; init; }

    /// <summary>The name a legend shows: "OpenGradient (projected)", or the peer's id.</summary>
    public required string Label { get; init; }

    /// <summary>True for the model's projection, false for an observed history.</summary>
    public required bool IsProjected { get; init; }

    /// <summary>Months since the network's launch (0 = the launch month), ascending (months).</summary>
    public required IReadOnlyList<int> MonthsSinceLaunch { get; init; }

    /// <summary>The calendar month of each entry (its first day).</summary>
    public required IReadOnlyList<DateOnly> Months { get; init; }

    /// <summary>Share of the supply side's income that is subsidy (fraction, 0–1); NaN where it is unknown or there is
    /// no income. For a peer: rewards / (rewards + fees), known only where fees are; for OpenGradient the model's
    /// <c>subsidy_dependence</c> (the protocol-borne rails counted as subsidy).</summary>
    public required IReadOnlyList<double> SubsidyDependence { get; init; }

    /// <summary>USD income per node in the month (USD per node-month); NaN where the node count is unknown or 0.</summary>
    public required IReadOnlyList<double> IncomePerNodeUsd { get; init; }

    /// <summary>Nodes paid (peer) or operating (OpenGradient) in the month (count); NaN where unknown.</summary>
    public required IReadOnlyList<double> Nodes { get; init; }

    /// <summary>True when some month has a subsidy dependence.</summary>
    public bool HasSubsidyDependence => SubsidyDependence.Any(double.IsFinite);

    /// <summary>True when some month has a positive income per node (one a log axis can show).</summary>
    public bool HasIncomePerNode => IncomePerNodeUsd.Any(v => v > 0);

    /// <summary>The index of <paramref name="monthsSinceLaunch"/> in the series, or −1 when the series does not cover it.</summary>
    public int IndexOf(int monthsSinceLaunch)
    {
        for (int i = 0; i < MonthsSinceLaunch.Count; i++)
        {
            if (MonthsSinceLaunch[i] == monthsSinceLaunch)
            {
                return i;
            }
        }

        return -1;
    }
}
