using Economics.Analysis.MonteCarlo;
using Economics.Model.Engine;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Economics.Analysis.Tests.MonteCarlo;

public sealed class MonteCarloSimulationTests
{
    private static string AllOutputs(MonteCarloResult r) =>
        MonteCarloOutputs.PercentilesCsv(r) + MonteCarloOutputs.ViabilityCsv(r) + MonteCarloOutputs.SummaryJsonText(r);

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(64)]
    public void Results_Are_Bit_Identical_To_One_Thread_At(int threads)
    {
        var scenario = TestScenarios.Baseline;
        string one = AllOutputs(MonteCarloSimulation.Run(scenario, new MonteCarloOptions { Paths = 1500, Seed = 42, Threads = 1 }));
        string many = AllOutputs(MonteCarloSimulation.Run(scenario, new MonteCarloOptions { Paths = 1500, Seed = 42, Threads = threads }));
        Assert.Equal(one, many);
    }

    [Fact]
    public void Accumulators_Are_Bounded_In_Threads_And_Horizon_Not_One_Per_Thread()
    {
        // Issue 15 item 5: memory grew with --threads (one full set of sketches per thread: 7 GB at 64 threads, 1,200 months).
        Assert.Equal(1, MonteCarloSimulation.MaxAccumulators(1, 120));
        Assert.True(MonteCarloSimulation.MaxAccumulators(64, 120) <= Environment.ProcessorCount);
        Assert.True(MonteCarloSimulation.MaxAccumulators(1024, 1200) <= MonteCarloSimulation.MaxAccumulatorMonths / 1200);
        Assert.Equal(1, MonteCarloSimulation.MaxAccumulators(64, 100_000));
        for (int threads = 1; threads <= 1024; threads *= 4)
        {
            Assert.True(MonteCarloSimulation.MaxAccumulators(threads, 1200) * 1200 <= MonteCarloSimulation.MaxAccumulatorMonths);
        }
    }

    [Fact]
    public void Different_Seeds_Give_Different_Results()
    {
        var a = MonteCarloSimulation.Run(TestScenarios.Baseline, new MonteCarloOptions { Paths = 300, Seed = 1 });
        var b = MonteCarloSimulation.Run(TestScenarios.Baseline, new MonteCarloOptions { Paths = 300, Seed = 2 });
        Assert.NotEqual(MonteCarloOutputs.PercentilesCsv(a), MonteCarloOutputs.PercentilesCsv(b));
    }

    [Fact]
    public void Percentiles_Are_Ordered_Every_Month()
    {
        var r = MonteCarloSimulation.Run(TestScenarios.Baseline, new MonteCarloOptions { Paths = 800, Seed = 5 });
        foreach (var s in r.Series)
        {
            for (int t = 0; t < r.Months; t++)
            {
                if (s.ApplicablePaths[t] == 0)
                {
                    continue;
                }

                Assert.True(s.P5[t] <= s.P25[t] && s.P25[t] <= s.P50[t] && s.P50[t] <= s.P75[t] && s.P75[t] <= s.P95[t], $"{s.Name} month {t}");
            }
        }

        Assert.All(r.ViableProbability, p => Assert.InRange(p, 0, 1));
        Assert.Equal(1.0, r.CliffMonthProbability.Sum() + r.NoCliffProbability, 12);
    }

    [Fact]
    public void Without_Uncertainty_Every_Percentile_Equals_The_Deterministic_Run()
    {
        // Given no uncertain inputs and zero volatility, every path is the deterministic run
        var scenario = TestScenarios.With("uncertainty=[]", "token.price.volatilityAnnual=0");
        var deterministic = Simulation.Run(scenario);
        var r = MonteCarloSimulation.Run(scenario, new MonteCarloOptions { Paths = 64, Seed = 3 });

        Assert.Equal(deterministic.TokenPriceUsd, r.SeriesNamed("token_price_usd").P5);
        Assert.Equal(deterministic.TokenPriceUsd, r.SeriesNamed("token_price_usd").P95);
        Assert.Equal(deterministic.NodesTotal, r.SeriesNamed("nodes_total").P50);
        Assert.Equal(deterministic.SubsidyDependence, r.SeriesNamed("subsidy_dependence").P25);
        Assert.Equal(deterministic.ProfitPerNode, r.SeriesNamed("profit_per_node_usd").P75);
        Assert.Equal(deterministic.UserPriceUsd, r.SeriesNamed("user_price_usd").P50);
        Assert.Equal(deterministic.BreakEvenFeeWithoutSubsidy, r.SeriesNamed("breakeven_fee_without_subsidy_usd").P5);
        double cliff = deterministic.Summary.ViabilityCliffMonth is { } c ? r.CliffMonthProbability[c] : r.NoCliffProbability;
        Assert.Equal(1.0, cliff);
    }

    [Fact]
    public void Streamed_Percentiles_Match_Exact_Ones_Over_The_Same_Paths()
    {
        // Given 2,000 baseline paths, rerun one by one with the same streams to keep every value
        var scenario = TestScenarios.Baseline;
        const int paths = 2000;
        const int seed = 11;
        var r = MonteCarloSimulation.Run(scenario, new MonteCarloOptions { Paths = paths, Seed = seed });
        var samplers = UncertainInputSampler.ForScenario(scenario);
        int months = scenario.HorizonMonths;
        var price = new double[months][];
        var nodes = new double[months][];
        for (int t = 0; t < months; t++)
        {
            price[t] = new double[paths];
            nodes[t] = new double[paths];
        }

        var shocks = new double[months];
        var ws = new SimulationWorkspace();
        for (int i = 0; i < paths; i++)
        {
            var random = new Xoshiro256StarStar(PathSeed.For(seed, i));
            var drawn = scenario;
            foreach (var s in samplers)
            {
                drawn = s.Parameter.With(drawn, s.Sample(random));
            }

            Normal.Samples(random, shocks, 0, 1);
            Simulation.RunInto(drawn, shocks, ws);
            for (int t = 0; t < months; t++)
            {
                price[t][i] = ws.TokenPriceUsd[t];
                nodes[t][i] = ws.NodesTotal[t];
            }
        }

        // Then the streamed percentiles are within the documented accuracy of the exact ones
        foreach (var (name, values) in new[] { ("token_price_usd", price), ("nodes_total", nodes) })
        {
            var series = r.SeriesNamed(name);
            for (int t = 0; t < months; t++)
            {
                double[] sorted = [.. values[t].Order()];
                for (int p = 0; p < MonteCarloSeries.Probabilities.Count; p++)
                {
                    double q = MonteCarloSeries.Probabilities[p];
                    double exact = SortedArrayStatistics.QuantileCustom(sorted, q, QuantileDefinition.R7);
                    double rank = q * (paths - 1);
                    double scale = Math.Max(Math.Abs(sorted[(int)Math.Floor(rank)]), Math.Abs(sorted[(int)Math.Ceiling(rank)]));
                    Assert.True(Math.Abs(series.All[p][t] - exact) <= QuantileSketch.RelativeAccuracy * scale, $"{name} month {t} q={q}");
                }
            }
        }
    }

    [Fact]
    public void Known_Input_Distribution_Comes_Out_With_Its_Quantiles()
    {
        // Given a constant token price drawn from uniform(0.1, 1.1): the month-0 price is the draw itself
        var scenario = TestScenarios.With(
            "token.price={\"kind\":\"constant\",\"usd\":0.5}",
            "uncertainty=[{\"path\":\"token.price.usd\",\"distribution\":{\"kind\":\"uniform\",\"lower\":0.1,\"upper\":1.1}}]");
        var r = MonteCarloSimulation.Run(scenario, new MonteCarloOptions { Paths = 20_000, Seed = 9 });
        var price = r.SeriesNamed("token_price_usd");
        // Then P5…P95 are 0.15, 0.35, 0.6, 0.85, 1.05 within sampling error (±0.01 at 20k paths) and sketch accuracy
        double[] expected = [0.15, 0.35, 0.6, 0.85, 1.05];
        for (int p = 0; p < expected.Length; p++)
        {
            Assert.InRange(price.All[p][0], expected[p] - 0.01 - (QuantileSketch.RelativeAccuracy * expected[p]), expected[p] + 0.01 + (QuantileSketch.RelativeAccuracy * expected[p]));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000_001)]
    public void Should_Reject_Path_Counts_Outside_The_Bounds(int paths)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MonteCarloSimulation.Run(TestScenarios.Baseline, new MonteCarloOptions { Paths = paths, Seed = 1 }));
        Assert.Contains("between 1 and 10,000,000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Analysis_With_A_Thread_Count_Refuses_One_Outside_1_To_1024_In_The_Same_Words()
    {
        var x = new Economics.Analysis.Sweeps.SweepAxis("fees.protocolTakeRate", 0.0, 0.1, 2);
        var scenario = TestScenarios.Baseline;
        foreach (int threads in new[] { 0, -1, 1025 })
        {
            string expected = $"threads must be between 1 and 1024; got {threads}";
            Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => MonteCarloSimulation.Run(scenario, new MonteCarloOptions { Paths = 10, Seed = 1, Threads = threads })).Message, StringComparison.Ordinal);
            Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => Economics.Analysis.Sweeps.ParameterSweep.Run(scenario, x, null, ["survivingNodes"], threads)).Message, StringComparison.Ordinal);
            Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => Economics.Analysis.Comparison.ScenarioComparison.Run([scenario], threads)).Message, StringComparison.Ordinal);
            Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => new Economics.Analysis.Sensitivity.SensitivityOptions { Threads = threads }.Check()).Message, StringComparison.Ordinal);
            Assert.Equal($"must be between 1 and 1024; got {threads}", MonteCarloOptions.ThreadsProblem(threads));
        }

        Assert.Null(MonteCarloOptions.ThreadsProblem(null));
        Assert.Null(MonteCarloOptions.ThreadsProblem(1));
        Assert.Null(MonteCarloOptions.ThreadsProblem(1024));
        Assert.Null(MonteCarloOptions.PathsProblem(1));
        Assert.Null(MonteCarloOptions.PathsProblem(10_000_000));
        Assert.Equal("must be between 1 and 10,000,000 (memory is flat, but time grows with paths); got 0", MonteCarloOptions.PathsProblem(0));
    }

    [Fact]
    public void Should_Name_The_Entry_Whose_Draws_Reach_An_Invalid_Value()
    {
        // Normal(1.5, 0.4) without min reaches −0.9 at its 1e-9 quantile; elasticity must be ≥ 0
        var scenario = TestScenarios.With("uncertainty=[{\"path\":\"markets[0].willingnessToPay.spread\",\"distribution\":{\"kind\":\"normal\",\"mean\":1.5,\"stdDev\":0.4}}]");
        var e = Assert.Throws<ArgumentException>(() => MonteCarloSimulation.Run(scenario, new MonteCarloOptions { Paths = 10, Seed = 1 }));
        Assert.Contains("uncertainty[0] (markets[0].willingnessToPay.spread)", e.Message, StringComparison.Ordinal);
        Assert.Contains("set min/max", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_Three_Files_Without_NaN_Text()
    {
        var r = MonteCarloSimulation.Run(TestScenarios.Baseline, new MonteCarloOptions { Paths = 100, Seed = 1 });
        string dir = Path.Combine(Path.GetTempPath(), "mc-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = MonteCarloOutputs.Write(r, dir);
            Assert.Equal(["percentiles.csv", "viability.csv", "summary.json"], files.Select(Path.GetFileName));
            string percentiles = File.ReadAllText(files[0]);
            Assert.StartsWith("series,unit,month,date,applicable_paths,p5,p25,p50,p75,p95\ntoken_price_usd,USD/token,0,2026-04,100,", percentiles, StringComparison.Ordinal);
            Assert.Equal(1 + (6 * 132), percentiles.Count(c => c == '\n'));
            foreach (string file in files)
            {
                string text = File.ReadAllText(file);
                Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
            }

            Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
            var frame = r.ToFrame();
            Assert.Equal((6 * 5) + 2, frame.ColumnCount);
            Assert.Equal(132, frame.RowCount);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
