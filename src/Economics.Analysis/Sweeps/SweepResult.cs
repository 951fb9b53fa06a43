using System.Globalization;
using Deedle;
using Economics.Analysis.Output;

namespace Economics.Analysis.Sweeps;

/// <summary>A grid of runs over one or two paths, with the chosen metrics in each cell. Cells are in row-major
/// order: x outer, y inner (the order of <c>sweep.csv</c>), whatever the thread count.</summary>
public sealed record SweepResult
{
    /// <summary>File name of the long table.</summary>
    public const string FileName = "sweep.csv";

    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The x axis.</summary>
    public required SweepAxis X { get; init; }

    /// <summary>The y axis, or null for a one-dimensional sweep.</summary>
    public required SweepAxis? Y { get; init; }

    /// <summary>Metric names, in column order of <see cref="Values"/>.</summary>
    public required IReadOnlyList<string> Metrics { get; init; }

    /// <summary>x value of each cell (as the model used it: whole-number fields rounded).</summary>
    public required IReadOnlyList<double> XValues { get; init; }

    /// <summary>y value of each cell (NaN for a one-dimensional sweep).</summary>
    public required IReadOnlyList<double> YValues { get; init; }

    /// <summary>Metric values per cell: <c>Values[cell][metric]</c> (NaN: not applicable).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Values { get; init; }

    /// <summary>The value of <paramref name="metric"/> at cell (<paramref name="i"/>, <paramref name="j"/>).</summary>
    public double At(int i, int j, string metric) => Values[i * (Y?.Count ?? 1) + j][IndexOf(metric)];

    /// <summary>Long format, one row per cell and metric: <c>x_path,x,y_path,y,metric,value</c> (y empty in 1-D).</summary>
    /// <remarks>Builds the whole table in memory; <see cref="Write"/> streams it instead.</remarks>
    public string ToCsv()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(writer);
        return writer.ToString();
    }

    /// <summary>Writes the long table to <paramref name="writer"/> row by row (memory does not grow with the grid:
    /// a 1,000,000-cell sweep with every metric is hundreds of MB of text).</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CsvFormat.WriteLine(writer, ["x_path", "x", "y_path", "y", "metric", "value"]);
        string xPath = CsvFormat.Text(X.Path);
        string yPath = CsvFormat.Text(Y?.Path ?? string.Empty);
        var metrics = Metrics.Select(CsvFormat.Text).ToArray();
        for (int c = 0; c < Values.Count; c++)
        {
            string x = CsvFormat.Number(XValues[c]);
            string y = CsvFormat.Number(YValues[c]);
            var values = Values[c];
            for (int m = 0; m < metrics.Length; m++)
            {
                writer.Write(xPath);
                writer.Write(',');
                writer.Write(x);
                writer.Write(',');
                writer.Write(yPath);
                writer.Write(',');
                writer.Write(y);
                writer.Write(',');
                writer.Write(metrics[m]);
                writer.Write(',');
                writer.Write(CsvFormat.Number(values[m]));
                writer.Write('\n');
            }
        }
    }

    /// <summary>Writes <c>sweep.csv</c> into <paramref name="directory"/> atomically, streamed; returns its path.</summary>
    public string Write(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string path = Path.Combine(directory, FileName);
        AtomicFile.WriteText(path, WriteCsv);
        return path;
    }

    /// <summary>A frame with one row per cell (index 0…), columns <c>x</c>, <c>y</c> and one per metric.</summary>
    public Frame<int, string> ToFrame()
    {
        int[] index = Enumerable.Range(0, Values.Count).ToArray();
        var columns = new List<KeyValuePair<string, Series<int, double>>>
        {
            new("x", new Series<int, double>(index, XValues.ToArray())),
            new("y", new Series<int, double>(index, YValues.ToArray())),
        };
        for (int m = 0; m < Metrics.Count; m++)
        {
            columns.Add(new(Metrics[m], new Series<int, double>(index, Values.Select(v => v[m]).ToArray())));
        }

        return Frame.FromColumns(columns);
    }

    private int IndexOf(string metric)
    {
        for (int i = 0; i < Metrics.Count; i++)
        {
            if (Metrics[i] == metric)
            {
                return i;
            }
        }

        throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"'{metric}' was not swept; the sweep has: {string.Join(", ", Metrics)}"));
    }
}
