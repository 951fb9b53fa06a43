using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>
/// Every assumption of one run of the model: the network's token and its allocation pools, its markets, fees, payment rails,
/// settlement, MEV, operator cohorts, events and the uncertainty around them.
/// </summary>
/// <remarks>
/// A scenario is read from one JSON file (camelCase). Fields a file leaves out take their value from the
/// baseline scenario (<c>data/scenarios/baseline.json</c>, embedded in the package) or from the scenario named
/// by <see cref="Base"/>; so a file states only what differs. Build one with
/// <see cref="Loading.ScenarioLoader"/>, which merges, applies overrides and validates.
/// Every amount (tokens, USD, inferences, gas units, bytes, nodes) is a finite number of at most 10¹⁵
/// (<see cref="Validation.ScenarioValidator.MaxAmount"/>), so that products of amounts stay finite.
/// Instances are immutable and thread safe.
/// </remarks>
public sealed record Scenario
{
    /// <summary>The JSON schema the file declares (for editors); ignored by the model.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Relative path of a scenario this one extends (deep merge); null extends the baseline.</summary>
    public string? Base { get; init; }

    /// <summary>Short name used for the output folder (<c>out/&lt;name&gt;/</c>). Letters, digits, '-' and '_'.</summary>
    public required string Name { get; init; }

    /// <summary>What question the scenario answers, in one or two sentences.</summary>
    public required string Description { get; init; }

    /// <summary>Number of months simulated. Unit: months. Range: 1–1200.</summary>
    public required int HorizonMonths { get; init; }

    /// <summary>Calendar month of model month 0, as <c>yyyy-MM</c>; used for dates on chart axes. The month after the
    /// horizon must be at most 9999-12 (the last month a date can have).</summary>
    public required string StartMonth { get; init; }

    /// <summary>The network's token: supply and price.</summary>
    public required TokenAssumptions Token { get; init; }

    /// <summary>What the network sells: hosted-model classes proxied at list price, open models, on-chain ML calls;
    /// each with its demand, willingness to pay and outside option.</summary>
    public required IReadOnlyList<Market> Markets { get; init; }

    /// <summary>When the network counts as viable in a month (docs/DESIGN.md "Definitions").</summary>
    public required ViabilityRule Viability { get; init; }

    /// <summary>Per-inference fee policy and how fees are paid.</summary>
    public required FeeAssumptions Fees { get; init; }

    /// <summary>x402 payments and Permit2 approvals.</summary>
    public required PaymentAssumptions Payments { get; init; }

    /// <summary>The payment chain (Base) and the settlement chain (OG).</summary>
    public required ChainsAssumptions Chains { get; init; }

    /// <summary>Settlement of inferences on the OG chain and Walrus, by SDK tier.</summary>
    public required SettlementAssumptions Settlement { get; init; }

    /// <summary>MEV from PIPE pre-execution (early visibility of transactions).</summary>
    public required MevAssumptions Mev { get; init; }

    /// <summary>Operator cohorts: kinds of node with their costs, capacity and entry/exit behaviour.</summary>
    public required IReadOnlyList<Cohort> Cohorts { get; init; }

    /// <summary>Dated shocks: outages, cost changes, gas spikes, price and demand shocks.</summary>
    public required IReadOnlyList<ScenarioEvent> Events { get; init; }

    /// <summary>Uncertain inputs for Monte Carlo and the tornado.</summary>
    public required IReadOnlyList<UncertainInput> Uncertainty { get; init; }

    /// <summary>Monte Carlo settings.</summary>
    public required MonteCarloSettings MonteCarlo { get; init; }
}
