using System.Globalization;
using Deedle;
using Economics.Model.Results;

namespace Economics.Analysis.Output;

/// <summary>The per-month table of a run: <c>monthly.csv</c> and its Deedle frame.</summary>
/// <remarks>Columns: <c>month, date</c>, every <see cref="MonthlyColumns.All"/> column, then <c>nodes_&lt;cohort&gt;</c>
/// per cohort, then <c>pool_balance_&lt;pool&gt;</c>, <c>pool_payout_&lt;pool&gt;</c> and <c>pool_runway_&lt;pool&gt;</c> (months) per token pool. Numbers are invariant-culture round-trip; not-applicable values are empty cells.</remarks>
public static class MonthlyTable
{
    /// <summary>Column names in file order.</summary>
    public static IReadOnlyList<string> Header(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            "month", "date", .. MonthlyColumns.All.Select(c => c.Name), .. result.Cohorts.Select(c => $"nodes_{c.Name}"),
            .. result.Pools.SelectMany(p => (string[])[$"pool_balance_{p.Name}", $"pool_payout_{p.Name}", $"pool_runway_{p.Name}"]),
        ];
    }

    /// <summary>The table as CSV text.</summary>
    public static string ToCsv(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = Enumerable.Range(0, result.Months).Select(t => (IReadOnlyList<string>)
        [
            t.ToString(CultureInfo.InvariantCulture),
            result.Date[t].ToString("yyyy-MM", CultureInfo.InvariantCulture),
            .. MonthlyColumns.All.Select(c => CsvFormat.Number(c.Select(result)[t])),
            .. result.Cohorts.Select(c => CsvFormat.Number(c.Nodes[t])),
            .. result.Pools.SelectMany(p => (string[])[CsvFormat.Number(p.Balance[t]), CsvFormat.Number(p.Payout[t]), CsvFormat.Number(p.RunwayMonths[t])]),
        ]);
        return CsvFormat.Table(Header(result), rows);
    }

    /// <summary>Writes <c>monthly.csv</c> atomically.</summary>
    public static void Write(SimulationResult result, string path) => AtomicFile.WriteAllText(path, ToCsv(result));

    /// <summary>The table as a Deedle frame indexed by month (for notebooks); NaN shows as missing.</summary>
    public static Frame<int, string> ToFrame(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var columns = new List<KeyValuePair<string, Series<int, double>>>();
        var months = result.Month.ToArray();
        foreach (var column in MonthlyColumns.All)
        {
            columns.Add(new(column.Name, new Series<int, double>(months, column.Select(result).ToArray())));
        }

        foreach (var cohort in result.Cohorts)
        {
            columns.Add(new($"nodes_{cohort.Name}", new Series<int, double>(months, cohort.Nodes.ToArray())));
        }

        foreach (var pool in result.Pools)
        {
            columns.Add(new($"pool_balance_{pool.Name}", new Series<int, double>(months, pool.Balance.ToArray())));
            columns.Add(new($"pool_payout_{pool.Name}", new Series<int, double>(months, pool.Payout.ToArray())));
            columns.Add(new($"pool_runway_{pool.Name}", new Series<int, double>(months, pool.RunwayMonths.ToArray())));
        }

        return Frame.FromColumns(columns);
    }
}
