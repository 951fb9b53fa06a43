using System.Globalization;
using Deedle;
using Economics.Analysis.Output;
using Economics.Model.Results;

namespace Economics.Analysis.Comparison;

/// <summary>Several scenarios run side by side: one row per scenario with every summary metric, and the monthly
/// series of each aligned by month.</summary>
public sealed record ComparisonResult
{
    /// <summary>File name of the table.</summary>
    public const string FileName = "comparison.csv";

    /// <summary>File name of the aligned monthly series (long: one row per scenario and month).</summary>
    public const string MonthlyFileName = "comparison_monthly.csv";

    private readonly IReadOnlyList<SimulationResult> _runs = [];

    // The numbers of each run's summary.json, by key; NaN where summary.json says null ("never", "not applicable").
    private readonly IReadOnlyList<IReadOnlyDictionary<string, double>> _answers = [];
    private readonly IReadOnlyList<string> _metrics = [];

    /// <summary>The runs, in the order given.</summary>
    public required IReadOnlyList<SimulationResult> Runs
    {
        get => _runs;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _runs = value;
            _answers = [.. value.Select(r => SummaryAnswers.Read(r.Summary))];
            _metrics = [.. _answers.SelectMany(a => a.Keys).Distinct(StringComparer.Ordinal)];
        }
    }

    /// <summary>The columns of the table: every number of <c>summary.json</c> by its key, in the file's order (a nested
    /// object's numbers as <c>key.name</c>, e.g. <c>survivingNodesByCohort.gpu-tee</c>), each once.</summary>
    public IReadOnlyList<string> Metrics => _metrics;

    /// <summary>The value of <paramref name="metric"/> for run <paramref name="run"/>: a <c>summary.json</c> key (NaN
    /// where the file says null: a month that never happens, a ratio that does not apply), or else any summary metric
    /// name (<see cref="SummaryMetrics"/>).</summary>
    public double Value(int run, string metric) =>
        _answers[run].TryGetValue(metric, out double value) ? value
        : _metrics.Contains(metric, StringComparer.Ordinal) ? double.NaN // a cohort another scenario has
        : SummaryMetrics.Get(Runs[run].Summary, metric);

    /// <summary><c>scenario,&lt;summary.json key&gt;…</c>, one row per scenario; an empty cell where summary.json says null.</summary>
    public string ToCsv()
    {
        var rows = Runs.Select((r, i) => (IReadOnlyList<string>)[CsvFormat.Text(r.Scenario.Name), .. Metrics.Select(m => CsvFormat.Number(Value(i, m)))]);
        return CsvFormat.Table(["scenario", .. Metrics], rows);
    }

    /// <summary><c>scenario,month,date,&lt;monthly.csv columns&gt;</c>, scenarios one after another, months aligned from 0.</summary>
    public string MonthlyCsv()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var run in Runs)
        {
            for (int t = 0; t < run.Months; t++)
            {
                rows.Add(
                [
                    CsvFormat.Text(run.Scenario.Name),
                    t.ToString(CultureInfo.InvariantCulture),
                    run.Date[t].ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    .. MonthlyColumns.All.Select(c => CsvFormat.Number(c.Select(run)[t])),
                ]);
            }
        }

        return CsvFormat.Table(["scenario", "month", "date", .. MonthlyColumns.All.Select(c => c.Name)], rows);
    }

    /// <summary>Writes <c>comparison.csv</c>, <c>comparison_monthly.csv</c> and each run's <c>monthly.csv</c> and
    /// <c>summary.json</c> under <c>&lt;directory&gt;/&lt;scenario&gt;/</c>, all atomically; returns the paths.</summary>
    /// <param name="directory">The output folder.</param>
    /// <param name="overrides">The <c>--set</c> overrides applied to every scenario, recorded in each <c>summary.json</c>
    /// (null: not recorded).</param>
    public IReadOnlyList<string> Write(string directory, IReadOnlyList<string>? overrides = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string table = Path.Combine(directory, FileName);
        string monthly = Path.Combine(directory, MonthlyFileName);
        AtomicFile.WriteAllText(table, ToCsv());
        AtomicFile.WriteAllText(monthly, MonthlyCsv());
        var paths = new List<string> { table, monthly };
        foreach (var run in Runs)
        {
            paths.AddRange(RunOutputs.Write(run, Path.Combine(directory, run.Scenario.Name), overrides));
        }

        return paths;
    }

    /// <summary>The table as a frame: rows by scenario name, one column per <c>summary.json</c> number (NaN where it is null or the scenario does not have it).</summary>
    public Frame<string, string> ToFrame()
    {
        string[] names = Runs.Select(r => r.Scenario.Name).ToArray();
        var columns = Metrics.Select(m => new KeyValuePair<string, Series<string, double>>(
            m, new Series<string, double>(names, Runs.Select((_, i) => Value(i, m)).ToArray())));
        return Frame.FromColumns(columns);
    }

    /// <summary>One monthly series of every run as a frame: rows by month, one column per scenario (months beyond a
    /// shorter horizon are missing).</summary>
    /// <param name="column">A <c>monthly.csv</c> column name, e.g. <c>nodes_total</c>.</param>
    public Frame<int, string> SeriesFrame(string column)
    {
        var definition = MonthlyColumns.All.FirstOrDefault(c => c.Name == column)
            ?? throw new KeyNotFoundException($"'{column}' is not a monthly.csv column; choose one of: {string.Join(", ", MonthlyColumns.All.Select(c => c.Name))}");
        var columns = Runs.Select(r => new KeyValuePair<string, Series<int, double>>(
            r.Scenario.Name, new Series<int, double>(Enumerable.Range(0, r.Months), definition.Select(r))));
        return Frame.FromColumns(columns);
    }
}
