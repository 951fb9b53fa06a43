using System.Globalization;
using Economics.Analysis.Output;
using Economics.Model.Engine;

namespace Economics.Analysis.Tests.Output;

/// <summary><c>markets.csv</c>: one row per month and market, with the run's values.</summary>
public sealed class MarketsTableTests
{
    [Fact]
    public void One_row_per_month_and_market_whose_values_are_the_runs()
    {
        var r = Simulation.Run(TestScenarios.Baseline);
        string[] lines = MarketsTable.ToCsv(r).TrimEnd('\n').Split('\n');

        Assert.Equal(string.Join(",", MarketsTable.Header), lines[0]);
        Assert.Equal(1 + (r.Months * r.Markets.Count), lines.Length);
        string[] first = lines[1].Split(',');
        Assert.Equal(["0", "2026-04", "claude_haiku_4_5", "hostedProxy"], first.Take(4));
        Assert.Equal(r.Markets[0].Served[0], double.Parse(first[8], CultureInfo.InvariantCulture));
        Assert.Equal(r.Markets[0].Fee[0], double.Parse(first[11], CultureInfo.InvariantCulture));

        // Per month, the markets' served requests sum to the network's.
        double served = Enumerable.Range(0, r.Markets.Count).Sum(m => double.Parse(lines[1 + m].Split(',')[8], CultureInfo.InvariantCulture));
        Assert.Equal(r.Served[0], served, r.Served[0] * 1e-12);
    }
}
