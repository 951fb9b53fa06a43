using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Stress;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Analysis.Tests.Stress;

public sealed class ReverseStressTestTests
{
    // The hand-computable network with a redundancy floor of 1 node (it has 2): operators' monthly profit is
    // 1,000,000 × s_d × fee × 0.9 − 2,000 with s_d the demand multiplier, no subsidy (no pools: the subsidy "ends" in
    // month 0), so month 6 is the test month with --after-months 6.
    private static Scenario Hand(string uncertainty = "[]") => ScenarioLoader.Load(
        ScenarioSource.FromFile(TestScenarios.HandComputablePath),
        [ScenarioOverride.Parse("viability.redundancyFloor=1"), ScenarioOverride.Parse("uncertainty=" + uncertainty)]);

    private static StressThreshold Axis(StressResult r, string axis) => r.Thresholds.Single(t => t.Axis == axis);

    [Fact]
    public void Should_Find_The_Hand_Worked_Demand_Drop_That_Fails_The_Network()
    {
        // Profit ≥ 0 ⇔ 1,000,000 × (1 − d) × 0.003 × 0.9 ≥ 2,000 ⇔ d ≤ 1 − 2,000/2,700
        var r = ReverseStressTest.Run(Hand(), new StressOptions { AfterMonths = 6 });
        Assert.Equal(6, r.TestMonth);
        Assert.Equal(0, r.ShockMonth);
        Assert.True(r.ViableUnshocked);

        // Unshocked the served clause binds: served/demand − 0.95 = 0.05 (profit's slack is 700/2,000 = 0.35)
        Assert.Equal(0.05, r.MarginUnshocked, 12);
        var demand = Axis(r, "demand");
        Assert.True(demand.Found);
        Assert.True(demand.Continuous);
        Assert.Equal(1 - (2000.0 / 2700.0), demand.Shock, 8);
    }

    [Fact]
    public void Should_Report_A_Jump_Where_The_Cap_Rejects_Every_Request()
    {
        // The fixed fee 0.003 USD exceeds the 0.1 OPG cap once the token's 1 USD falls below 0.03 USD (a 97% drop): every
        // request is rejected, the served share falls from 1 to 0 at once
        var price = Axis(ReverseStressTest.Run(Hand(), new StressOptions { AfterMonths = 6 }), "tokenPrice");
        Assert.True(price.Found);
        Assert.False(price.Continuous);
        Assert.InRange(price.Shock, 0.97, 0.97 + 1e-6);
    }

    [Fact]
    public void Should_Say_None_In_Range_When_No_Shock_On_The_Axis_Fails_It()
    {
        // The hand network has no AWS node, and its users (who bear the rails) value verification at 100× the price
        var r = ReverseStressTest.Run(Hand(), new StressOptions { AfterMonths = 6 });
        foreach (string axis in (string[])["awsPrice", "awsOutage", "baseGas", "unlockSelling"])
        {
            var t = Axis(r, axis);
            Assert.False(t.Found, axis);
            Assert.True(double.IsNaN(t.Shock), axis);
            Assert.True(t.MarginAtMax >= 0, axis);
        }

        Assert.Equal(8, r.Thresholds.Count);
        Assert.Equal(StressAxes.Combined, r.Thresholds[^1].Axis);
    }

    [Fact]
    public void Margin_Never_Rises_With_The_Demand_Drop()
    {
        // The served clause (0.05) binds until the profit clause, (2,700 (1 − d) − 2,000) / 2,000, falls below it at
        // d = 0.22; from there the margin falls strictly
        var scenario = Hand();
        double last = double.PositiveInfinity;
        for (int i = 0; i <= 10; i++)
        {
            double d = 0.09 * i;
            double m = ReverseStressTest.MarginAt(scenario, "demand", d, 0, 6);
            Assert.True(d < 0.22 ? Math.Abs(m - 0.05) < 1e-12 : m < last, $"margin at {d} = {m} after {last}");
            Assert.Equal(Math.Min(0.05, ((2700 * (1 - d)) - 2000) / 2000), m, 9);
            last = m;
        }
    }

