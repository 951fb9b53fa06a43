using System.Text.Json.Nodes;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Model.Tests.Engine;

/// <summary>
/// Small scenarios for engine tests, built through <see cref="ScenarioLoader"/> (so they are validated) from
/// JSON layers over the baseline, or with <c>with</c> expressions on a loaded scenario.
/// </summary>
internal static class TestScenarios
{
    /// <summary>
    /// A scenario whose months can be worked out by hand: 12 months, constant price 2 USD/token, 1,000 tokens
    /// per month all to operators (one pool <c>ops</c> of 1,000,000 tokens releasing 1,000 a month), flat demand of 1,000,000 inferences/month in one open-model market <c>m</c> with no price response (outside price
    /// 0.01, a median premium of 100× that every user accepts), a fixed
    /// fee of 0.01 USD paid in a stablecoin with no protocol take, free rails, nothing on-chain, no MEV; one
    /// cohort <c>a</c> (provider <c>p</c>) of 10 nodes costing 500 USD/node-month with capacity 200,000
    /// inferences/node-month and no entry or exit.
    /// Month by month: served 1,000,000; fee revenue 10,000; subsidy revenue 2,000; costs 5,000; profit 7,000.
    /// </summary>
    public const string SimpleJson = """
    {
      "name": "simple", "description": "hand-checkable engine test scenario",
      "horizonMonths": 12,
      "token": { "maxSupply": 1000000000, "price": { "kind": "constant", "usd": 2 },
                 "liquidity": { "usdReserve": 1000000, "scaling": "constant", "swapFeeFraction": 0, "impactHalfLifeMonths": 1000000, "priceFloorUsd": 1e-12 }, "operatorSellFraction": 0.5, "subsidyBasis": "perNode",
                 "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 },
                              "use": { "operators": 1 } } ] },
      "markets": [ { "name": "m", "kind": "openModel", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0,
                     "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01,
                     "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 1 },
                     "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ],
      "fees": { "paidIn": "stablecoin", "policy": { "kind": "fixed", "usdPerInference": 0.01 }, "protocolTakeRate": 0, "buybackShareOfProtocolFees": 0 },
      "payments": { "scheme": "exact", "requestsPerSettle": 1, "settleGasUnits": 0, "batchSettleGasUnits": 0, "approvalGasUnits": 0,
                    "requestsPerApproval": 1, "approvalSponsored": false,
                    "facilitator": { "kind": "own", "freeTransactionsPerMonth": 0, "usdPerTransaction": 0, "maxFeeGwei": 1, "priorityFeeGwei": 0 },
                    "costBorneBy": "user" },
      "chains": { "base": { "gasPriceGwei": 0, "ethUsd": 2000, "l1DataFeeUsdPerTx": 0 }, "og": { "gasPriceGwei": 0 } },
      "settlement": { "mix": { "private": 1, "batchHashed": 0, "individualHashes": 0, "individualFull": 0 }, "costBorneBy": "operator",
                      "history": { "fullNodes": 0, "usdPerGbMonth": 0 } },
      "mev": { "extractionBps": 0, "visibleFlowUsdPerMonth": 0, "operatorShare": 0 },
      "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0,
                     "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000 } ],
      "events": [],
      "uncertainty": []
    }
    """;

    private static readonly Lazy<Scenario> LazyBaseline = new(() => ScenarioLoader.Baseline);

    /// <summary>An overlay that replaces the simple scenario's one market <c>m</c> (outside price 0.01, no price
    /// response) by one with <paramref name="initial"/> requests in month 0, the given growth, willingness to pay and
    /// other market fields (JSON fragments).</summary>
    public static string Market(double initial = 1e6, string? growth = null, string? willingnessToPay = null, string? extra = null, string kind = "openModel") => $$"""
        { "markets": [ { "name": "m", "kind": "{{kind}}", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0,
                         "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01,
                         "demand": { "initialInferencesPerMonth": {{initial.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}},
                                     "growth": {{growth ?? """{ "kind": "compound", "monthlyRate": 0 }"""}}, "adjustmentPerMonth": 1 },
                         "willingnessToPay": {{willingnessToPay ?? """{ "medianPremium": 100, "spread": 0 }"""}}{{(extra is null ? "" : ", " + extra)}} } ] }
        """;

    /// <summary>The baseline scenario (loaded once).</summary>
    public static Scenario Baseline => LazyBaseline.Value;

    /// <summary>The simple scenario with <paramref name="overlays"/> merged over it, in order (JSON objects merge
    /// key by key; arrays and other values replace).</summary>
    public static Scenario Simple(params string[] overlays) => Load([SimpleJson, .. overlays]);

    /// <summary>Runs <see cref="Simple"/> with the overlays.</summary>
    public static SimulationResult RunSimple(params string[] overlays) => Simulation.Run(Simple(overlays));

    /// <summary>The baseline with <paramref name="overlays"/> merged over it.</summary>
    public static Scenario FromBaseline(params string[] overlays) => Load(overlays);

    /// <summary>Merges JSON layers (over the embedded baseline) and loads them; fails the test on any problem.</summary>
    public static Scenario Load(params string[] layers)
    {
        JsonNode? merged = new JsonObject();
        foreach (string layer in layers)
        {
            merged = JsonMerge.Merge(merged, JsonNode.Parse(layer, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip }));
        }

        var result = ScenarioLoader.TryLoad(ScenarioSource.FromJson(merged!.ToJsonString()));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    /// <summary>Sets a numeric field by JSON path (no re-validation; keep values in range).</summary>
    public static Scenario With(this Scenario scenario, string path, double value) =>
        ScenarioFields.WithNumber(scenario, path, value);

    /// <summary>Sum of the first <paramref name="months"/> values (all when null).</summary>
    public static double Sum(this IReadOnlyList<double> values, int? months = null) =>
        values.Take(months ?? values.Count).Sum();
}
