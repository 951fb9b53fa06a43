using Economics.Analysis.Parameters;
using Economics.Model.Loading;

namespace Economics.Analysis.Tests.Parameters;

public sealed class ScenarioParameterTests
{
    [Theory]
    [InlineData("markets[0].willingnessToPay.spread", 2.25)]
    [InlineData("cohorts[0].gpuHourlyUsd", 3.75)]
    [InlineData("token.price.volatilityAnnual", 0.3)]
    [InlineData("token.pools[0].vestingMonths", 36.6)]
    [InlineData("cohorts[0].potentialNodes", 17)]
    [InlineData("settlement.mix.batchHashed", 0.5)]
    public void Compiled_Setter_Matches_ScenarioFields(string path, double value)
    {
        var scenario = TestScenarios.Baseline;
        var parameter = ScenarioParameter.Resolve(scenario, path);
        var compiled = parameter.With(scenario, value);
        var reflected = ScenarioFields.WithNumber(scenario, path, value);
        Assert.Equal(ScenarioLoader.ToJson(reflected), ScenarioLoader.ToJson(compiled));
        Assert.Equal(ScenarioFields.GetNumber(scenario, path), ScenarioFields.GetNumber(TestScenarios.Baseline, path));
    }

    [Fact]
    public void Setting_Leaves_The_Original_Untouched_And_Rounds_Whole_Numbers()
    {
        var scenario = TestScenarios.Baseline;
        var parameter = ScenarioParameter.Resolve(scenario, "token.pools[0].vestingMonths");
        var changed = parameter.With(scenario, 36.5);
        Assert.Equal(37, ScenarioFields.GetNumber(changed, "token.pools[0].vestingMonths"));
        Assert.Equal(60, ScenarioFields.GetNumber(scenario, "token.pools[0].vestingMonths"));
        Assert.True(parameter.IsWholeNumber);
        Assert.Equal(60, parameter.BaseValue);
    }

    [Theory]
    [InlineData("cohorts[9].gpuHourlyUsd", "cohorts[9]")]
    [InlineData("token.symbol", "not a number")]
    [InlineData("token.pools[0].stopMonth", "token.pools[0].stopMonth is not set in this scenario (null); give it a number first (in the scenario, or --set token.pools[0].stopMonth=<number>), then vary it")]
    [InlineData("demand..x", "empty field name")]
    // Computed from other fields: the compiled setter could not copy a record with it changed ("Expression must be
    // writeable", an internal error of System.Linq.Expressions, was the whole message of econ sweep).
    [InlineData("markets[0].listUsdPerRequest", "markets[0].listUsdPerRequest is not a known field")]
    [InlineData("token.pools[0].use.sum", "token.pools[0].use.sum is not a known field")]
    public void Should_Name_The_Path_When_It_Cannot_Be_Set(string path, string reason)
    {
        Assert.False(ScenarioParameter.TryResolve(TestScenarios.Baseline, path, out _, out string error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryWith_Reports_The_Validation_Problem_With_Path_And_Value()
    {
        var parameter = ScenarioParameter.Resolve(TestScenarios.Baseline, "markets[0].willingnessToPay.spread");
        Assert.False(parameter.TryWith(TestScenarios.Baseline, -1, out _, out string error));
        Assert.Contains("markets[0].willingnessToPay.spread = -1", error, StringComparison.Ordinal);
    }
}
