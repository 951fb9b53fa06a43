using System.Globalization;
using Economics.Analysis.Peers;
using Economics.Charts.Theme;
using Plotly.NET;

namespace Economics.Charts.Analysis;

/// <summary>
/// OpenGradient's projection beside the peer networks' observed histories (<see cref="PeerAlignmentResult"/>), on one
/// clock, months since launch: subsidy dependence and USD income per node (log axis). The projection is a dashed, wider
/// near-black line labelled "OpenGradient (projected)"; each peer keeps its colour (<see cref="ChartTheme.PeerColors"/>).
/// A note under the plot names the sources.
/// </summary>
public static class PeerCharts
{
    private const string MonthsAxisTitle = "Months since launch (OpenGradient: TGE 2026-04; peers: first month of their 1kx series)";

    /// <summary>Ticks of the months axis: one a year (months).</summary>
    private const double MonthsTick = 12;

    /// <summary>Width of the projected line (px).</summary>
    private const double ProjectionWidth = 4;

    /// <summary>Width of an observed line (px).</summary>
    private const double ObservedWidth = 2;

    /// <summary>USD on the log axis and in hover text: three significant digits with thousands separators and no SI
    /// suffix ("$0.00732", "$90,000"), since "$10m" would read as ten million, not ten milli-dollars.</summary>
    private const string UsdLogFormat = "$,.3~r";

    /// <summary>Room under the plot for the axis title and the source note (px).</summary>
    private const int BottomMargin = 135;

    /// <summary>The source note's offset below the plot area, past the tick labels and the axis title (px).</summary>
    private const int NoteOffset = -62;

    /// <summary>Both charts, named for export: <c>peers-subsidy-dependence</c> and <c>peers-income-per-node</c>.</summary>
    public static IReadOnlyList<NamedChart> All(PeerAlignmentResult alignment, ChartTheme? theme = null) =>
    [
        new("peers-subsidy-dependence", "Subsidy dependence: OpenGradient (projected) vs peers (observed)", SubsidyDependence(alignment, theme)),
        new("peers-income-per-node", "USD income per node: OpenGradient (projected) vs peers (observed)", IncomePerNode(alignment, theme)),
    ];

    /// <summary>Subsidy dependence (fraction, shown as %) by months since launch: the projection and every peer whose fees
    /// are known (Livepeer, 2020-01 to 2023-04, in the shipped data).</summary>
    public static GenericChart SubsidyDependence(PeerAlignmentResult alignment, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        var t = theme ?? ChartTheme.Default;
        var shown = alignment.All.Where(s => s.HasSubsidyDependence).ToList();
        var f = new FigureBuilder(t).Title(
            "What share of the supply side's income is subsidy, months after launch?",
            string.Join("; ", shown.Select(DependenceAnswer)) + ".");
        AddLines(f, t, alignment, shown, s => s.SubsidyDependence, Units.Percent);
        return Finish(f, t, alignment, "Subsidy dependence (% of income that is subsidy)", Units.Percent, log: false, range: [0, 1.05],
            "Peers' fees are published only for Livepeer (2020-01 to 2023-04); the others have no line.");
    }

    /// <summary>USD income per node (USD per node-month, log axis) by months since launch: the projection and every peer
    /// with node counts. Months with no income (OpenGradient after its subsidy ends) are gaps on the log axis.</summary>
    public static GenericChart IncomePerNode(PeerAlignmentResult alignment, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        var t = theme ?? ChartTheme.Default;
        var shown = alignment.All.Where(s => s.HasIncomePerNode).ToList();
        var f = new FigureBuilder(t).Title("What does a node earn per month, months after launch?", IncomeAnswer(alignment));
        AddLines(f, t, alignment, shown, s => [.. s.IncomePerNodeUsd.Select(v => v > 0 ? v : double.NaN)], UsdLogFormat);
        return Finish(f, t, alignment, "USD income per node-month (log scale)", UsdLogFormat, log: true, range: null,
            "Peers: rewards + fees paid to the supply side (delegators' share included) over the nodes paid.\n"
            + "OpenGradient: subsidy + fees beyond the upstream bill to model providers + MEV, over the nodes operating.");
    }

