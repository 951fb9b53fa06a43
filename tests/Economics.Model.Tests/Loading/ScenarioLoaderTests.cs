using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Model.Tests.Loading;

public sealed class ScenarioLoaderTests
{
    private static ScenarioLoadResult LoadJson(string json, params string[] overrides) =>
        ScenarioLoader.TryLoad(ScenarioSource.FromJson(json), overrides.Select(ScenarioOverride.Parse));

    [Fact]
    public void Baseline_Is_Valid()
    {
        var result = ScenarioLoader.TryLoad(ScenarioSource.Baseline);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("baseline", result.Scenario!.Name);
        Assert.Equal(2, result.Scenario.Cohorts.Count);
        Assert.Single(result.Scenario.Cohorts, c => c.Kind == Economics.Model.Scenarios.CohortKind.Validator);
        Assert.Equal(3, result.Scenario.Markets.Count);
        Assert.Equal(7, result.Scenario.Token.Pools.Count);
    }

    [Fact]
    public void The_Exception_Counts_Its_Problems_In_Words()
    {
        var one = new InvalidScenarioException([new ScenarioProblem("horizonMonths", "must be ≥ 1")]);
        var two = new InvalidScenarioException([new ScenarioProblem("a", "x"), new ScenarioProblem("b", "y")]);

        Assert.StartsWith("The scenario has 1 problem:", one.Message, StringComparison.Ordinal);
        Assert.StartsWith("The scenario has 2 problems:", two.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_Document_Takes_Every_Field_From_The_Baseline()
    {
        var result = LoadJson("{}");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(ScenarioLoader.Baseline.HorizonMonths, result.Scenario!.HorizonMonths);
    }

    [Fact]
    public void Unknown_Field_Mix_Sum_And_Negative_Nodes_Are_Reported_Together()
    {
        // Given three independent mistakes
        const string json = """
        {
          "horizonMonth": 60,
          "settlement": { "mix": { "private": 0.5, "batchHashed": 0.75, "individualHashes": 0, "individualFull": 0.05 } },
          "cohorts": [ { "name": "a", "provider": "aws", "initialNodes": -3, "gpuHourlyUsd": 0, "gpusPerNode": 0,
                         "overheadUsdPerMonth": 1, "capacityInferencesPerMonth": 1 } ]
        }
        """;

        // When loaded
        var result = LoadJson(json);

        // Then all three are reported in one run: the typo is set aside so the range rules still run
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Path == "horizonMonth" && p.Message.Contains("did you mean 'horizonMonths'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path == "settlement.mix" && p.Message.Contains("shares sum to 1.3; they must sum to 1", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path == "cohorts[0].initialNodes" && p.Message.Contains("is -3", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_Type_Does_Not_Stop_The_Range_Rules_Of_Other_Fields()
    {
        // A scalar of the wrong type is reported, and the baseline's value stands in so the rest is still range-checked.
        var result = LoadJson("""{ "horizonMonths": "x", "mev": { "operatorShare": 2 } }""");
        Assert.Equal(["horizonMonths", "mev.operatorShare"], result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Wrong_Shape_Stops_Before_The_Range_Rules()
    {
        // A number where an object goes leaves no record to range-check, so only shape problems are reported.
        var result = LoadJson("""{ "settlement": 5, "mev": { "operatorShare": 2 } }""");
        var problem = Assert.Single(result.Problems);
        Assert.Equal("settlement", problem.Path);
    }

    [Fact]
    public void Loading_Does_Not_Modify_The_Callers_Document()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(ScenarioLoader.BaselineJson, ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions)!.AsObject();
        document["typo"] = 1;
        var result = ScenarioLoader.FromDocument(document);
        Assert.Contains(result.Problems, p => p.Path == "typo");
        Assert.True(document.ContainsKey("typo"));
    }

    [Fact]
    public void Range_Problems_Are_All_Reported_At_Once()
    {
        const string json = """
        {
          "settlement": { "mix": { "private": 0.5, "batchHashed": 0.75, "individualHashes": 0, "individualFull": 0.05 } },
          "cohorts": [ { "name": "a", "provider": "aws", "initialNodes": -3, "gpuHourlyUsd": 0, "gpusPerNode": 0,
                         "overheadUsdPerMonth": 1, "capacityInferencesPerMonth": 1 } ]
        }
        """;
        var result = LoadJson(json);
        Assert.Contains(result.Problems, p => p.Path == "settlement.mix" && p.Message.Contains("sum to 1.3", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path == "cohorts[0].initialNodes");
    }

    [Fact]
    public void Override_Sets_Nested_And_Array_Fields()
    {
        var result = LoadJson("{}", "token.pools[0].stopMonth=24", "cohorts[0].initialNodes=40", "settlement.mix.private=0.25", "settlement.mix.batchHashed=0.74");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(24, result.Scenario!.Token.Pools[0].StopMonth);
        Assert.Equal(40, result.Scenario.Cohorts[0].InitialNodes);
        Assert.Equal(0.25, result.Scenario.Settlement.Mix.Private);
    }

    [Fact]
    public void Override_With_Wrong_Type_Names_The_Path()
    {
        var result = LoadJson("{}", "horizonMonths=abc");
        var problem = Assert.Single(result.Problems);
        Assert.Equal("horizonMonths", problem.Path);
        Assert.Contains("whole number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_Change_Replaces_The_Schedule()
    {
        var result = LoadJson("""{ "token": { "pools": [ { "name": "a", "share": 0.1, "payout": { "kind": "tokensPerMonth", "tokens": 5 }, "use": { "held": 1 } } ] }, "uncertainty": [] }""", "token.pools[0].payout={\"kind\":\"shareOfBalance\",\"fraction\":0.5}");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(0.5, Assert.IsType<ShareOfBalancePayout>(result.Scenario!.Token.Pools[0].Payout).Fraction);
    }
}
