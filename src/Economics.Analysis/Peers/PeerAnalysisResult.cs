using System.Globalization;
using Deedle;
using Economics.Analysis.Output;

namespace Economics.Analysis.Peers;

/// <summary>
/// The result of <see cref="PeerAnalysis.Run"/> and its files: <c>peers.csv</c> (one row per network: months, subsidy
/// dependence, income per node), <c>calibration.csv</c> (one row per network: fitted parameters and errors) and
/// <c>backtest.csv</c> (one row per month of the back-tested network). Numbers are invariant culture, round-trip;
/// "not applicable" is an empty cell.
/// </summary>
public sealed record PeerAnalysisResult
{
    /// <summary>File name of the per-network summary.</summary>
    public const string SummaryFileName = "peers.csv";

    /// <summary>File name of the calibration table.</summary>
    public const string CalibrationFileName = "calibration.csv";

    /// <summary>File name of the back-test series.</summary>
    public const string BacktestFileName = "backtest.csv";

    /// <summary>Columns of <c>peers.csv</c>.</summary>
    public static readonly IReadOnlyList<string> SummaryColumns =
    [
        "network", "months", "first_month", "last_month", "months_with_fees", "subsidy_dependence", "months_with_nodes",
        "median_income_per_node_usd", "last_income_per_node_usd", "last_nodes", "total_supply_rewards_usd",
    ];

    /// <summary>Columns of <c>calibration.csv</c>.</summary>
    public static readonly IReadOnlyList<string> CalibrationColumns =
    [
        "network", "median_cost_usd", "cost_source", "months", "train_months", "test_months", "entry_speed", "exit_speed",
        "cost_spread", "hurdle", "potential_nodes", "half_entry_income_usd", "in_sample_rmse_log", "out_of_sample_rmse_log",
        "naive_rmse_log", "skill_vs_naive", "at_bounds", "reason",
    ];

    /// <summary>Columns of <c>backtest.csv</c>.</summary>
    public static readonly IReadOnlyList<string> BacktestColumns =
        ["network", "month", "income_usd", "observed_nodes", "predicted_nodes", "in_sample"];

    /// <summary>One summary per network.</summary>
    public required IReadOnlyList<PeerSummary> Summaries { get; init; }

    /// <summary>One calibration per network (with its reason where there is no fit).</summary>
    public required IReadOnlyList<PeerCalibration> Calibrations { get; init; }

    /// <summary>The back-test, or null when no network analysed could be calibrated.</summary>
    public required PeerBacktestResult? Backtest { get; init; }

    /// <summary>Rows of <c>peers.csv</c> (formatted cells).</summary>
    public IEnumerable<IReadOnlyList<string>> SummaryRows() => Summaries.Select(s => (IReadOnlyList<string>)
    [
        s.Network, Int(s.Months), Month(s.FirstMonth), Month(s.LastMonth), Int(s.MonthsWithFees), CsvFormat.Number(s.SubsidyDependence),
        Int(s.MonthsWithNodes), CsvFormat.Number(s.MedianIncomePerNodeUsd), CsvFormat.Number(s.LastIncomePerNodeUsd),
        CsvFormat.Number(s.LastNodes), CsvFormat.Number(s.TotalSupplyRewardsUsd),
    ]);

    /// <summary>Rows of <c>calibration.csv</c> (formatted cells; parameters and errors empty where there is no fit).</summary>
    public IEnumerable<IReadOnlyList<string>> CalibrationRows() => Calibrations.Select(c =>
    {
        var fit = c.Calibration;
        var p = fit?.Parameters;
        return (IReadOnlyList<string>)
        [
            c.Network, CsvFormat.Number(c.Cost?.MedianUsdPerNodeMonth ?? double.NaN), CsvFormat.Text(c.Cost?.Source ?? string.Empty),
            Int(c.Months.Count), fit is null ? string.Empty : Int(fit.TrainMonths), fit is null ? string.Empty : Int(fit.TestMonths),
            Num(p?.EntrySpeed), Num(p?.ExitSpeed), Num(p?.CostSpread), Num(p?.Hurdle), Num(p?.PotentialNodes), Num(p?.HalfEntryIncomeUsd),
            Num(fit?.InSampleRmseLog), Num(fit?.OutOfSampleRmseLog), Num(fit?.NaiveRmseLog), Num(fit?.SkillVsNaive),
            CsvFormat.Text(fit is null ? string.Empty : string.Join(' ', fit.ParametersAtBounds)), CsvFormat.Text(c.Reason ?? string.Empty),
        ];
    });

