using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Sweeps;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Analysis.Tests.Sweeps;

public sealed class ViabilityGridTests
{
    /// <summary>The hand-computable network over 36 months with one node required: no pools, so the subsidy "ends" in
    /// month 0 and months 12 and 24 are evaluable on every path; the fee is uniform on [0.002, 0.004] USD, and a month
    /// is viable when 900,000 × fee ≥ 2 × (730 + overhead), i.e. fee ≥ f* = (730 + overhead) / 450,000.</summary>
    private static Scenario Hand() => ScenarioLoader.Load(
        ScenarioSource.FromFile(TestScenarios.HandComputablePath),
        [ScenarioOverride.Parse("horizonMonths=36"), ScenarioOverride.Parse("viability.redundancyFloor=1")]);

    [Fact]
    public void Probability_Matches_The_Closed_Form_Of_The_Uniform_Fee()
    {
        // P(viable) = (0.004 − f*) / 0.002, clamped to [0, 1]: overhead 270 → f* = 0.0022222, P = 0.8889; 470 →
        // f* = 0.0026667, P = 0.6667; 1,070 → f* = 0.004, P = 0. 4,000 paths: binomial σ ≤ 0.008, so 4σ = 0.032.
        var x = SweepAxis.Parse("cohorts[0].overheadUsdPerMonth=270:1070:5");
        var result = ViabilityGrid.Run(Hand(), x, null, new MonteCarloOptions { Paths = 4000, Seed = 7 });

        Assert.Equal(5, result.Cells);
        for (int i = 0; i < 5; i++)
        {
            double threshold = (730 + x.Values[i]) / 450_000;
            double expected = Math.Clamp((0.004 - threshold) / 0.002, 0, 1);
            foreach (int after in ViabilityGrid.MonthsAfter)
            {
                Assert.Equal(4000, result.EvaluablePaths[(i * 2) + (after == 12 ? 0 : 1)]);
                Assert.InRange(result.Probability(i, 0, after), expected - 0.032, expected + 0.032);
            }
        }

        Assert.Equal(0.0, result.Probability(4, 0, 12));
    }

    [Fact]
    public void Every_Cell_Counts_What_A_Full_Monte_Carlo_Of_That_Cell_Counts()
    {
        // The grid's light statistic against econ montecarlo's on each cell's scenario, same seed and paths.
        var scenario = Hand();
        var x = SweepAxis.Parse("cohorts[0].overheadUsdPerMonth=270:670:2");
        var y = SweepAxis.Parse("markets[0].demand.initialInferencesPerMonth=800000:1200000:2");
        var grid = AssertCountsOfAFullMonteCarlo(scenario, x, y, new MonteCarloOptions { Paths = 300, Seed = 11, Threads = 2 });

        // More demand at the same cost makes viability more likely (more fee income per node), less cost likewise.
        Assert.True(grid.Probability(0, 1, 12) >= grid.Probability(0, 0, 12));
        Assert.True(grid.Probability(0, 0, 12) >= grid.Probability(1, 0, 12));
    }

    [Fact]
    public void Cells_Stop_Early_And_Count_What_A_Full_Monte_Carlo_Counts()
    {
        // Grid paths run only to 24 months after the operators' pool runs dry (the baseline's and this scenario's
        // pool ends in month 67, so about 92 of 132 months; Simulation.RunPastSubsidyEnd); the counts must still be
        // econ montecarlo's, which runs every month. The baseline is never viable at any markup (its best, 398%,
        // leaves operators short), so the comparison uses viable-reference, viable from month 80 at markup 0.2: the
        // markups span never viable to viable, so both counts are tested where they are not all 0 or all n.
        var scenario = ScenarioLoader.Load(ScenarioSource.Shipped("viable-reference")!);
        var x = SweepAxis.Parse("fees.policy.markupFraction=0:0.2:3");
        var grid = AssertCountsOfAFullMonteCarlo(scenario, x, null, new MonteCarloOptions { Paths = 60, Seed = 5, Threads = 2 });
        Assert.Equal(0, grid.ViablePaths[0]);
        Assert.True(grid.ViablePaths.Sum() > 0, "no cell had a viable path: the comparison did not test the viable count");
    }

