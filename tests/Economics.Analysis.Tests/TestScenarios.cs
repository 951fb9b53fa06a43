using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Analysis.Tests;

/// <summary>Scenarios for tests, built from the embedded baseline with overrides.</summary>
internal static class TestScenarios
{
    public static Scenario Baseline { get; } = ScenarioLoader.Baseline;

    /// <summary>The baseline with overrides (<c>path=value</c>, JSON values).</summary>
    public static Scenario With(params string[] overrides) =>
        ScenarioLoader.Load(ScenarioSource.Baseline, overrides.Select(ScenarioOverride.Parse));

    /// <summary>A scenario from JSON text layered over the baseline.</summary>
    public static Scenario FromJson(string json) => ScenarioLoader.Load(ScenarioSource.FromJson(json));
}
