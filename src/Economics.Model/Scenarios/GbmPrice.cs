using System.Text.Json.Serialization;

namespace Economics.Model.Scenarios;

/// <summary>
/// A geometric Brownian motion market factor with the pool's price impact on top:
/// <c>F(t+1) = F(t)·exp(μ − σ²/2 + σZ)</c> with monthly μ = drift/12 and σ = volatility/√12, and
/// <c>P = max(floor, F·exp(L))</c> with L the decaying log impact of the net flows (<see cref="TokenLiquidity"/>).
/// A deterministic run uses Z = 0 (the median path); Monte Carlo draws Z.
/// </summary>
public sealed record GbmPrice : PriceModel
{
    /// <summary>Price at month 0. Unit: USD per token. Range: &gt; 0.</summary>
    public required double InitialUsd { get; init; }

    /// <summary>Annual drift μ of the log price. Unit: per year (0.1 = +10%/yr).</summary>
    public required double DriftAnnual { get; init; }

    /// <summary>Annual volatility σ of the log price. Unit: per √year. Range: ≥ 0.</summary>
    public required double VolatilityAnnual { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override double StartUsd => InitialUsd;
}
