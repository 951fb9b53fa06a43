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

    /// <summary>
    /// The hand-computable network of <c>tests/Fixtures/hand-computable.json</c> (its comment works out the answers)
    /// with the fixed fee and the uncertainty list given: profit per month = 1,000,000 × fee × 0.9 − 2,000, so the
    /// break-even fee is 2,000 / 900,000 USD.
    /// </summary>
    public static Scenario HandComputable(double feeUsd = 0.003, string uncertaintyJson = "[]") =>
        ScenarioLoader.Load(
            ScenarioSource.FromFile(HandComputablePath),
            [
                ScenarioOverride.Number("fees.policy.usdPerInference", feeUsd),
                ScenarioOverride.Parse("uncertainty=" + uncertaintyJson),
            ]);

    /// <summary>Path of the shared hand-computable scenario file.</summary>
    public static string HandComputablePath { get; } = FindFixture("hand-computable.json");

    private static string FindFixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Fixtures", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/Fixtures/" + name + " not found above " + AppContext.BaseDirectory);
    }
}
