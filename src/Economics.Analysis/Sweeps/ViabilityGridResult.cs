using System.Globalization;
using Economics.Analysis.Output;

namespace Economics.Analysis.Sweeps;

/// <summary>The probability of viability in each cell of a grid (<see cref="ViabilityGrid"/>). Cells are in
/// row-major order, x outer and y inner (as <c>sweep.csv</c>); counts are per cell and per entry of
/// <see cref="MonthsAfter"/>: index <c>cell · MonthsAfter.Count + i</c>.</summary>
public sealed record ViabilityGridResult
{
    /// <summary>File name of the long table.</summary>
    public const string FileName = "viability-grid.csv";

    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The x axis.</summary>
    public required SweepAxis X { get; init; }

    /// <summary>The y axis, or null for one dimension.</summary>
    public required SweepAxis? Y { get; init; }

    /// <summary>Monte Carlo paths per cell.</summary>
    public required int Paths { get; init; }

    /// <summary>The seed (path i of every cell draws from the stream seeded by (seed, i)).</summary>
    public required int Seed { get; init; }

    /// <summary>Months after the subsidy ends at which viability is counted (12, 24).</summary>
    public required IReadOnlyList<int> MonthsAfter { get; init; }

    /// <summary>x value of each cell (as the model used it: whole-number fields rounded).</summary>
    public required IReadOnlyList<double> XValues { get; init; }

    /// <summary>y value of each cell (NaN in one dimension).</summary>
    public required IReadOnlyList<double> YValues { get; init; }

    /// <summary>Paths whose subsidy ends early enough for the month to fall within the horizon, per cell and month.</summary>
    public required IReadOnlyList<long> EvaluablePaths { get; init; }

    /// <summary>Of those, paths viable in that month.</summary>
    public required IReadOnlyList<long> ViablePaths { get; init; }

    /// <summary>Number of cells.</summary>
    public int Cells => XValues.Count;

    /// <summary>P(viable <paramref name="monthsAfter"/> months after the subsidy ends) in cell (i, j): viable /
    /// evaluable paths; NaN when no path's subsidy ends early enough.</summary>
    /// <exception cref="ArgumentException">A month the grid did not count.</exception>
    public double Probability(int i, int j, int monthsAfter) => Probability((i * (Y?.Count ?? 1)) + j, monthsAfter);

    /// <summary>The probability in cell <paramref name="cell"/> (row-major index).</summary>
    public double Probability(int cell, int monthsAfter)
    {
        int at = (cell * MonthsAfter.Count) + IndexOf(monthsAfter);
        return EvaluablePaths[at] > 0 ? (double)ViablePaths[at] / EvaluablePaths[at] : double.NaN;
    }

    /// <summary>Long format, one row per cell and month: <c>x_path,x,y_path,y,months_after_subsidy_end,paths,
    /// evaluable_paths,viable_paths,probability_viable</c> (probability empty when no path is evaluable; y empty in 1-D).</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CsvFormat.WriteLine(writer, ["x_path", "x", "y_path", "y", "months_after_subsidy_end", "paths", "evaluable_paths", "viable_paths", "probability_viable"]);
        string xPath = CsvFormat.Text(X.Path);
        string yPath = CsvFormat.Text(Y?.Path ?? string.Empty);
        string paths = Paths.ToString(CultureInfo.InvariantCulture);
        for (int c = 0; c < Cells; c++)
        {
            for (int i = 0; i < MonthsAfter.Count; i++)
            {
                int at = (c * MonthsAfter.Count) + i;
                CsvFormat.WriteLine(writer,
                [
                    xPath, CsvFormat.Number(XValues[c]), yPath, CsvFormat.Number(YValues[c]),
                    MonthsAfter[i].ToString(CultureInfo.InvariantCulture), paths,
                    EvaluablePaths[at].ToString(CultureInfo.InvariantCulture), ViablePaths[at].ToString(CultureInfo.InvariantCulture),
                    CsvFormat.Number(Probability(c, MonthsAfter[i])),
                ]);
            }
        }
    }

    /// <summary>Writes <see cref="FileName"/> into <paramref name="directory"/> atomically, streamed; returns its path.</summary>
    public string Write(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string path = Path.Combine(directory, FileName);
        AtomicFile.WriteText(path, WriteCsv);
        return path;
    }

    private int IndexOf(int monthsAfter)
    {
        for (int i = 0; i < MonthsAfter.Count; i++)
        {
            if (MonthsAfter[i] == monthsAfter)
            {
                return i;
            }
        }

        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"the grid counted viability {string.Join(" and ", MonthsAfter)} months after the subsidy ends, not {monthsAfter}"), nameof(monthsAfter));
    }
}
