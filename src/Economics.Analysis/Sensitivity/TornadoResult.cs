using System.Globalization;
using Deedle;
using Economics.Analysis.Output;

namespace Economics.Analysis.Sensitivity;

/// <summary>A tornado: one-at-a-time low/high runs of each input, ranked by how far each moves one summary metric from
/// its base value (<see cref="TornadoBar.Deviation"/>, largest first; inputs where it is not applicable last, in input
/// order).</summary>
public sealed record TornadoResult
{
    /// <summary>File name of the tornado table.</summary>
    public const string FileName = "tornado.csv";

    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The summary metric (a <see cref="Model.Results.SummaryMetrics"/> name).</summary>
    public required string Metric { get; init; }

    /// <summary>The metric with every input at its base value.</summary>
    public required double BaseValue { get; init; }

    /// <summary>The bars, ranked.</summary>
    public required IReadOnlyList<TornadoBar> Bars { get; init; }

    /// <summary><c>rank,path,source,low,high,metric_at_low,metric_at_high,swing,deviation,base_metric</c> (swing =
    /// |high − low| of the metric, deviation = the larger distance of either from the base metric, the rank's key).</summary>
    public string ToCsv()
    {
        var rows = Bars.Select((b, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            CsvFormat.Text(b.Path),
            CsvFormat.Text(b.Source),
            CsvFormat.Number(b.Low),
            CsvFormat.Number(b.High),
            CsvFormat.Number(b.MetricAtLow),
            CsvFormat.Number(b.MetricAtHigh),
            CsvFormat.Number(b.Swing),
            CsvFormat.Number(b.Deviation),
            CsvFormat.Number(BaseValue),
        ]);
        return CsvFormat.Table(["rank", "path", "source", "low", "high", "metric_at_low", "metric_at_high", "swing", "deviation", "base_metric"], rows);
    }

    /// <summary>Writes <c>tornado.csv</c> into <paramref name="directory"/> atomically; returns its path.</summary>
    public string Write(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string path = Path.Combine(directory, FileName);
        AtomicFile.WriteAllText(path, ToCsv());
        return path;
    }

    /// <summary>The bars as a frame indexed by rank (1 = largest deviation from the base metric).</summary>
    public Frame<int, string> ToFrame() => Frame.FromRecords(Bars).IndexRowsWith(Enumerable.Range(1, Bars.Count));
}
