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
    /// A hand-computable network: one cohort of 2 nodes costing 1,000 USD/node-month (1 GPU × 1 USD/h × 730 h +
    /// 270 overhead), no stake, no emissions, constant demand of 1,000,000 inferences/month (capacity 2,000,000),
    /// no price response, gas paid by users, take rate 10%, no entry or exit. Profit per month =
    /// 1,000,000 × fee × 0.9 − 2,000, so the break-even fee is 2,000 / 900,000 USD.
    /// </summary>
    public static Scenario HandComputable(double feeUsd = 0.003, string uncertaintyJson = "[]") => FromJson($$"""
        {
          "name": "hand",
          "horizonMonths": 12,
          "token": { "price": { "kind": "constant", "usd": 1 } },
          "emissions": { "schedule": { "kind": "constant", "tokensPerMonth": 0 } },
          "unlocks": [],
          "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "priceElasticity": 0 },
          "fees": { "policy": { "kind": "fixed", "usdPerInference": {{feeUsd.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }, "protocolTakeRate": 0.1, "buybackShareOfProtocolFees": 0 },
          "payments": { "gasPaidBy": "user" },
          "settlement": { "gasPaidBy": "user" },
          "cohorts": [
            { "name": "only", "provider": "baremetal", "initialNodes": 2, "gpuHourlyUsd": 1, "gpusPerNode": 1, "overheadUsdPerMonth": 270,
              "capacityInferencesPerMonth": 1000000, "teeOverheadFraction": 0, "variableUsdPerInference": 0, "stakeTokens": 0,
              "costOfCapitalAnnual": 0, "emissionWeight": 1,
              "entry": { "monthlyRate": 0, "minMargin": 0, "maxNodes": 2 }, "exit": { "monthlyRate": 0, "patienceMonths": 0 } }
          ],
          "events": [],
          "uncertainty": {{uncertaintyJson}}
        }
        """);
}
