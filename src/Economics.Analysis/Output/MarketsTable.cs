using System.Globalization;
using Economics.Model.Results;

namespace Economics.Analysis.Output;

/// <summary>The per-market table of a run, <c>markets.csv</c> (long: one row per month and market).</summary>
/// <remarks>Columns: <c>month, date, market, kind, base_demand, accepted_share, demand, rejected_by_cap, served,
/// unserved, lost, fee_usd, user_price_usd, outside_price_usd, cost_per_served_usd</c> — requests/month, a
/// fraction, and USD/request. Invariant-culture round-trip numbers; not-applicable values are empty cells.</remarks>
public static class MarketsTable
{
    /// <summary>Column names in file order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "month", "date", "market", "kind", "base_demand", "accepted_share", "demand", "rejected_by_cap", "served",
        "unserved", "lost", "fee_usd", "user_price_usd", "outside_price_usd", "cost_per_served_usd",
    ];

    /// <summary>The table as CSV text: months outer, markets inner (scenario order).</summary>
    public static string ToCsv(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = Enumerable.Range(0, result.Months).SelectMany(t => result.Markets.Select(m => (IReadOnlyList<string>)
        [
            t.ToString(CultureInfo.InvariantCulture),
            result.Date[t].ToString("yyyy-MM", CultureInfo.InvariantCulture),
            m.Name,
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(m.Kind.ToString()),
            CsvFormat.Number(m.BaseDemand[t]),
            CsvFormat.Number(m.AcceptedShare[t]),
            CsvFormat.Number(m.Demand[t]),
            CsvFormat.Number(m.Rejected[t]),
            CsvFormat.Number(m.Served[t]),
            CsvFormat.Number(m.Unserved[t]),
            CsvFormat.Number(m.Lost[t]),
            CsvFormat.Number(m.Fee[t]),
            CsvFormat.Number(m.UserPrice[t]),
            CsvFormat.Number(m.OutsidePrice[t]),
            CsvFormat.Number(m.CostPerServed[t]),
        ]));
        return CsvFormat.Table(Header, rows);
    }

    /// <summary>Writes <c>markets.csv</c> atomically.</summary>
    public static void Write(SimulationResult result, string path) => AtomicFile.WriteAllText(path, ToCsv(result));
}
