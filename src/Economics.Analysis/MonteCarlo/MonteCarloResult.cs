using Economics.Model.Scenarios;
using Deedle;

namespace Economics.Analysis.MonteCarlo;

/// <summary>
/// What a Monte Carlo run found: per-month percentiles of the key series, the probability of viability by month,
/// the distribution of the viability-cliff month, P(viable 12 and 24 months after the subsidy ends) and percentiles
/// of end-of-run answers. Immutable; its size depends on the horizon, not on the number of paths.
/// </summary>
public sealed record MonteCarloResult
{
    /// <summary>Offsets after the end of the subsidy at which viability is reported. Unit: months.</summary>
    public static IReadOnlyList<int> MonthsAfterSubsidyEnd { get; } = [12, 24];

    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }

    /// <summary>Paths run.</summary>
    public required int Paths { get; init; }

    /// <summary>Seed of the random streams.</summary>
    public required int Seed { get; init; }

    /// <summary>The viability definition used (the scenario's <c>viability</c>).</summary>
    public required ViabilityRule Viability { get; init; }

    /// <summary>Calendar month of each month index.</summary>
    public required IReadOnlyList<DateOnly> Dates { get; init; }

    /// <summary>Months simulated.</summary>
    public int Months => Dates.Count;

    /// <summary>Uncertain inputs drawn, as <c>uncertainty[i] (path)</c>.</summary>
    public required IReadOnlyList<string> UncertainInputs { get; init; }

    /// <summary>Whether the token price followed a GBM with drawn monthly shocks.</summary>
    public required bool PriceShocksDrawn { get; init; }

    /// <summary>Percentiles of each <see cref="MonteCarloSeries"/> series.</summary>
    public required IReadOnlyList<SeriesPercentiles> Series { get; init; }

    /// <summary>Share of paths viable in each month. Unit: probability.</summary>
    public required IReadOnlyList<double> ViableProbability { get; init; }

    /// <summary>Share of paths whose viability cliff (the <c>summary.json</c> definition: nodes first below half
    /// their peak so far) falls in each month. Unit: probability.</summary>
    public required IReadOnlyList<double> CliffMonthProbability { get; init; }

    /// <summary>Share of paths with no viability cliff within the horizon.</summary>
    public required double NoCliffProbability { get; init; }

    /// <summary>Share of paths whose subsidy ends (first month from which the pools pay operators nothing) in each month.</summary>
    public required IReadOnlyList<double> SubsidyEndProbability { get; init; }

    /// <summary>Viability 12 and 24 months after the subsidy ends.</summary>
    public required IReadOnlyList<ViabilityAfterEmissions> AfterSubsidyEnd { get; init; }

    /// <summary>Percentiles of end-of-run answers: surviving nodes, cumulative operator profit.</summary>
    public required IReadOnlyList<OutcomePercentiles> Outcomes { get; init; }

    /// <summary>The series named <paramref name="name"/> (a <c>monthly.csv</c> column name).</summary>
    /// <exception cref="KeyNotFoundException">No such series; the message lists the names.</exception>
    public SeriesPercentiles SeriesNamed(string name) =>
        Series.FirstOrDefault(s => s.Name == name)
        ?? throw new KeyNotFoundException($"{Model.Validation.QuotedText.Of(name)} is not a Monte Carlo series; choose one of: {string.Join(", ", Series.Select(s => s.Name))}");

    /// <summary>A wide frame indexed by month: <c>&lt;series&gt;_p5 … _p95</c>, <c>viable_probability</c>,
    /// <c>cliff_probability</c> (NaN shows as missing).</summary>
    public Frame<int, string> ToFrame()
    {
        int[] months = Enumerable.Range(0, Months).ToArray();
        var columns = new List<KeyValuePair<string, Series<int, double>>>();
        foreach (var series in Series)
        {
            var all = series.All;
            for (int p = 0; p < all.Count; p++)
            {
                columns.Add(new($"{series.Name}_{MonteCarloSeries.PercentileNames[p]}", new Series<int, double>(months, all[p].ToArray())));
            }
        }

        columns.Add(new("viable_probability", new Series<int, double>(months, ViableProbability.ToArray())));
        columns.Add(new("cliff_probability", new Series<int, double>(months, CliffMonthProbability.ToArray())));
        return Frame.FromColumns(columns);
    }

    internal static MonteCarloResult From(string scenario, ViabilityRule viability, MonteCarloOptions options, DateOnly start, IReadOnlyList<string> inputs, bool shocks, MonteCarloAccumulator a)
    {
        int months = a.ViableCount.Length;
        double paths = a.Paths;
        return new MonteCarloResult
        {
            Scenario = scenario,
            Paths = options.Paths,
            Seed = options.Seed,
            Viability = viability,
            Dates = Enumerable.Range(0, months).Select(start.AddMonths).ToArray(),
            UncertainInputs = inputs,
            PriceShocksDrawn = shocks,
            Series = MonteCarloSeries.All.Select((s, i) => SeriesPercentiles.From(s.Name, s.Unit, a.Series[i])).ToArray(),
            ViableProbability = a.ViableCount.Select(c => c / paths).ToArray(),
            CliffMonthProbability = a.CliffMonthCount.Take(months).Select(c => c / paths).ToArray(),
            NoCliffProbability = a.CliffMonthCount[months] / paths,
            SubsidyEndProbability = a.SubsidyEndCount.Take(months).Select(c => c / paths).ToArray(),
            AfterSubsidyEnd = MonthsAfterSubsidyEnd.Select((k, i) => new ViabilityAfterEmissions(k, a.AfterSubsidyEndEvaluable[i], a.AfterEmissionsViable[i])).ToArray(),
            Outcomes =
            [
                OutcomePercentiles.From("survivingNodes", "nodes", a.SurvivingNodes),
                OutcomePercentiles.From("cumulativeOperatorProfitUsd", "USD", a.CumulativeOperatorProfitUsd),
            ],
        };
    }

    /// <summary>Percentile of a month index given per-month probabilities (e.g. of the cliff month); null when the
    /// month is beyond the horizon (the probability mass there is "never").</summary>
    public static int? MonthQuantile(IReadOnlyList<double> probabilityByMonth, double q)
    {
        double cumulative = 0.0;
        for (int t = 0; t < probabilityByMonth.Count; t++)
        {
            cumulative += probabilityByMonth[t];
            if (cumulative >= q)
            {
                return t;
            }
        }

        return null;
    }
}
