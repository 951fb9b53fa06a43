using System.Globalization;
using System.Text.Json;
using Economics.Analysis.Output;

namespace Economics.Analysis.MonteCarlo;

/// <summary>The files of a Monte Carlo run: <c>percentiles.csv</c> (long: one row per series and month),
/// <c>viability.csv</c> (one row per month) and <c>summary.json</c>, each written atomically. Invariant culture;
/// not-applicable values are empty cells and JSON nulls.</summary>
public static class MonteCarloOutputs
{
    /// <summary>File name of the percentiles.</summary>
    public const string PercentilesFileName = "percentiles.csv";

    /// <summary>File name of the viability table.</summary>
    public const string ViabilityFileName = "viability.csv";

    /// <summary>File name of the answers.</summary>
    public const string SummaryFileName = "summary.json";

    /// <summary>Writes the three files into <paramref name="directory"/> (created if missing); returns their paths.</summary>
    public static IReadOnlyList<string> Write(MonteCarloResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string percentiles = Path.Combine(directory, PercentilesFileName);
        string viability = Path.Combine(directory, ViabilityFileName);
        string summary = Path.Combine(directory, SummaryFileName);
        AtomicFile.WriteAllText(percentiles, PercentilesCsv(result));
        AtomicFile.WriteAllText(viability, ViabilityCsv(result));
        AtomicFile.WriteAllText(summary, SummaryJsonText(result));
        return [percentiles, viability, summary];
    }

    /// <summary><c>series,unit,month,date,applicable_paths,p5,p25,p50,p75,p95</c>.</summary>
    public static string PercentilesCsv(MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var series in result.Series)
        {
            var all = series.All;
            for (int t = 0; t < result.Months; t++)
            {
                rows.Add(
                [
                    CsvFormat.Text(series.Name),
                    CsvFormat.Text(series.Unit),
                    t.ToString(CultureInfo.InvariantCulture),
                    Date(result, t),
                    series.ApplicablePaths[t].ToString(CultureInfo.InvariantCulture),
                    .. all.Select(p => CsvFormat.Number(p[t])),
                ]);
            }
        }

        return CsvFormat.Table(["series", "unit", "month", "date", "applicable_paths", .. MonteCarloSeries.PercentileNames], rows);
    }

    /// <summary><c>month,date,viable_probability,cliff_probability,cliff_cumulative_probability,subsidy_end_probability</c>.</summary>
    public static string ViabilityCsv(MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        double cumulative = 0.0;
        var rows = new List<IReadOnlyList<string>>();
        for (int t = 0; t < result.Months; t++)
        {
            cumulative += result.CliffMonthProbability[t];
            rows.Add(
            [
                t.ToString(CultureInfo.InvariantCulture),
                Date(result, t),
                CsvFormat.Number(result.ViableProbability[t]),
                CsvFormat.Number(result.CliffMonthProbability[t]),
                CsvFormat.Number(cumulative),
                CsvFormat.Number(result.SubsidyEndProbability[t]),
            ]);
        }

        return CsvFormat.Table(["month", "date", "viable_probability", "cliff_probability", "cliff_cumulative_probability", "subsidy_end_probability"], rows);
    }

    /// <summary>The answers as JSON (camelCase, NaN as null, ends with a newline).</summary>
    public static string SummaryJsonText(MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        int last = result.Months - 1;
        var summary = new
        {
            scenario = result.Scenario,
            paths = result.Paths,
            seed = result.Seed,
            horizonMonths = result.Months,
            uncertainInputs = result.UncertainInputs,
            priceShocksDrawn = result.PriceShocksDrawn,
            viability = new
            {
                minServedShare = result.Viability.MinServedShare,
                redundancyFloor = result.Viability.RedundancyFloor,
                profitMonths = result.Viability.ProfitMonths,
            },
            viableAfterSubsidyEnd = result.AfterSubsidyEnd.Select(a => new
            {
                monthsAfter = a.MonthsAfter,
                evaluablePaths = a.EvaluablePaths,
                viablePaths = a.ViablePaths,
                probability = Nullable(a.Probability),
            }),
            viableProbabilityEnd = Nullable(result.ViableProbability[last]),
            cliffWithinHorizonProbability = Nullable(1 - result.NoCliffProbability),
            cliffMonthP5 = MonteCarloResult.MonthQuantile(result.CliffMonthProbability, 0.05),
            cliffMonthP50 = MonteCarloResult.MonthQuantile(result.CliffMonthProbability, 0.50),
            cliffMonthP95 = MonteCarloResult.MonthQuantile(result.CliffMonthProbability, 0.95),
            subsidyEndMonthP50 = MonteCarloResult.MonthQuantile(result.SubsidyEndProbability, 0.50),
            outcomes = result.Outcomes.Select(o => new
            {
                name = o.Name,
                unit = o.Unit,
                min = Nullable(o.Min),
                p5 = Nullable(o.P5),
                p25 = Nullable(o.P25),
                p50 = Nullable(o.P50),
                p75 = Nullable(o.P75),
                p95 = Nullable(o.P95),
                max = Nullable(o.Max),
            }),
            endMonth = result.Series.Select(s => new
            {
                series = s.Name,
                unit = s.Unit,
                p5 = Nullable(s.P5[last]),
                p50 = Nullable(s.P50[last]),
                p95 = Nullable(s.P95[last]),
            }),
            percentileMethod = $"streamed log-linear histogram, relative error of an order statistic at most {QuantileSketch.RelativeAccuracy.ToString("R", CultureInfo.InvariantCulture)}; R-7 interpolation",
        };
        return JsonSerializer.Serialize(summary, SummaryJson.Options) + "\n";
    }

    private static string Date(MonteCarloResult result, int month) =>
        result.Dates[month].ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static double? Nullable(double value) => double.IsFinite(value) ? value : null;
}