    // The grid's counts against econ montecarlo's on each cell's scenario (same seed and paths), cell by cell and
    // for both months after the subsidy ends; returns the grid.
    private static ViabilityGridResult AssertCountsOfAFullMonteCarlo(Scenario scenario, SweepAxis x, SweepAxis? y, MonteCarloOptions options)
    {
        var grid = ViabilityGrid.Run(scenario, x, y, options);
        int ny = y?.Values.Count ?? 1;
        for (int i = 0; i < x.Values.Count; i++)
        {
            for (int j = 0; j < ny; j++)
            {
                var cell = ScenarioFields.WithNumber(scenario, x.Path, x.Values[i]);
                cell = y is null ? cell : ScenarioFields.WithNumber(cell, y.Path, y.Values[j]);
                var mc = MonteCarloSimulation.Run(cell, options);
                for (int k = 0; k < 2; k++)
                {
                    int at = (((i * ny) + j) * 2) + k;
                    Assert.Equal(mc.AfterSubsidyEnd[k].EvaluablePaths, grid.EvaluablePaths[at]);
                    Assert.Equal(mc.AfterSubsidyEnd[k].ViablePaths, grid.ViablePaths[at]);
                }
            }
        }

        return grid;
    }

    [Fact]
    public void Any_Thread_Count_Gives_The_Same_Csv()
    {
        var x = SweepAxis.Parse("cohorts[0].overheadUsdPerMonth=270:1070:9");
        string Csv(int threads)
        {
            var r = ViabilityGrid.Run(Hand(), x, null, new MonteCarloOptions { Paths = 600, Seed = 3, Threads = threads });
            using var writer = new StringWriter();
            r.WriteCsv(writer);
            return writer.ToString();
        }

        string one = Csv(1);
        Assert.Equal(one, Csv(2));
        Assert.Equal(one, Csv(5));
        Assert.StartsWith("x_path,x,y_path,y,months_after_subsidy_end,paths,evaluable_paths,viable_paths,probability_viable\ncohorts[0].overheadUsdPerMonth,270,,,12,600,600,", one, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Baseline_Shocks_Its_Price_And_Still_Never_Reaches_Viability_Without_Markup()
    {
        // The embedded baseline (GBM price, its uncertainty[]): never viable at markup 0 (DESIGN's baseline answer).
        var x = SweepAxis.Parse("fees.policy.markupFraction=0:0:1");
        var r = ViabilityGrid.Run(TestScenarios.Baseline, x, null, new MonteCarloOptions { Paths = 20, Seed = 1 });
        Assert.True(r.EvaluablePaths[0] > 0);
        Assert.Equal(0, r.ViablePaths[0]);
    }

    [Fact]
    public void An_Axis_On_A_Field_Uncertainty_Draws_Is_Refused()
    {
        var x = SweepAxis.Parse("fees.policy.usdPerInference=0.002:0.004:3");
        var e = Assert.Throws<ArgumentException>(() => ViabilityGrid.Run(Hand(), x, null, new MonteCarloOptions { Paths = 10, Seed = 1 }));
        Assert.Contains("uncertainty[0] (fees.policy.usdPerInference) draws the same field", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Whole_Number_Axis_Whose_Values_Round_Together_Is_Refused()
    {
        var x = SweepAxis.Parse("cohorts[0].overheadUsdPerMonth=270:1070:2");
        var y = SweepAxis.Parse("horizonMonths=24:30:20");
        var e = Assert.Throws<ArgumentException>(() => ViabilityGrid.Run(Hand(), x, y, new MonteCarloOptions { Paths = 10, Seed = 1 }));
        Assert.Contains("sweep axis horizonMonths=24:30:20: horizonMonths holds whole numbers, and 20 values from 24 to 30 round to 7 distinct ones (24, 24, 25, 25, 25, 26, …)", e.Message, StringComparison.Ordinal);
        Assert.Equal("y", e.ParamName);
    }

    [Fact]
    public void Every_Cell_Is_Validated_And_An_Invalid_One_Is_Named_With_Its_Values()
    {
        // A protocol take of 1 (the axis's end) is outside its range; the cells at 0 and 0.5 are valid and not named.
        var x = SweepAxis.Parse("fees.protocolTakeRate=0:1:3");
        var e = Assert.Throws<ArgumentException>(() => ViabilityGrid.Run(Hand(), x, null, new MonteCarloOptions { Paths = 10, Seed = 1 }));
        Assert.Contains("cell fees.protocolTakeRate = 1: fees.protocolTakeRate:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("= 0.5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_Many_Path_Runs_Are_Refused_Before_Any_Run()
    {
        var x = SweepAxis.Parse("cohorts[0].overheadUsdPerMonth=270:1070:1000");
        var y = SweepAxis.Parse("markets[0].demand.initialInferencesPerMonth=800000:1200000:1000");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ViabilityGrid.Run(Hand(), x, y, new MonteCarloOptions { Paths = 101, Seed = 1 }));
        Assert.Contains("1,000,000 cells × 101 paths is 101,000,000 path runs; at most 100,000,000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Readme_Reading_Of_The_Viable_Reference_Grid_Holds()
    {
        // README.md "Uncertainty and what-if analysis": econ sweep data/scenarios/viable-reference.json
        //   --x fees.policy.markupFraction=0:0.5:11 --y markets[0].willingnessToPay.spread=0.5:2.5:6 --paths 100
        var scenario = ScenarioLoader.Load(ScenarioSource.Shipped("viable-reference")!);
        var r = ViabilityGrid.Run(scenario, SweepAxis.Parse("fees.policy.markupFraction=0:0.5:11"), SweepAxis.Parse("markets[0].willingnessToPay.spread=0.5:2.5:6"), new MonteCarloOptions { Paths = 100, Seed = 42 });
        double P(int markupStep, int spreadStep, int after) => Math.Round(100 * r.Probability(markupStep, spreadStep, after));
        int[] spreads = [0, 1, 2, 3, 4, 5]; // 0.5, 0.9, 1.3, 1.7, 2.1, 2.5

        Assert.Equal(49, Enumerable.Range(0, r.Cells).Count(c => r.Probability(c, 24) >= 0.5));
        Assert.Equal(71, P(5, 5, 24));
        Assert.Equal(71, Enumerable.Range(0, r.Cells).Max(c => Math.Round(100 * r.Probability(c, 24))));
        Assert.Equal(42, Enumerable.Range(0, r.Cells).Max(c => Math.Round(100 * r.Probability(c, 12))));
        // The band: from a 10% markup up to 35% at spread 0.5, 40% at 0.9, the grid's end (50%) from 1.3 on.
        Assert.All(spreads, j => Assert.Equal(0, P(0, j, 24)));
        Assert.All(spreads, j => Assert.InRange(P(1, j, 24), 35, 38));
        Assert.All(spreads, j => Assert.True(P(2, j, 24) >= 50));
        Assert.True(P(7, 0, 24) >= 50 && P(8, 0, 24) < 50);
        Assert.True(P(8, 1, 24) >= 50 && P(9, 1, 24) < 50);
        Assert.All(spreads[2..], j => Assert.True(P(10, j, 24) >= 50));
        // A high markup loses users where the premium is narrowly spread, hardly any where it is wide.
        Assert.Equal((66, 42), (P(3, 0, 24), P(10, 0, 24)));
        Assert.Equal((68, 67), (P(3, 5, 24), P(10, 5, 24)));
    }
}
