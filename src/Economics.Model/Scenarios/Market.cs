using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>
/// One thing the network sells: a class of hosted models a gateway proxies (priced per token in and out by the
/// provider), an open model served on GPUs, or on-chain ML calls. Demand, willingness to pay, the fee and the
/// per-request cap are per market; cohorts list the markets they serve.
/// </summary>
/// <remarks>The list price per request is <c>(inputTokens·listUsdPerMillionInput + outputTokens·listUsdPerMillionOutput)/10⁶</c>:
/// for a hosted model it is both a gateway's upstream cost and the user's outside option (calling the provider
/// directly).</remarks>
public sealed record Market
{
    /// <summary>Identifier used in <c>markets.csv</c> and by <c>cohorts[].markets</c>: lower case letters, digits, '_'.</summary>
    public required string Name { get; init; }

    /// <summary>What is sold: <c>hostedProxy</c> (a provider's model through a TEE gateway), <c>openModel</c> or
    /// <c>onchainMl</c> (the alpha-testnet PIPE path; the only kind MEV applies to).</summary>
    public required MarketKind Kind { get; init; }

    /// <summary>Mean input tokens per request. Unit: tokens/request. Range: ≥ 0.</summary>
    public required double InputTokens { get; init; }

    /// <summary>Mean output tokens per request. Unit: tokens/request. Range: ≥ 0.</summary>
    public required double OutputTokens { get; init; }

    /// <summary>List price of input tokens. Unit: USD/million tokens. Range: ≥ 0.</summary>
    public required double ListUsdPerMillionInput { get; init; }

    /// <summary>List price of output tokens. Unit: USD/million tokens. Range: ≥ 0.</summary>
    public required double ListUsdPerMillionOutput { get; init; }

    /// <summary>The user's outside option per request where it differs from the list price (e.g. open-model hosts);
    /// null: the list price per request. Unit: USD/request. Range: 10⁻⁹ to 10¹⁵.</summary>
    public double? OutsideUsdPerInference { get; init; }

    /// <summary>Base demand and how the accepted share adjusts.</summary>
    public required MarketDemand Demand { get; init; }

    /// <summary>How much extra users pay for verified inference (lognormal across users).</summary>
    public required WillingnessToPay WillingnessToPay { get; init; }

    /// <summary>Lognormal σ of request cost around its mean (request sizes vary): the per-request cap rejects the
    /// largest requests first. Unit: dimensionless. Range: 0 to 5. Default 0 (every request costs the mean).</summary>
    public double RequestCostSpread { get; init; }

    /// <summary>This market's fee policy; null uses <c>fees.policy</c>.</summary>
    public FeePolicy? FeePolicy { get; init; }

    /// <summary>List price per request. Unit: USD/request.</summary>
    [JsonIgnore]
    public double ListUsdPerRequest => ((InputTokens * ListUsdPerMillionInput) + (OutputTokens * ListUsdPerMillionOutput)) / 1e6;

    /// <summary>The outside option per request: <see cref="OutsideUsdPerInference"/> or the list price. Unit: USD/request.</summary>
    [JsonIgnore]
    public double OutsideUsdPerRequest => OutsideUsdPerInference ?? ListUsdPerRequest;
}
