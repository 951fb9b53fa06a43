using Economics.Model.Scenarios;

namespace Economics.Analysis.Stress;

/// <summary>
/// The shock axes of the reverse stress test and how a shock of size s maps to the scenario (docs/MODEL.md "Reverse
/// stress test"). Event shocks last from the shock month to the end of the horizon; field shocks hold in every month.
/// </summary>
public static class StressAxes
{
    /// <summary>Largest drop of the token price, demand or list prices searched (a drop of 1 would zero them). Unit: fraction.</summary>
    public const double MaxDrop = 0.99;

    /// <summary>Largest Base gas spike searched: the gas price and the L1 fee × (1 + s), up to × 101 (estimate: Base's
    /// 0.005 gwei floor to 0.5 gwei, a heavy congestion). Unit: multiple − 1.</summary>
    public const double MaxGasSpike = 100;

    /// <summary>Largest AWS price increase searched: AWS cohorts' fixed node costs × (1 + s), up to × 3 (estimate: a repricing
    /// of enclave instances and egress well beyond aws-outage.json's × 1.5). Unit: multiple − 1.</summary>
    public const double MaxAwsPriceIncrease = 2;

    /// <summary>The provider the AWS axes shock (<c>cohorts[].provider</c>, compared case-insensitively as rule 4 does).</summary>
    public const string AwsProvider = "aws";

    /// <summary>Name of the combined axis: every axis at λ times its <see cref="StressAxis.Max"/>, λ ∈ [0, 1].</summary>
    public const string Combined = "combined";

    /// <summary>The combined direction as an axis: λ ∈ [0, 1].</summary>
    public static StressAxis CombinedAxis { get; } = new(Combined, "Combined: every axis together", "λ: each axis at λ × its maximum", 1.0,
        "every axis's mapping at once, each at λ × its maximum");

    /// <summary>The seven axes, in report order.</summary>
    public static IReadOnlyList<StressAxis> All { get; } =
    [
        new("tokenPrice", "Token price drop", "fraction of the price lost", MaxDrop,
            "a tokenPriceShock event with multiplier 1 − s"),
        new("demand", "Demand drop", "fraction of base demand lost", MaxDrop,
            "a demandShock event with multiplier 1 − s"),
        new("baseGas", "Base gas spike", "gas price × (1 + s)", MaxGasSpike,
            "a gasSpike event with multiplier 1 + s (Base's base fee and L1 data fee)"),
        new("awsPrice", "AWS price increase", "AWS node costs × (1 + s)", MaxAwsPriceIncrease,
            "a providerCostChange event for provider aws with multiplier 1 + s"),
        new("awsOutage", "AWS outage", "fraction of AWS capacity lost", 1.0,
            "a providerOutage event for provider aws with capacityLossFraction s"),
        new("unlockSelling", "Unlock selling", "fraction of unsold unlocked tokens sold too", 1.0,
            "every token.pools[i].sellFraction raised to sellFraction + s·(1 − sellFraction), all months"),
        new("listPrice", "Upstream list-price cut", "fraction of the provider's list price cut", MaxDrop,
            "every markets[m].listUsdPerMillionInput/Output (and outsideUsdPerInference when set) × (1 − s), all months"),
    ];

    /// <summary>The axis named <paramref name="name"/>, or null.</summary>
    public static StressAxis? Find(string name) => All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));

    /// <summary>The scenario shocked by <paramref name="size"/> on <paramref name="axis"/> (or, for
    /// <see cref="Combined"/>, every axis at <paramref name="size"/> × its maximum) from <paramref name="shockMonth"/>.</summary>
    public static Scenario Apply(Scenario scenario, string axis, double size, int shockMonth)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (axis == Combined)
        {
            var s = scenario;
            foreach (var a in All)
            {
                s = Apply(s, a.Name, size * a.Max, shockMonth);
            }

            return s;
        }

        int duration = scenario.HorizonMonths - shockMonth;
        bool aws = scenario.Cohorts.Any(c => string.Equals(c.Provider, AwsProvider, StringComparison.OrdinalIgnoreCase));
        if (!aws && axis is "awsPrice" or "awsOutage")
        {
            // No AWS node to shock: the scenario is unchanged (an event naming no cohort's provider would be invalid).
            return scenario;
        }

        return axis switch
        {
            "tokenPrice" => WithEvent(scenario, new TokenPriceShock { Month = shockMonth, DurationMonths = duration, Multiplier = 1.0 - size }),
            "demand" => WithEvent(scenario, new DemandShock { Month = shockMonth, DurationMonths = duration, Multiplier = 1.0 - size }),
            "baseGas" => WithEvent(scenario, new GasSpike { Month = shockMonth, DurationMonths = duration, Multiplier = 1.0 + size }),
            "awsPrice" => WithEvent(scenario, new ProviderCostChange { Month = shockMonth, DurationMonths = duration, Provider = AwsProvider, Multiplier = 1.0 + size }),
            "awsOutage" => WithEvent(scenario, new ProviderOutage { Month = shockMonth, DurationMonths = duration, Provider = AwsProvider, CapacityLossFraction = size }),
            "unlockSelling" => scenario with
            {
                Token = scenario.Token with
                {
                    Pools = scenario.Token.Pools.Select(p => p with { SellFraction = p.SellFraction + (size * (1.0 - p.SellFraction)) }).ToList(),
                },
            },
            "listPrice" => scenario with
            {
                Markets = scenario.Markets.Select(m => m with
                {
                    ListUsdPerMillionInput = m.ListUsdPerMillionInput * (1.0 - size),
                    ListUsdPerMillionOutput = m.ListUsdPerMillionOutput * (1.0 - size),
                    OutsideUsdPerInference = m.OutsideUsdPerInference * (1.0 - size),
                }).ToList(),
            },
            _ => throw new ArgumentException($"unknown stress axis '{axis}'; the axes are: {string.Join(", ", All.Select(a => a.Name))}, {Combined}", nameof(axis)),
        };
    }

    private static Scenario WithEvent(Scenario scenario, ScenarioEvent shock) =>
        IsZero(shock) ? scenario : scenario with { Events = scenario.Events.Append(shock).ToList() };

    // A zero shock adds no event, so size 0 is the scenario itself, bit for bit.
    private static bool IsZero(ScenarioEvent shock) => shock switch
    {
        TokenPriceShock p => p.Multiplier == 1.0,
        DemandShock d => d.Multiplier == 1.0,
        GasSpike g => g.Multiplier == 1.0,
        ProviderCostChange c => c.Multiplier == 1.0,
        ProviderOutage o => o.CapacityLossFraction == 0.0,
        _ => false,
    };
}