    private static void AddLines(FigureBuilder f, ChartTheme t, PeerAlignmentResult alignment, IReadOnlyList<AlignedSeries> shown,
        Func<AlignedSeries, IReadOnlyList<double>> values, string format)
    {
        foreach (var s in shown)
        {
            var x = s.MonthsSinceLaunch;
            f.Add(s.IsProjected
                ? Traces.Line(x, values(s), s.Label, t.ProjectionColor, format, StyleParam.DrawingStyle.Dash, ProjectionWidth)
                : Traces.Line(x, values(s), s.Label + " (observed)", t.PeerColor(s.Network, IndexOf(alignment, s)), format,
                    StyleParam.DrawingStyle.Solid, ObservedWidth));
        }
    }

    private static GenericChart Finish(FigureBuilder f, ChartTheme t, PeerAlignmentResult alignment, string valueTitle, string format, bool log,
        double[]? range, string caveat) =>
        f.ValueAxis("xaxis", MonthsAxisTitle, tickStep: MonthsTick)
            .ValueAxis("yaxis", valueTitle, format, log: log, range: range)
            .Note(
                Traces.Escape($"Source: OpenGradient, a model run of scenario {alignment.Scenario} (econ peers); peers, data/reference/peers/peers.csv")
                + "<br>" + Traces.Escape("(from the 1kx depin_tokenomics collection, each row citing the network's primary sources).")
                + string.Concat(caveat.Split('\n').Select(line => "<br>" + Traces.Escape(line))),
                0, 0, yanchor: "top", yShift: NoteOffset)
            .Set("legend", new Dictionary<string, object>
            {
                ["orientation"] = "v", ["x"] = 1.02, ["xanchor"] = "left", ["y"] = 1, ["yanchor"] = "top",
                ["font"] = new Dictionary<string, object> { ["size"] = t.FontSize },
            })
            .Set("margin", new Dictionary<string, object> { ["l"] = 80, ["r"] = 40, ["t"] = 110, ["b"] = BottomMargin })
            .Set("hovermode", "closest")
            .Build();

    private static string DependenceAnswer(AlignedSeries s)
    {
        var months = Enumerable.Range(0, s.MonthsSinceLaunch.Count).Where(i => double.IsFinite(s.SubsidyDependence[i])).ToList();
        double low = months.Min(i => s.SubsidyDependence[i]);
        double high = months.Max(i => s.SubsidyDependence[i]);
        string level = Units.Pct(low) == Units.Pct(high) ? Units.Pct(low) : $"{Units.Pct(low)} to {Units.Pct(high)}";
        string who = s.IsProjected ? "OpenGradient (projected)" : $"{s.Label} (observed)";
        return Invariant($"{who}: {level} in months {s.MonthsSinceLaunch[months[0]]}–{s.MonthsSinceLaunch[months[^1]]}");
    }

    private static string IncomeAnswer(PeerAlignmentResult alignment)
    {
        var p = alignment.Projected;
        var paid = Enumerable.Range(0, p.MonthsSinceLaunch.Count).Where(i => p.IncomePerNodeUsd[i] > 0).ToList();
        string projected = paid.Count == 0
            ? "OpenGradient (projected): no income"
            : Invariant($"OpenGradient (projected): {Units.Usd(Median(paid.Select(i => p.IncomePerNodeUsd[i])))} per node-month (median over months ")
                + Invariant($"{p.MonthsSinceLaunch[paid[0]]}–{p.MonthsSinceLaunch[paid[^1]]}")
                + (paid[^1] < p.MonthsSinceLaunch.Count - 1 ? Invariant($"), nothing after month {p.MonthsSinceLaunch[paid[^1]]}") : ")");
        var medians = alignment.Observed.Where(s => s.HasIncomePerNode)
            .Select(s => (s.Label, Median: Median(s.IncomePerNodeUsd.Where(v => v > 0)))).OrderBy(m => m.Median).ToList();
        return medians.Count == 0
            ? projected + "."
            : projected + "; peers' observed medians " + string.Join(", ", medians.Select(m => $"{m.Label} {Units.Usd(m.Median)}")) + ".";
    }

    private static int IndexOf(PeerAlignmentResult alignment, AlignedSeries s)
    {
        for (int i = 0; i < alignment.Observed.Count; i++)
        {
            if (ReferenceEquals(alignment.Observed[i], s))
            {
                return i;
            }
        }

        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] v = [.. values.Order()];
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
