using Economics.Analysis.Sweeps;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;

namespace Economics.Analysis.Tests.Sweeps;

public sealed class ParameterSweepTests
{
    [Fact]
    public void Grid_Values_Equal_Individual_Runs()
    {
        var scenario = TestScenarios.Baseline;
        var x = SweepAxis.Parse("fees.policy.markupFraction=0:1:3");
        var y = SweepAxis.Parse("token.pools[0].vestingMonths=24:72:3");
        var result = ParameterSweep.Run(scenario, x, y, ["survivingNodes", "cumulativeOperatorProfit"], threads: 2);

        Assert.Equal(9, result.Values.Count);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                var single = ScenarioFields.WithNumber(ScenarioFields.WithNumber(scenario, x.Path, x.Values[i]), y.Path, y.Values[j]);
                var summary = Simulation.Run(single).Summary;
                Assert.Equal(summary.SurvivingNodes, result.At(i, j, "survivingNodes"));
                Assert.Equal(SummaryMetrics.Get(summary, "cumulativeOperatorProfit"), result.At(i, j, "cumulativeOperatorProfit"));
                Assert.Equal(y.Values[j], result.YValues[i * 3 + j]);
            }
        }
    }

    [Fact]
    public void Same_Grid_At_One_And_Two_Threads_Gives_The_Same_Csv()
    {
        var x = SweepAxis.Parse("markets[0].willingnessToPay.spread=0.5:2.5:7");
        var one = ParameterSweep.Run(TestScenarios.Baseline, x, null, ["survivingNodes"], threads: 1);
        var two = ParameterSweep.Run(TestScenarios.Baseline, x, null, ["survivingNodes"], threads: 2);
        Assert.Equal(one.ToCsv(), two.ToCsv());
        Assert.StartsWith("x_path,x,y_path,y,metric,value\nmarkets[0].willingnessToPay.spread,0.5,,,survivingNodes,", one.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Higher_Fixed_Fee_Never_Lowers_Hand_Computed_Profit()
    {
        // Demand does not respond to price in the hand-computable scenario: profit is linear and increasing in the fee.
        var result = ParameterSweep.Run(TestScenarios.HandComputable(), SweepAxis.Parse("fees.policy.usdPerInference=0.001:0.01:10"), null, ["cumulativeOperatorProfit"]);
        var profits = Enumerable.Range(0, 10).Select(i => result.At(i, 0, "cumulativeOperatorProfit")).ToArray();
        for (int i = 1; i < profits.Length; i++)
        {
            Assert.True(profits[i] > profits[i - 1]);
        }

        Assert.Equal(12 * (1_000_000 * 0.001 * 0.9 - 2000), profits[0], 6);
    }

    [Fact]
    public void Should_Bound_The_Grid_Size()
    {
        var x = new SweepAxis("markets[0].willingnessToPay.spread", 0, 1, 1001);
        var y = new SweepAxis("fees.protocolTakeRate", 0, 0.5, 1001);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ParameterSweep.Run(TestScenarios.Baseline, x, y, ["survivingNodes"]));
        Assert.Contains("1,002,001 cells", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Name_The_Path_And_Value_When_A_Corner_Is_Invalid()
    {
        var e = Assert.Throws<ArgumentException>(() => ParameterSweep.Run(TestScenarios.Baseline, SweepAxis.Parse("fees.protocolTakeRate=0:1.5:4"), null, ["survivingNodes"]));
        Assert.Contains("fees.protocolTakeRate = 1.5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Validate_Every_Cell_Between_Valid_Corners()
    {
        // Issue 15 item 17: a node capacity is 0 (none) or 1 to 1e15, so the corners 0 and 1 are valid and the cell
        // between them (0.5, which validation rejects) was run. Every cell now goes through the validator.
        var e = Assert.Throws<ArgumentException>(() => ParameterSweep.Run(TestScenarios.Baseline, SweepAxis.Parse("cohorts[0].capacityInferencesPerMonth=0:1:3"), null, ["survivingNodes"]));
        Assert.Contains("cell 2 of 3 (cohorts[0].capacityInferencesPerMonth = 0.5)", e.Message, StringComparison.Ordinal);
        Assert.Contains("cohorts[0].capacityInferencesPerMonth: is 0.5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Name_The_First_Invalid_Cell_Of_A_Grid_By_Both_Values_At_Any_Thread_Count()
    {
        // 2 × 5 grid; the capacity values 0.25, 0.5, 0.75 are invalid in both rows: the first is cell 2 (x = 0, y = 0.25).
        var x = SweepAxis.Parse("fees.policy.markupFraction=0:1:2");
        var y = SweepAxis.Parse("cohorts[0].capacityInferencesPerMonth=0:1:5");
        string Message(int threads) => Assert.Throws<ArgumentException>(() => ParameterSweep.Run(TestScenarios.Baseline, x, y, ["survivingNodes"], threads)).Message;
        string one = Message(1);
        Assert.Contains("cell 2 of 10 (fees.policy.markupFraction = 0, cohorts[0].capacityInferencesPerMonth = 0.25)", one, StringComparison.Ordinal);
        Assert.Contains("6 of the 10 cells are invalid", one, StringComparison.Ordinal);
        Assert.Equal(one, Message(2));
    }

    [Fact]
    public void Should_Refuse_A_Whole_Number_Axis_Whose_Values_Round_Together()
    {
        // 12, 12.5, 13 months: 12.5 would run as 13 (halves away from zero), a second copy of the cell at 13.
        var e = Assert.Throws<ArgumentException>(() => ParameterSweep.Run(TestScenarios.Baseline, SweepAxis.Parse("horizonMonths=12:13:3"), null, ["survivingNodes"]));
        Assert.StartsWith(
            "sweep axis horizonMonths=12:13:3: horizonMonths holds whole numbers, and 3 values from 12 to 13 round to 2 distinct ones (12, 13, 13); a whole-number axis from 12 to 13 has at most |hi − lo| + 1 = 2 values",
            e.Message,
            StringComparison.Ordinal);
        Assert.Equal("x", e.ParamName);
    }

    [Fact]
    public void A_Whole_Number_Axis_Of_Uneven_Steps_Runs_At_The_Rounded_Values()
    {
        // 12 … 96 in 10 values steps 9.33 months: every value rounds to a different whole month, so the grid runs.
        var r = ParameterSweep.Run(TestScenarios.Baseline, SweepAxis.Parse("token.pools[0].vestingMonths=12:96:10"), null, ["survivingNodes"]);
        Assert.Equal([12.0, 21, 31, 40, 49, 59, 68, 77, 87, 96], r.XValues);
    }

    [Fact]
    public void Should_Name_An_Unknown_Path()
    {
        var e = Assert.Throws<ArgumentException>(() => ParameterSweep.Run(TestScenarios.Baseline, SweepAxis.Parse("fees.policy.nope=0:1:2"), null, ["survivingNodes"]));
        Assert.Contains("fees.policy.nope", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_Csv_Is_Streamed_To_The_File_With_The_Same_Text()
    {
        // Issue 15 item 6: the CSV was built as one string (9.3 GB at 1,000,000 cells); Write now streams it.
        Assert.True(SweepAxis.TryParse("fees.policy.markupFraction=0:1.2:7", out var x, out _));
        Assert.True(SweepAxis.TryParse("markets[0].demand.growth.monthlyRate=0.02:0.12:3", out var y, out _));
        var result = ParameterSweep.Run(TestScenarios.Baseline, x!, y, ["survivingNodes", "viabilityCliffMonth"], threads: 2);
        string folder = Path.Combine(Path.GetTempPath(), "econ-sweep-" + Guid.NewGuid().ToString("N"));
        try
        {
            string file = result.Write(folder);
            Assert.Equal(result.ToCsv(), File.ReadAllText(file));
            Assert.Equal(1 + 7 * 3 * 2, File.ReadAllLines(file).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