    [Fact]
    public void Viability_Margin_Is_Non_Negative_Exactly_When_The_Engine_Says_Viable()
    {
        var scenarios = new[]
        {
            TestScenarios.Baseline,
            ScenarioLoader.Load(ScenarioSource.FromFile(ScenarioPath("viable-reference.json"))),
            ScenarioLoader.Load(ScenarioSource.FromFile(ScenarioPath("aws-outage.json"))),
            Hand(),
            TestScenarios.With("viability.minServedShare=0.5", "viability.redundancyFloor=50"),
        };
        int viable = 0, months = 0;
        foreach (var scenario in scenarios)
        {
            var run = Simulation.Run(scenario);
            for (int t = 0; t < run.Months; t++)
            {
                double m = ViabilityMargin.Of(run, t);
                Assert.True((m >= 0) == (run.Viable[t] > 0), $"{scenario.Name} month {t}: margin {m}, viable {run.Viable[t]}");
                viable += run.Viable[t] > 0 ? 1 : 0;
                months++;
            }
        }

        // Both outcomes occur, so the test can fail either way
        Assert.InRange(viable, 1, months - 1);
    }

    [Fact]
    public void Should_Give_Distance_Zero_Everywhere_When_Not_Viable_Unshocked()
    {
        var r = ReverseStressTest.Run(TestScenarios.Baseline, new StressOptions());
        Assert.False(r.ViableUnshocked);
        Assert.True(r.MarginUnshocked < 0);
        Assert.Equal(67 + 24, r.TestMonth);
        Assert.Equal(67, r.ShockMonth);
        Assert.All(r.Thresholds, t => Assert.Equal(0.0, t.Shock));
    }

    [Fact]
    public void Shocks_Of_Size_Zero_Leave_The_Run_Unchanged()
    {
        var scenario = ScenarioLoader.Load(ScenarioSource.FromFile(ScenarioPath("viable-reference.json")));
        var expected = Simulation.Run(scenario);
        foreach (var axis in StressAxes.All.Append(StressAxes.CombinedAxis))
        {
            var run = Simulation.Run(StressAxes.Apply(scenario, axis.Name, 0.0, 67));
            Assert.Equal(expected.OperatorProfit, run.OperatorProfit);
            Assert.Equal(expected.Viable, run.Viable);
        }
    }

    [Fact]
    public void Monte_Carlo_Probability_Matches_The_Uniform_Fee_By_Hand()
    {
        // Fee ~ U(0.002, 0.004): viable in month 6 at demand drop d ⇔ fee ≥ 2,000 / (900,000 × (1 − d)),
        // so P(viable) = (0.004 − 2,000 / (900,000 × (1 − d))) / 0.002
        var scenario = Hand("[ { \"path\": \"fees.policy.usdPerInference\", \"distribution\": { \"kind\": \"uniform\", \"lower\": 0.002, \"upper\": 0.004 } } ]");
        var r = ReverseStressTest.Run(scenario, new StressOptions { AfterMonths = 6, Paths = 4000, Seed = 7, ProbabilitySteps = 6 });
        var demand = r.Probabilities.Single(p => p.Axis == "demand");
        Assert.Equal(6, demand.Sizes.Count);
        for (int j = 0; j < 3; j++)
        {
            double d = demand.Sizes[j];
            double expected = Math.Clamp((0.004 - (2000 / (900_000 * (1 - d)))) / 0.002, 0, 1);
            Assert.True(Math.Abs(demand.Probability[j] - expected) < 0.03, $"d = {d}: {demand.Probability[j]} vs {expected}");
        }

        // Past d = 1 − 2,000/3,600 = 0.44 no fee in range pays: P = 0
        Assert.Equal(0.0, demand.Probability[^1]);
        Assert.True(demand.Probability[1] < demand.Probability[0]);
    }

    [Fact]
    public void Same_Seed_Gives_The_Same_Probabilities_At_Any_Thread_Count()
    {
        var scenario = Hand("[ { \"path\": \"fees.policy.usdPerInference\", \"distribution\": { \"kind\": \"uniform\", \"lower\": 0.002, \"upper\": 0.004 } } ]");
        var one = ReverseStressTest.Run(scenario, new StressOptions { AfterMonths = 6, Paths = 300, Seed = 3, Threads = 1, ProbabilitySteps = 3 });
        var many = ReverseStressTest.Run(scenario, new StressOptions { AfterMonths = 6, Paths = 300, Seed = 3, Threads = 4, ProbabilitySteps = 3 });
        Assert.Equal(one.Probabilities.SelectMany(p => p.Probability), many.Probabilities.SelectMany(p => p.Probability));
    }

