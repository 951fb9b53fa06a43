using System.Globalization;
using System.Reflection;
using System.Text;
using Economics.Analysis.Output;
using Economics.Charts.Report;
using Economics.Model.Results;

namespace Economics.Charts.Tests.Fuzz;

/// <summary>
/// What every output of a run must satisfy, whatever the valid scenario (issue 15): every number finite (NaN only in
/// the series documented as "empty" when not applicable), non-negative where physical, shares in [0, 1], the all-in
/// fee identity, and no "NaN" or "Infinity" in the written files or the report's words.
/// </summary>
internal static class OutputInvariants
{
    /// <summary>Monthly columns that may be negative: profits, the net token flow and the treasury's cash.</summary>
    private static readonly HashSet<string> Signed = new(StringComparer.Ordinal)
    {
        "sell_pressure_usd", "validator_profit_usd", "operator_profit_usd", "profit_per_node_usd", "treasury_usd",
    };

    /// <summary>Units whose values are shares or flags in [0, 1].</summary>
    private static readonly HashSet<string> ShareUnits = new(StringComparer.Ordinal) { "fraction", "0–1", "0/1" };

    /// <summary>Summary shares (surviving / initial nodes is a ratio that may exceed 1).</summary>
    private static readonly string[] SummaryShares =
    [
        nameof(SimulationSummary.ViableMonthShare), nameof(SimulationSummary.RejectedByCapShare), nameof(SimulationSummary.PeakSubsidyDependence),
        nameof(SimulationSummary.EndSubsidyDependence), nameof(SimulationSummary.DemandLostShare), nameof(SimulationSummary.DemandUnservedShare),
        nameof(SimulationSummary.PeakAwsCapacityShare), nameof(SimulationSummary.ProviderConcentrationIndex),
    ];

    /// <summary>Relative tolerance of the fee identity (six terms added in another order).</summary>
    private const double IdentityTolerance = 1e-9;

    /// <summary>Every violation in <paramref name="result"/> and its outputs; empty when all hold.</summary>
    public static string Check(SimulationResult result)
    {
        var bad = new StringBuilder();
        foreach (var column in MonthlyColumns.All)
        {
            // A column is "not applicable" (NaN, an empty cell) only where its description says it is empty.
            bool nanAllowed = column.Description.Contains("empty", StringComparison.Ordinal);
            bool share = ShareUnits.Contains(column.Unit);
            Series(bad, column.Name, column.Select(result), nanAllowed, min: Signed.Contains(column.Name) ? double.NegativeInfinity : 0, max: share ? 1 : double.PositiveInfinity);
        }

        foreach (var c in result.Cohorts)
        {
            Series(bad, $"{c.Name}.nodes", c.Nodes, false, 0);
            Series(bad, $"{c.Name}.capacity", c.Capacity, false, 0);
            Series(bad, $"{c.Name}.served", c.Served, false, 0);
            Series(bad, $"{c.Name}.revenueFees", c.RevenueFees, false, 0);
            Series(bad, $"{c.Name}.revenueSubsidy", c.RevenueSubsidy, false, 0);
            Series(bad, $"{c.Name}.revenueMev", c.RevenueMev, false, 0);
            Series(bad, $"{c.Name}.upstream", c.Upstream, false, 0);
            Series(bad, $"{c.Name}.targetNodes", c.TargetNodes, false, 0);
            Series(bad, $"{c.Name}.costs", c.Costs, false, 0);
            Series(bad, $"{c.Name}.profit", c.Profit, false);
            Series(bad, $"{c.Name}.margin", c.Margin, true);
            Series(bad, $"{c.Name}.subsidyDependence", c.SubsidyDependence, true, 0, 1);
        }

        foreach (var m in result.Markets)
        {
            Series(bad, $"{m.Name}.baseDemand", m.BaseDemand, false, 0);
            Series(bad, $"{m.Name}.acceptedShare", m.AcceptedShare, false, 0, 1);
            Series(bad, $"{m.Name}.demand", m.Demand, false, 0);
            Series(bad, $"{m.Name}.rejected", m.Rejected, false, 0);
            Series(bad, $"{m.Name}.served", m.Served, false, 0);
            Series(bad, $"{m.Name}.unserved", m.Unserved, false, 0);
            Series(bad, $"{m.Name}.lost", m.Lost, false, 0);
            Series(bad, $"{m.Name}.fee", m.Fee, false, 0);
            Series(bad, $"{m.Name}.userPrice", m.UserPrice, false, 0);
            Series(bad, $"{m.Name}.outsidePrice", m.OutsidePrice, false, 0);
            Series(bad, $"{m.Name}.costPerServed", m.CostPerServed, false, 0);
        }

        foreach (var p in result.Pools)
        {
            Series(bad, $"{p.Name}.vested", p.Vested, false, 0);
            Series(bad, $"{p.Name}.balance", p.Balance, false, 0);
            Series(bad, $"{p.Name}.payout", p.Payout, false, 0);
            Series(bad, $"{p.Name}.operatorPayout", p.OperatorPayout, false, 0);
            Series(bad, $"{p.Name}.runwayMonths", p.RunwayMonths, true, 0);
        }

        FeeIdentity(bad, result);
        Summary(bad, result.Summary);
        Texts(bad, result);
        return bad.ToString();
    }

