using Economics.Charts.Analysis;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;

namespace Economics.Charts.Tests;

/// <summary>Chart inputs for the analysis charts, computed from real runs (price paths with fixed shocks, a one-at-a-time
/// sensitivity and a small sweep), so the charts are drawn with realistic shapes.</summary>
internal static class AnalysisSamples
{
    public static IReadOnlyList<NamedChart> All() =>
    [
        new("fan-nodes", "Fan chart", AnalysisCharts.FanChart(Fan())),
        new("viability", "Probability of viability", AnalysisCharts.ViabilityProbability(Viability())),
        new("tornado", "Tornado", AnalysisCharts.Tornado(Tornado())),
        new("heatmap", "Sweep heatmap", AnalysisCharts.Heatmap(Heatmap())),
        new("compare", "Comparison", AnalysisCharts.Comparison(Compare())),
        .. PeerCharts.All(Economics.Analysis.Peers.PeerAlignment.Of(Scenarios.Baseline, Economics.Analysis.Peers.PeerHistory.Embedded())),
    ];

    /// <summary>Percentiles of total nodes over 40 runs with seeded standard-normal price shocks.</summary>
    public static FanChartData Fan()
    {
        var runs = PricePaths(40, ScenarioLoader.Baseline);
        var dates = runs[0].Date;
        double[] P(double q) => Enumerable.Range(0, dates.Count).Select(m => Quantile(runs.Select(r => r.NodesTotal[m]), q)).ToArray();
        return new FanChartData("How many nodes are left across price paths?", "Nodes", dates, P(0.05), P(0.25), P(0.5), P(0.75), P(0.95))
        {
            Answer = "Median and 50% / 90% bands over 40 seeded price paths.",
            TickFormat = ",.0f",
            SubsidyEnd = Emissions(runs[0]),
        };
    }

    public static ViabilityCurve Viability()
    {
        var runs = PricePaths(40, Scenarios.StressScenario());
        var dates = runs[0].Date;
        var p = Enumerable.Range(0, dates.Count)
            .Select(m => runs.Count(r => r.Summary.ViabilityCliffMonth is not { } c || c > m) / (double)runs.Count).ToArray();
        return new ViabilityCurve("What is the probability the network is still viable?", dates, p) { SubsidyEnd = Emissions(runs[0]) };
    }

    public static TornadoData Tornado()
    {
        var baseline = ScenarioLoader.Baseline;
        double baseValue = Simulation.Run(baseline).Summary.SurvivingNodes;
        (string Path, double Low, double High)[] inputs =
        [
            ("markets[0].demand.growth.monthlyRate", 0.03, 0.12),
            ("markets[0].willingnessToPay.spread", 0.8, 2.2),
            ("cohorts[0].overheadUsdPerMonth", 500, 1000),
            ("token.price.initialUsd", 0.25, 1.0),
            ("fees.policy.markupFraction", 0, 1),
        ];
        var bars = inputs.Select(i => new TornadoBar(i.Path,
            Simulation.Run(ScenarioFields.WithNumber(baseline, i.Path, i.Low)).Summary.SurvivingNodes,
            Simulation.Run(ScenarioFields.WithNumber(baseline, i.Path, i.High)).Summary.SurvivingNodes,
            baseValue) { LowInput = i.Low.ToString(System.Globalization.CultureInfo.InvariantCulture), HighInput = i.High.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToArray();
        return new TornadoData("Which assumptions matter most for how many nodes survive?", "Surviving nodes after 120 months (nodes)", bars);
    }

    public static HeatmapGrid Heatmap()
    {
        var baseline = ScenarioLoader.Baseline;
        double[] fees = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75];
        double[] growth = [0.0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.12];
        var z = new double[growth.Length, fees.Length];
        for (int r = 0; r < growth.Length; r++)
        {
            for (int c = 0; c < fees.Length; c++)
            {
                var s = ScenarioFields.WithNumber(ScenarioFields.WithNumber(baseline, "fees.policy.markupFraction", fees[c]),
                    "markets[0].demand.growth.monthlyRate", growth[r]);
                z[r, c] = Simulation.Run(s).Summary.SurvivingNodeShare ?? double.NaN;
            }
        }

        return new HeatmapGrid("Where do operators survive: fee × demand growth?", "Fee (USD per inference)", "Demand growth (per month)",
            "Surviving / initial nodes", fees, growth, z) { BreakEvenLevel = 1.0, BreakEvenLabel = "as many nodes as at the start", TickFormat = ".0%" };
    }

    public static ComparisonData Compare()
    {
        var a = Scenarios.Baseline;
        var b = Scenarios.Stress;
        return new ComparisonData("How do the scenarios differ in subsidy dependence?", "Emissions / operator revenue (%)",
        [
            new ComparisonSeries(a.Scenario.Name, a.Date, a.SubsidyDependence),
            new ComparisonSeries(b.Scenario.Name, b.Date, b.SubsidyDependence),
        ]) { TickFormat = ".0%" };
    }

    private static DateOnly? Emissions(SimulationResult r) => r.Summary.SubsidyEndMonth is { } e ? r.Date[e] : null;

    private static List<SimulationResult> PricePaths(int count, Economics.Model.Scenarios.Scenario scenario)
    {
        var runs = new List<SimulationResult>(count);
        for (int seed = 1; seed <= count; seed++)
        {
            var random = new Random(seed);
            var shocks = Enumerable.Range(0, scenario.HorizonMonths).Select(_ => Gaussian(random)).ToArray();
            runs.Add(Simulation.Run(scenario, shocks));
        }

        return runs;
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static double Quantile(IEnumerable<double> values, double q)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