    [Fact]
    public void Every_Probability_Is_Econ_Montecarlos_For_The_Shocked_Scenario_Count_For_Count()
    {
        // viable-reference: GBM price shocks and uncertain inputs, viable unshocked in some paths and not in others.
        // Each P(viable) of the stress test (all shock sizes in one Monte Carlo, paths run only to the test month) must
        // be the full Monte Carlo's probability for that month of the shocked scenario, bit for bit.
        var scenario = ScenarioLoader.Load(ScenarioSource.FromFile(ScenarioPath("viable-reference.json")));
        var options = new StressOptions { Paths = 40, Seed = 5, ProbabilitySteps = 3 };
        var sizesDone = new List<int>();
        var r = ReverseStressTest.Run(scenario, options, new SynchronousProgress(sizesDone));
        var mc = new MonteCarloOptions { Paths = options.Paths, Seed = options.Seed };
        var seen = new HashSet<double>();
        foreach (var curve in r.Probabilities)
        {
            for (int j = 0; j < curve.Sizes.Count; j++)
            {
                var shocked = StressAxes.Apply(scenario, curve.Axis, curve.Sizes[j], r.ShockMonth);
                double expected = MonteCarloSimulation.Run(shocked, mc).ViableProbability[r.TestMonth];
                Assert.True(expected == curve.Probability[j], $"{curve.Axis} at {curve.Sizes[j]}: {curve.Probability[j]} instead of {expected}");
                seen.Add(expected);
            }
        }

        // Not a trivial agreement: several different probabilities, strictly between 0 and 1 among them.
        Assert.True(seen.Count >= 3 && seen.Any(p => p > 0 && p < 1), string.Join(", ", seen));

        // Progress counts shock sizes as each finishes, up to the number of Monte Carlo runs.
        Assert.Equal(ReverseStressTest.ProbabilityRuns(options), sizesDone.Count);
        Assert.Equal(Enumerable.Range(1, sizesDone.Count), sizesDone.Order());
    }

    [Fact]
    public void An_Uncertain_Input_Whose_Draws_Reach_An_Invalid_Value_Fails_As_In_Econ_Montecarlo()
    {
        // Normal(1.5, 0.4) without min reaches −0.9 at its 1e-9 quantile; a spread must be ≥ 0. Every shock size's
        // scenario fails the check; the message is the unshocked scenario's, as econ montecarlo gives it.
        var scenario = Hand("[{\"path\":\"markets[0].willingnessToPay.spread\",\"distribution\":{\"kind\":\"normal\",\"mean\":1.5,\"stdDev\":0.4}}]");
        var expected = Assert.Throws<ArgumentException>(() => MonteCarloSimulation.Run(scenario, new MonteCarloOptions { Paths = 10, Seed = 1 }));
        var e = Assert.Throws<ArgumentException>(() => ReverseStressTest.Run(scenario, new StressOptions { AfterMonths = 6, Paths = 10, ProbabilitySteps = 3 }));
        Assert.Equal(expected.Message, e.Message);
        Assert.Contains("uncertainty[0] (markets[0].willingnessToPay.spread)", e.Message, StringComparison.Ordinal);

        // Without Monte Carlo the draws are never made, and the deterministic test runs.
        Assert.NotEmpty(ReverseStressTest.Run(scenario, new StressOptions { AfterMonths = 6 }).Thresholds);
    }

    private sealed class SynchronousProgress(List<int> values) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (values)
            {
                values.Add(value);
            }
        }
    }

    [Theory]
    [InlineData(-1, null, 21, 0, 6, ReverseStressTest.AfterMonthsField, "≥ 0")]
    [InlineData(12, null, 21, 0, 6, ReverseStressTest.AfterMonthsField, "beyond the horizon (last month 11); use at most 11")]
    [InlineData(6, 12, 21, 0, 6, ReverseStressTest.ShockMonthField, "between 0 and 11")]
    [InlineData(6, -1, 21, 0, 6, ReverseStressTest.ShockMonthField, "between 0 and 11")]
    [InlineData(6, null, 1, 0, 6, ReverseStressTest.GridPointsField, "between 2 and 1000")]
    [InlineData(6, null, 21, -1, 6, ReverseStressTest.PathsField, "between 0 (no Monte Carlo)")]
    [InlineData(6, null, 21, 10, 1, ReverseStressTest.StepsField, "between 2 and 101")]
    public void Should_Name_The_Bad_Option(int after, int? shockMonth, int grid, int paths, int steps, string field, string message)
    {
        var e = Assert.Throws<StressInputException>(() => ReverseStressTest.Run(Hand(),
            new StressOptions { AfterMonths = after, ShockMonth = shockMonth, GridPoints = grid, Paths = paths, ProbabilitySteps = steps }));
        Assert.Equal(field, e.Field);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    private static string ScenarioPath(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", "scenarios", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("data/scenarios/" + file);
    }
}