    /// <summary>Rows of <c>backtest.csv</c> (none without a back-test).</summary>
    public IEnumerable<IReadOnlyList<string>> BacktestRows()
    {
        if (Backtest is not { } b)
        {
            yield break;
        }

        for (int t = 0; t < b.Months.Count; t++)
        {
            yield return
            [
                b.Network, Month(b.Months[t]), CsvFormat.Number(b.IncomeUsd[t]), CsvFormat.Number(b.ObservedNodes[t]),
                CsvFormat.Number(b.PredictedNodes[t]), t < b.Calibration.TrainMonths ? "true" : "false",
            ];
        }
    }

    /// <summary>Writes <c>peers.csv</c>, <c>calibration.csv</c> and (with a back-test) <c>backtest.csv</c> into
    /// <paramref name="directory"/>, each atomically; returns their paths.</summary>
    public IReadOnlyList<string> Write(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var written = new List<string>
        {
            WriteTable(directory, SummaryFileName, SummaryColumns, SummaryRows()),
            WriteTable(directory, CalibrationFileName, CalibrationColumns, CalibrationRows()),
        };
        if (Backtest is not null)
        {
            written.Add(WriteTable(directory, BacktestFileName, BacktestColumns, BacktestRows()));
        }

        return written;
    }

    /// <summary>The calibration table as a frame: one row per network (index: network id), numeric columns of
    /// <c>calibration.csv</c> (NaN where there is no fit).</summary>
    public Frame<string, string> CalibrationFrame()
    {
        string[] index = [.. Calibrations.Select(c => c.Network)];
        var columns = new List<KeyValuePair<string, Series<string, double>>>();
        void Add(string name, Func<PeerCalibration, double> value) =>
            columns.Add(new(name, new Series<string, double>(index, [.. Calibrations.Select(value)])));
        Add("median_cost_usd", c => c.Cost?.MedianUsdPerNodeMonth ?? double.NaN);
        Add("months", c => c.Months.Count);
        Add("entry_speed", c => c.Calibration?.Parameters.EntrySpeed ?? double.NaN);
        Add("exit_speed", c => c.Calibration?.Parameters.ExitSpeed ?? double.NaN);
        Add("cost_spread", c => c.Calibration?.Parameters.CostSpread ?? double.NaN);
        Add("hurdle", c => c.Calibration?.Parameters.Hurdle ?? double.NaN);
        Add("potential_nodes", c => c.Calibration?.Parameters.PotentialNodes ?? double.NaN);
        Add("in_sample_rmse_log", c => c.Calibration?.InSampleRmseLog ?? double.NaN);
        Add("out_of_sample_rmse_log", c => c.Calibration?.OutOfSampleRmseLog ?? double.NaN);
        Add("naive_rmse_log", c => c.Calibration?.NaiveRmseLog ?? double.NaN);
        return Frame.FromColumns(columns);
    }

    /// <summary>The summary table as a frame: one row per network (index: network id), the numeric columns of <c>peers.csv</c>.</summary>
    public Frame<string, string> SummaryFrame()
    {
        string[] index = [.. Summaries.Select(s => s.Network)];
        var columns = new List<KeyValuePair<string, Series<string, double>>>();
        void Add(string name, Func<PeerSummary, double> value) =>
            columns.Add(new(name, new Series<string, double>(index, [.. Summaries.Select(value)])));
        Add("months", s => s.Months);
        Add("subsidy_dependence", s => s.SubsidyDependence);
        Add("median_income_per_node_usd", s => s.MedianIncomePerNodeUsd);
        Add("last_income_per_node_usd", s => s.LastIncomePerNodeUsd);
        Add("last_nodes", s => s.LastNodes);
        Add("total_supply_rewards_usd", s => s.TotalSupplyRewardsUsd);
        return Frame.FromColumns(columns);
    }

    private static string WriteTable(string directory, string file, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        string path = Path.Combine(directory, file);
        AtomicFile.WriteText(path, writer => CsvFormat.WriteTable(writer, header, rows));
        return path;
    }

    private static string Num(double? value) => CsvFormat.Number(value ?? double.NaN);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
