using CsCheck;

namespace Economics.Model.Tests.Engine;

/// <summary>Rule 8: entry and exit as a supply curve — target nodes from income per node against the lognormal cost
/// of potential operators, movement at entry/exit speeds with a lead, income smoothed over patience.</summary>
public sealed class EntryExitTests
{
    private static string Cohort(string entry, string exit, double potential = 100, double spread = 0.5) => $$"""
        { "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0,
                         "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000,
                         "potentialNodes": {{potential}}, "costSpread": {{spread}},
                         "entry": {{entry}}, "exit": {{exit}} } ] }
        """;

    private const string NoPools = """{ "token": { "pools": [] } }""";

    // Φ by Abramowitz–Stegun 26.2.17 (independent of the engine's erfc).
    private static double Phi(double x)
    {
        double t = 1 / (1 + (0.2316419 * Math.Abs(x)));
        double d = 0.3989422804014327 * Math.Exp(-x * x / 2);
        double p = d * t * (0.319381530 + (t * (-0.356563782 + (t * (1.781477937 + (t * (-1.821255978 + (t * 1.330274429))))))));
        return x >= 0 ? 1 - p : p;
    }

    [Fact]
    public void Target_nodes_are_potential_times_the_lognormal_cost_cdf_at_income_per_node_over_one_plus_hurdle()
    {
        // No subsidy: fees 10,000 a month; at N = 10 a marginal entrant's income is 10,000/11; own cost per node 500.
        // N* = 100·Φ(ln((10,000/11)/1.15/500)/0.5).
        var r = TestScenarios.RunSimple(NoPools, Cohort("""{ "speed": 0.5, "hurdleMargin": 0.15 }""", """{ "speed": 0.5, "patienceMonths": 0 }"""));
        double expected = 100 * Phi(Math.Log(10_000.0 / 11 / 1.15 / 500) / 0.5);
        Assert.Equal(expected, r.Cohorts[0].TargetNodes[0], 1e-4);

        // N(1) = N(0) + speed·(N* − N(0)).
        Assert.Equal(10 + (0.5 * (r.Cohorts[0].TargetNodes[0] - 10)), r.NodesTotal[1], 1e-9);
    }

    [Fact]
    public void Nodes_converge_to_where_income_per_node_meets_the_cost_curve()
    {
        // Zero spread: every potential operator costs 500; N* = 100 while 10,000/(N + 1) ≥ 500·1.15, else 0. With
        // speed 1 the nodes jump to the target: 10 → 100 → 0 → 100 … only a spread makes it smooth; with σ = 0.5 and
        // slow speeds the nodes settle where the target equals the nodes.
        var r = TestScenarios.RunSimple("""{ "horizonMonths": 240 }""", NoPools, Cohort("""{ "speed": 0.2, "hurdleMargin": 0.15 }""", """{ "speed": 0.2, "patienceMonths": 0 }"""));
        double n = r.NodesTotal[^1];
        double target = 100 * Phi(Math.Log(10_000.0 / (n + 1) / 1.15 / 500) / 0.5);
        Assert.Equal(target, n, 1e-3);
        Assert.InRange(n, 10, 60);
    }

    [Fact]
    public void Exit_moves_at_the_exit_speed_and_a_lead_delays_the_target()
    {
        // Fee 0.001: income 1,000 a month, far below cost: the target is ~0, nodes fall by the exit speed each month.
        var r = TestScenarios.RunSimple(NoPools, """{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.001 } } }""",
            Cohort("""{ "speed": 0.9, "hurdleMargin": 0, "leadMonths": 2 }""", """{ "speed": 0.5, "patienceMonths": 0 }"""));
        Assert.True(r.Cohorts[0].TargetNodes[0] < 0.1);
        Assert.Equal(10 + (0.5 * (r.Cohorts[0].TargetNodes[0] - 10)), r.NodesTotal[1], 1e-9);
        Assert.Equal(r.NodesTotal[1] + (0.5 * (r.Cohorts[0].TargetNodes[0] - r.NodesTotal[1])), r.NodesTotal[2], 1e-9);
    }

