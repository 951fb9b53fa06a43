using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;

namespace Economics.Charts.Tests;

/// <summary>The runs the chart tests draw: the baseline, and one cohort without subsidy.</summary>
internal static class Scenarios
{
    private static readonly Lazy<SimulationResult> LazyBaseline = new(() => Simulation.Run(ScenarioLoader.Baseline));
    private static readonly Lazy<SimulationResult> LazyOneCohort = new(() => Simulation.Run(OneCohortNoEmissionsScenario()));
    private static readonly Lazy<SimulationResult> LazyStress = new(() => Simulation.Run(StressScenario()));

    public static SimulationResult Baseline => LazyBaseline.Value;

    public static SimulationResult OneCohortNoEmissions => LazyOneCohort.Value;

    /// <summary>Baseline plus MEV, an AWS outage and individual settlement: every optional series is non-zero.</summary>
    public static SimulationResult Stress => LazyStress.Value;

    public static Economics.Model.Scenarios.Scenario OneCohortNoEmissionsScenario() => ScenarioLoader.Load(ScenarioSource.FromJson("""
        {
          "name": "one-cohort-no-emissions",
          "description": "One bare-metal cohort, no emissions at all.",
          "horizonMonths": 36,
          "token": { "pools": [] },
          "cohorts": [ { "name": "solo", "provider": "baremetal", "initialNodes": 5, "gpuHourlyUsd": 1.5, "gpusPerNode": 1,
                         "overheadUsdPerMonth": 400, "capacityInferencesPerMonth": 3000000 } ],
          "uncertainty": []
        }
        """));

    public static Economics.Model.Scenarios.Scenario StressScenario() => ScenarioLoader.Load(ScenarioSource.FromJson("""
        {
          "name": "stress",
          "description": "Baseline with an on-chain ML market and its MEV, an AWS outage and more individual settlement.",
          "markets": [
            { "name": "claude_haiku_4_5", "kind": "hostedProxy", "inputTokens": 1000, "outputTokens": 500, "listUsdPerMillionInput": 1,
              "listUsdPerMillionOutput": 5, "requestCostSpread": 1,
              "demand": { "initialInferencesPerMonth": 400000, "growth": { "kind": "logistic", "monthlyRate": 0.08, "saturationInferencesPerMonth": 100000000 }, "adjustmentPerMonth": 0.3 },
              "willingnessToPay": { "medianPremium": 0.1, "spread": 1, "frictionFraction": 0.02 } },
            { "name": "onchain_ml", "kind": "onchainMl", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0,
              "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.001, "feePolicy": { "kind": "fixed", "usdPerInference": 0.001 },
              "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "compound", "monthlyRate": 0.02 }, "adjustmentPerMonth": 0.3 },
              "willingnessToPay": { "medianPremium": 0.1, "spread": 1 } } ],
          "uncertainty": [],
          "mev": { "extractionBps": 30, "visibleFlowUsdPerMonth": 1000000, "operatorShare": 0.5 },
          "settlement": { "mix": { "private": 0, "batchHashed": 0.65, "individualHashes": 0.3, "individualFull": 0.05 }, "costBorneBy": "operator" },
          "payments": { "costBorneBy": "user" },
          "events": [ { "kind": "providerOutage", "month": 30, "durationMonths": 3, "provider": "aws", "capacityLossFraction": 0.8 } ]
        }
        """));
}
