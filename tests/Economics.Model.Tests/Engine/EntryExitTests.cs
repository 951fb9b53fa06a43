namespace Economics.Model.Tests.Engine;

/// <summary>Rule 8: nodes enter while the margin is high enough and leave after a run of losses.</summary>
public sealed class EntryExitTests
{
    private static string Cohort(string entry, string exit) => $$"""
        { "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0,
                         "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000,
                         "entry": {{entry}}, "exit": {{exit}} } ] }
        """;

    private const string NoEntry = """{ "monthlyRate": 0, "minMargin": 0, "maxNodes": 0 }""";

    [Fact]
    public void Nodes_Grow_While_Margin_Reaches_Min_Margin_Up_To_Max_Nodes()
    {
        // No emissions: fees 10,000 vs costs 500·N (margin ≥ 0.5 up to N = 13.3): 10, 11, 12.1, then capped at 13.
        var r = TestScenarios.RunSimple(
            """{ "token": { "pools": [] } }""",
            Cohort("""{ "monthlyRate": 0.1, "minMargin": 0.5, "maxNodes": 13 }""", """{ "monthlyRate": 0, "patienceMonths": 0 }"""));
        Assert.Equal([10, 11, 12.1, 13, 13], r.NodesTotal.Take(5).Select(n => Math.Round(n, 9)));
    }

    [Fact]
    public void Nodes_Do_Not_Grow_Below_Min_Margin()
    {
        // Margin 1.4 < 2.
        var r = TestScenarios.RunSimple(Cohort("""{ "monthlyRate": 0.1, "minMargin": 2, "maxNodes": 100 }""", """{ "monthlyRate": 0, "patienceMonths": 0 }"""));
        Assert.All(r.NodesTotal, n => Assert.Equal(10, n));
    }

    [Theory]
    [InlineData(0, new[] { 10.0, 5, 2.5, 1.25 })]
    [InlineData(2, new[] { 10.0, 10, 10, 5, 2.5 })]
    public void Nodes_Leave_Once_Losses_Outlast_Patience(int patience, double[] expected)
    {
        // Fee 0.001: revenue 1,000 (no emissions) vs costs 5,000 → a loss every month. With patience k the loss
        // months 0 … k are tolerated and the nodes of month k + 1 are fewer.
        var r = TestScenarios.RunSimple(
            """{ "token": { "pools": [] }, "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.001 } } }""",
            Cohort(NoEntry, $$"""{ "monthlyRate": 0.5, "patienceMonths": {{patience}} }"""));
        Assert.Equal(expected, r.NodesTotal.Take(expected.Length));
    }

    [Fact]
    public void A_Profitable_Month_Resets_Patience()
    {
        // Fee 0.004, costs 5,000: demand 1e6 loses 1,000; month 2 (demand 2e6) earns 3,000.
        // Losses in months 0, 1 | profit 2 | losses 3, 4, 5 → with patience 2, the nodes of month 6 halve.
        // Then 5 nodes cost 2,500 against 4,000 of fees: no more exits.
        var r = TestScenarios.RunSimple(
            """{ "token": { "pools": [] }, "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.004 } } }""",
            """{ "demand": { "growth": { "kind": "table", "inferencesPerMonth": [1000000, 1000000, 2000000, 1000000] } } }""",
            Cohort(NoEntry, """{ "monthlyRate": 0.5, "patienceMonths": 2 }"""));
        Assert.Equal([10, 10, 10, 10, 10, 10, 5, 5, 5], r.NodesTotal.Take(9));
    }
}
