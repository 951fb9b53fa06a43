using System.Globalization;
using Deedle;
using Economics.Analysis.Output;

namespace Economics.Analysis.Stress;

/// <summary>Writes a <see cref="StressResult"/>: <c>distance.csv</c> (one row per axis: the smallest shock that fails
/// the network, empty when none in range) and, with Monte Carlo, <c>probability.csv</c> (long: axis, shock size,
/// P(viable)).</summary>
public static class StressOutputs
{
    /// <summary>The distance-to-failure table.</summary>
    public const string DistanceFileName = "distance.csv";

    /// <summary>The Monte Carlo table.</summary>
    public const string ProbabilityFileName = "probability.csv";

    /// <summary>Writes the files into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(StressResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string distance = Path.Combine(directory, DistanceFileName);
        AtomicFile.WriteAllText(distance, DistanceCsv(result));
        if (result.Probabilities.Count == 0)
        {
            return [distance];
        }

        string probability = Path.Combine(directory, ProbabilityFileName);
        AtomicFile.WriteAllText(probability, ProbabilityCsv(result));
        return [distance, probability];
    }

    /// <summary><c>distance.csv</c>: axis, label, unit, max, failure shock (empty: none in range), its share of the
    /// range, the margin unshocked and at the maximum, whether it crosses continuously, the test month and runs.</summary>
    public static string DistanceCsv(StressResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] header = ["axis", "label", "unit", "max_shock", "failure_shock", "failure_share_of_range", "margin_unshocked", "margin_at_max", "continuous", "test_month", "shock_month", "evaluations"];
        return CsvFormat.Table(header, result.Thresholds.Select(t => (IReadOnlyList<string>)
        [
            t.Axis, CsvFormat.Text(t.Label), CsvFormat.Text(t.Unit), CsvFormat.Number(t.Max), CsvFormat.Number(t.Found ? t.Shock : double.NaN),
            CsvFormat.Number(t.ShareOfRange), CsvFormat.Number(t.MarginAtZero), CsvFormat.Number(t.MarginAtMax), t.Found ? (t.Continuous ? "1" : "0") : string.Empty,
            Int(result.TestMonth), Int(result.ShockMonth), Int(t.Evaluations),
        ]));
    }

    /// <summary><c>probability.csv</c>: axis, shock size, its share of the range, P(viable in the test month), paths, seed.</summary>
    public static string ProbabilityCsv(StressResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] header = ["axis", "shock", "share_of_range", "viable_probability", "test_month", "paths", "seed"];
        return CsvFormat.Table(header, result.Probabilities.SelectMany(p => p.Sizes.Select((size, j) => (IReadOnlyList<string>)
        [
            p.Axis, CsvFormat.Number(size), CsvFormat.Number(size / p.Sizes[^1]), CsvFormat.Number(p.Probability[j]),
            Int(result.TestMonth), Int(result.Paths), Int(result.Seed),
        ])));
    }

    /// <summary>The distance-to-failure table as a frame (index: axis label; NaN: none in range), for notebooks.</summary>
    public static Frame<string, string> DistanceFrame(StressResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] index = [.. result.Thresholds.Select(t => t.Label)];
        var columns = new List<KeyValuePair<string, Series<string, double>>>();
        void Add(string name, Func<StressThreshold, double> value) =>
            columns.Add(new(name, new Series<string, double>(index, [.. result.Thresholds.Select(value)])));
        Add("max_shock", t => t.Max);
        Add("failure_shock", t => t.Found ? t.Shock : double.NaN);
        Add("failure_share_of_range", t => t.ShareOfRange);
        Add("margin_at_max", t => t.MarginAtMax);
        return Frame.FromColumns(columns);
    }

    /// <summary>Monte Carlo P(viable) as a frame (index: axis label; one column per share of the range), for notebooks.</summary>
    public static Frame<string, string> ProbabilityFrame(StressResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] index = [.. result.Probabilities.Select(p => p.Label)];
        var columns = new List<KeyValuePair<string, Series<string, double>>>();
        int steps = result.Probabilities.Count > 0 ? result.Probabilities[0].Sizes.Count : 0;
        for (int j = 0; j < steps; j++)
        {
            int k = j;
            columns.Add(new(string.Create(CultureInfo.InvariantCulture, $"{k * 100 / (steps - 1)}% of range"),
                new Series<string, double>(index, [.. result.Probabilities.Select(p => p.Probability[k])])));
        }

        return Frame.FromColumns(columns);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