    [Fact]
    public void Patience_smooths_income_so_one_bad_month_moves_the_target_less()
    {
        // Demand halves in month 3 only. With patience 3 the smoothed income falls by a quarter of the drop.
        const string dip = """{ "markets": [ { "name": "m", "kind": "openModel", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0, "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01, "demand": { "initialInferencesPerMonth": 1000000, "growth": { "kind": "table", "inferencesPerMonth": [1000000, 1000000, 1000000, 100000, 1000000] }, "adjustmentPerMonth": 1 }, "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ] }""";
        var patient = TestScenarios.RunSimple(NoPools, dip, Cohort("""{ "speed": 0, "hurdleMargin": 0 }""", """{ "speed": 0, "patienceMonths": 3 }"""));
        var impatient = TestScenarios.RunSimple(NoPools, dip, Cohort("""{ "speed": 0, "hurdleMargin": 0 }""", """{ "speed": 0, "patienceMonths": 0 }"""));
        Assert.True(patient.Cohorts[0].TargetNodes[3] > impatient.Cohorts[0].TargetNodes[3]);
        Assert.Equal(impatient.Cohorts[0].TargetNodes[2], patient.Cohorts[0].TargetNodes[2], 1e-9);
    }

    [Fact]
    public void Max_nodes_caps_the_cohort_and_zero_speeds_keep_it_fixed()
    {
        var capped = TestScenarios.RunSimple(NoPools, Cohort("""{ "speed": 1, "hurdleMargin": 0, "maxNodes": 12 }""", """{ "speed": 0, "patienceMonths": 0 }"""));
        Assert.All(capped.NodesTotal.Skip(1), n => Assert.Equal(12, n, 1e-12));
        var still = TestScenarios.RunSimple(NoPools, Cohort("""{ "speed": 0, "hurdleMargin": 0 }""", """{ "speed": 0, "patienceMonths": 0 }"""));
        Assert.All(still.NodesTotal, n => Assert.Equal(10, n));
    }

    [Fact]
    public void With_the_price_path_fixed_more_subsidy_never_lowers_operator_income()
    {
        Gen.Select(Gen.Double[0, 5000], Gen.Double[0, 5000]).Sample((a, b) =>
        {
            double low = Math.Min(a, b), high = Math.Max(a, b);
            var lo = TestScenarios.RunSimple(TokenPools(low));
            var hi = TestScenarios.RunSimple(TokenPools(high));
            Assert.True(hi.RevenueSubsidy[0] + hi.RevenueFees[0] >= lo.RevenueSubsidy[0] + lo.RevenueFees[0]);
        }, iter: 50);
    }

    [Fact]
    public void Counts_that_would_be_subnormal_become_zero()
    {
        // A loss-making cohort with 90%/month exit over 400 months: no Infinity anywhere, nodes end at exactly 0.
        var r = TestScenarios.RunSimple("""{ "horizonMonths": 400 }""", NoPools, """{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 0 } } }""",
            Cohort("""{ "speed": 0, "hurdleMargin": 0 }""", """{ "speed": 0.9, "patienceMonths": 0 }"""));
        Assert.Equal(0, r.NodesTotal[^1]);
        Assert.All(r.ProfitPerNode, v => Assert.False(double.IsInfinity(v)));
        Assert.All(r.Margin(), v => Assert.False(double.IsInfinity(v)));
    }

    private static string TokenPools(double tokensPerMonth) => $$"""
        { "token": { "pools": [ { "name": "ops", "share": 0.5, "release": { "kind": "constant", "tokensPerMonth": {{tokensPerMonth.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}} }, "use": { "operators": 1 } } ] } }
        """;
}

/// <summary>Helpers over results for the entry and exit tests.</summary>
internal static class ResultSeries
{
    /// <summary>Every cohort's margin series, concatenated.</summary>
    public static IEnumerable<double> Margin(this Economics.Model.Results.SimulationResult r) => r.Cohorts.SelectMany(c => c.Margin);
}
