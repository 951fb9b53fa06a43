using System.Globalization;
using System.Text.Json.Nodes;
using Deedle;
using Economics.Analysis.Output;

namespace Economics.Analysis.Operator;

/// <summary>Writes an <see cref="OperatorResult"/>: <c>operator.csv</c> (the monthly P&amp;L, one row per month from entry;
/// money in USD for the month) and <c>operator.json</c> (the inputs and the answers, null = never / not applicable).</summary>
public static class OperatorOutputs
{
    /// <summary>The monthly P&amp;L.</summary>
    public const string MonthlyFileName = "operator.csv";

    /// <summary>The answers.</summary>
    public const string AnswersFileName = "operator.json";

    /// <summary>The columns of <c>operator.csv</c>, with their units.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "month", "date", "months_in", "share_fraction", "cohort_nodes", "token_price_usd", "fee_margin_usd", "subsidy_usd", "mev_usd",
        "income_usd", "rails_usd", "variable_costs_usd", "infra_usd", "stake_carry_usd", "costs_usd", "profit_usd",
        "cumulative_profit_usd", "cash_flow_usd", "discount_factor",
    ];

    /// <summary>Writes both files into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(OperatorResult result, string directory, IReadOnlyList<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string monthly = Path.Combine(directory, MonthlyFileName);
        string answers = Path.Combine(directory, AnswersFileName);
        AtomicFile.WriteAllText(monthly, MonthlyCsv(result));
        AtomicFile.WriteAllText(answers, Json(result, overrides ?? []));
        return [monthly, answers];
    }

    /// <summary><c>operator.csv</c>: <see cref="Columns"/>, one row per month from entry to the end of the horizon.</summary>
    public static string MonthlyCsv(OperatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return CsvFormat.Table(Columns, result.Months.Select(m => (IReadOnlyList<string>)
        [
            Int(m.Month), m.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture), Int(m.MonthsIn), N(m.Share), N(m.CohortNodes), N(m.TokenPriceUsd),
            N(m.FeeMarginUsd), N(m.SubsidyUsd), N(m.MevUsd), N(m.IncomeUsd), N(m.RailsUsd), N(m.VariableCostsUsd), N(m.InfraUsd),
            N(m.StakeCarryUsd), N(m.CostsUsd), N(m.ProfitUsd), N(m.CumulativeProfitUsd), N(m.CashFlowUsd), N(m.DiscountFactor),
        ]));
    }

    /// <summary><c>operator.json</c>: scenario, overrides, the resolved inputs (with units in the key names) and the answers.</summary>
    public static string Json(OperatorResult result, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(overrides);
        var i = result.Inputs;
        var json = new JsonObject
        {
            ["scenario"] = result.Scenario,
            [SummaryJson.OverridesKey] = new JsonArray([.. overrides.Select(o => JsonValue.Create(o))]),
            ["cohort"] = i.Cohort,
            ["shareBasis"] = i.Basis switch
            {
                OperatorShareBasis.ShareOfNodes => "shareOfNodes",
                OperatorShareBasis.ShareOfRequests => "shareOfRequests",
                _ => "marginalNode",
            },
            ["shareFraction"] = Value(i.Share),
            ["shareCappedMonths"] = result.ShareCappedMonths,
            ["infraUsdPerMonth"] = i.InfraUsdPerMonth,
            ["setupUsd"] = i.SetupUsd,
            ["stakeTokens"] = i.StakeTokens,
            ["costOfCapitalAnnual"] = i.CostOfCapitalAnnual,
            ["startMonth"] = i.StartMonth,
            ["startDate"] = result.StartDate.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ["monthsOperated"] = result.MonthsOperated,
            ["investmentUsd"] = result.InvestmentUsd,
            ["paybackMonths"] = result.PaybackMonths is { } p ? JsonValue.Create(p) : null,
            ["paybackDate"] = result.PaybackDate is { } d ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null,
            ["npvUsd"] = result.NpvUsd,
            ["terminalStakeUsd"] = result.TerminalStakeUsd,
            ["totalProfitUsd"] = result.Months[^1].CumulativeProfitUsd,
            ["monteCarlo"] = result.MonteCarlo is { } mc ? new JsonObject
            {
                ["paths"] = mc.Paths,
                ["seed"] = mc.Seed,
                ["paybackWithinMonths"] = mc.PaybackWithinMonths,
                ["paybackProbability"] = mc.PaybackProbability,
                ["npvNonNegativeProbability"] = mc.NpvNonNegativeProbability,
                ["npvMeanUsd"] = Value(mc.NpvMeanUsd),
                ["npvP5Usd"] = Value(mc.NpvP5Usd),
                ["npvP50Usd"] = Value(mc.NpvP50Usd),
                ["npvP95Usd"] = Value(mc.NpvP95Usd),
            } : null,
        };
        return json.ToJsonString(SummaryJson.Options) + "\n";
    }

    /// <summary>The monthly P&amp;L as a frame (index: calendar month, yyyy-MM; columns in USD for the month, the share as a
    /// fraction), for notebooks.</summary>
    public static Frame<string, string> MonthlyFrame(OperatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] index = [.. result.Months.Select(m => m.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture))];
        var columns = new List<KeyValuePair<string, Series<string, double>>>();
        void Add(string name, Func<OperatorMonth, double> value) =>
            columns.Add(new(name, new Series<string, double>(index, [.. result.Months.Select(value)])));
        Add("share_fraction", m => m.Share);
        Add("fee_margin_usd", m => m.FeeMarginUsd);
        Add("subsidy_usd", m => m.SubsidyUsd);
        Add("mev_usd", m => m.MevUsd);
        Add("costs_usd", m => m.CostsUsd);
        Add("profit_usd", m => m.ProfitUsd);
        Add("cumulative_profit_usd", m => m.CumulativeProfitUsd);
        return Frame.FromColumns(columns);
    }

    private static JsonValue? Value(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    private static string N(double value) => CsvFormat.Number(value);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
