using System.Globalization;
using Deedle;
using Economics.Analysis.Output;

namespace Economics.Analysis.Peers;

/// <summary>
/// The result of <see cref="PeerAlignment.Of"/>: OpenGradient's projected series and each peer's observed one, by
/// months since launch, and its file <c>alignment.csv</c> (long: one row per network and month; numbers invariant
/// culture, round-trip; unknown is an empty cell).
/// </summary>
public sealed record PeerAlignmentResult
{
    /// <summary>File name of the aligned series.</summary>
    public const string FileName = "alignment.csv";

    /// <summary>Months between the rows of the tables (<see cref="Checkpoints"/>): one a year.</summary>
    public const int DefaultStepMonths = 12;

    /// <summary>Columns of <c>alignment.csv</c>.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["network", "projected", "months_since_launch", "month", "subsidy_dependence", "income_per_node_usd", "nodes"];

    /// <summary>The name of the scenario the projection ran.</summary>
    public required string Scenario { get; init; }

    /// <summary>OpenGradient's series (the model run).</summary>
    public required AlignedSeries Projected { get; init; }

    /// <summary>The peers' observed series, in network order.</summary>
    public required IReadOnlyList<AlignedSeries> Observed { get; init; }

    /// <summary>The projection first, then the peers.</summary>
    public IReadOnlyList<AlignedSeries> All => [Projected, .. Observed];

    /// <summary>The months since launch a table shows: 0, <paramref name="stepMonths"/>, 2 × <paramref name="stepMonths"/>, …
    /// up to the last month of the longest series.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stepMonths"/> is not ≥ 1.</exception>
    public IReadOnlyList<int> Checkpoints(int stepMonths = DefaultStepMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stepMonths, 1);
        int last = All.Where(s => s.MonthsSinceLaunch.Count > 0).Max(s => s.MonthsSinceLaunch[^1]);
        return [.. Enumerable.Range(0, (last / stepMonths) + 1).Select(i => i * stepMonths)];
    }

    /// <summary>Subsidy dependence (fraction) at each checkpoint: one row per month since launch (index), one column per
    /// series that has any (by label; only Livepeer among the peers publishes fees); NaN where a series has no value.</summary>
    public Frame<int, string> SubsidyDependenceFrame(int stepMonths = DefaultStepMonths) =>
        Table(stepMonths, s => s.HasSubsidyDependence, s => s.SubsidyDependence);

    /// <summary>USD income per node (USD per node-month) at each checkpoint: one row per month since launch (index), one
    /// column per series with node counts (by label); NaN where a series has no value.</summary>
    public Frame<int, string> IncomePerNodeFrame(int stepMonths = DefaultStepMonths) =>
        Table(stepMonths, s => s.HasIncomePerNode, s => s.IncomePerNodeUsd);

    /// <summary>Rows of <c>alignment.csv</c> (formatted cells): the projection's months, then each peer's.</summary>
    public IEnumerable<IReadOnlyList<string>> Rows()
    {
        foreach (var s in All)
        {
            for (int i = 0; i < s.MonthsSinceLaunch.Count; i++)
            {
                yield return
                [
                    s.Network, s.IsProjected ? "true" : "false", s.MonthsSinceLaunch[i].ToString(CultureInfo.InvariantCulture),
                    s.Months[i].ToString("yyyy-MM", CultureInfo.InvariantCulture), CsvFormat.Number(s.SubsidyDependence[i]),
                    CsvFormat.Number(s.IncomePerNodeUsd[i]), CsvFormat.Number(s.Nodes[i]),
                ];
            }
        }
    }

    /// <summary>Writes <c>alignment.csv</c> into <paramref name="directory"/> atomically; returns its path.</summary>
    public string Write(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string path = Path.Combine(directory, FileName);
        AtomicFile.WriteText(path, writer => CsvFormat.WriteTable(writer, Columns, Rows()));
        return path;
    }

    /// <summary>The value of <paramref name="values"/> of <paramref name="series"/> at <paramref name="monthsSinceLaunch"/>,
    /// NaN where the series does not cover it.</summary>
    public static double At(AlignedSeries series, IReadOnlyList<double> values, int monthsSinceLaunch)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(values);
        int i = series.IndexOf(monthsSinceLaunch);
        return i < 0 ? double.NaN : values[i];
    }

    private Frame<int, string> Table(int stepMonths, Func<AlignedSeries, bool> shown, Func<AlignedSeries, IReadOnlyList<double>> values)
    {
        var index = Checkpoints(stepMonths);
        var columns = All.Where(shown).Select(s => new KeyValuePair<string, Series<int, double>>(
            s.Label, new Series<int, double>(index, [.. index.Select(m => At(s, values(s), m))])));
        return Frame.FromColumns(columns);
    }
}