    // DESIGN rule 6: all-in = take + operator net fee + user-borne rails + conversion + MEV tax, and fee = take + net.
    private static void FeeIdentity(StringBuilder bad, SimulationResult r)
    {
        for (int t = 0; t < r.Months; t++)
        {
            double parts = r.ProtocolTakePerInference[t] + r.OperatorNetFeePerInference[t] + r.UserPaymentRailsPerInference[t]
                + r.UserSettlementPerInference[t] + r.ConversionPerInference[t] + r.MevTaxPerInference[t];
            if (!Close(r.UserPriceUsd[t], parts))
            {
                bad.Append(CultureInfo.InvariantCulture, $"fee identity month {t}: user_price_usd {r.UserPriceUsd[t]:R} ≠ parts {parts:R}; ");
                return;
            }

            if (!Close(r.FeeUsd[t], r.ProtocolTakePerInference[t] + r.OperatorNetFeePerInference[t]))
            {
                bad.Append(CultureInfo.InvariantCulture, $"fee identity month {t}: fee_usd {r.FeeUsd[t]:R} ≠ take + net fee; ");
                return;
            }
        }
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= IdentityTolerance * Math.Max(Math.Abs(a), Math.Abs(b)) + 1e-300;

    private static void Summary(StringBuilder bad, SimulationSummary s)
    {
        foreach (var property in typeof(SimulationSummary).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            object? value = property.GetValue(s);
            IEnumerable<(string, double)> numbers = value switch
            {
                double d => [(property.Name, d)],
                IReadOnlyDictionary<string, double> map => map.Select(kv => ($"{property.Name}.{kv.Key}", kv.Value)),
                _ => [],
            };
            foreach (var (name, v) in numbers)
            {
                if (!double.IsFinite(v))
                {
                    bad.Append(CultureInfo.InvariantCulture, $"summary.{name} = {v}; ");
                }
            }
        }

        foreach (string name in SummaryShares)
        {
            object? value = typeof(SimulationSummary).GetProperty(name)!.GetValue(s);
            if (value is double d && !(d is >= 0 and <= 1))
            {
                bad.Append(CultureInfo.InvariantCulture, $"summary.{name} = {d} outside [0, 1]; ");
            }
        }
    }

    // What is written and said: monthly.csv, markets.csv, summary.json, the report's answers in words.
    private static void Texts(StringBuilder bad, SimulationResult result)
    {
        string json;
        try
        {
            json = SummaryJson.ToJson(result.Summary);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            bad.Append("summary.json cannot be written: ").Append(e.Message).Append("; ");
            return;
        }

        Text(bad, "summary.json", json);
        Text(bad, "monthly.csv", MonthlyTable.ToCsv(result));
        Text(bad, "markets.csv", MarketsTable.ToCsv(result));
        foreach (string answer in RunAnswers.All(result))
        {
            Text(bad, "answer", answer);
        }
    }

    private static void Text(StringBuilder bad, string what, string text)
    {
        foreach (string word in (string[])["NaN", "Infinity", "∞"])
        {
            int at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                bad.Append(what).Append(" says '").Append(word).Append("': …")
                    .Append(text.AsSpan(Math.Max(0, at - 80), Math.Min(160, text.Length - Math.Max(0, at - 80)))).Append("…; ");
            }
        }
    }

    private static void Series(StringBuilder bad, string name, IReadOnlyList<double> values, bool nanAllowed, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        for (int t = 0; t < values.Count; t++)
        {
            double v = values[t];
            if (double.IsNaN(v) ? !nanAllowed : !double.IsFinite(v) || v < min || v > max)
            {
                bad.Append(CultureInfo.InvariantCulture, $"{name}[{t}] = {v:R}; ");
                return;
            }
        }
    }
}
