using Economics.Model.Engine;

namespace Economics.Model.Tests.Engine;

/// <summary>Rule 1: token pools — vesting (availability), payout (spending), use, the stop, subsidy basis.</summary>
public sealed class TokenPoolTests
{
    private const double Tolerance = 1e-9;

    // The simple scenario's "ops" pool replaced by these pools (maxSupply 1e9, so share 1e-6 = 1,000 tokens).
    private static string Pools(string pools) => $$"""{ "token": { "pools": [ {{pools}} ] } }""";

    [Fact]
    public void Constant_Release_Pays_The_Same_Every_Month()
    {
        // The simple scenario: 1,000 tokens × 12 months = 12,000, all to operators; still paying at the end.
        var r = TestScenarios.RunSimple();
        Assert.All(r.ReleasedTokens, e => Assert.Equal(1000, e));
        Assert.All(r.OperatorSubsidyTokens, e => Assert.Equal(1000, e));
        Assert.Equal(12_000, r.ReleasedTokens.Sum(), Tolerance);
        Assert.Null(r.Summary.SubsidyEndMonth);
        Assert.Null(r.Summary.SubsidyEndMonthByPool["ops"]);
    }

    [Fact]
    public void Baseline_ecosystem_pool_vests_ten_percent_at_the_TGE_then_six_million_a_month_for_sixty_months()
    {
        var r = Economics.Model.Engine.Simulation.Run(TestScenarios.Baseline);
        var ecosystem = r.Pools.Single(p => p.Name == "ecosystem");
        Assert.Equal(0.1 * 400e6 + 6e6, ecosystem.Vested[0], 1e-3);
        for (int t = 1; t < 60; t++)
        {
            Assert.Equal(6e6, ecosystem.Vested[t], 1e-3);
        }

        Assert.All(ecosystem.Vested.Skip(60), v => Assert.Equal(0, v));
        Assert.Equal(400e6, ecosystem.Vested.Sum(), 1e-2);

        // It spends 6M a month, so the 40M TGE unlock is a reserve: 400M / 6M = 66.7 months of payouts.
        Assert.Equal(6e6, ecosystem.Payout[0], 1e-3);
        Assert.Equal(4e6, ecosystem.Payout[66], 1e-2);
        Assert.Equal(0, ecosystem.Payout[67]);
        Assert.Equal(67, ecosystem.SubsidyEndMonth);
        Assert.Equal(67, r.Summary.SubsidyEndMonth);
        Assert.Equal(0.25 * 6e6, r.OperatorSubsidyTokens[0], 1e-3);
    }

    [Fact]
    public void Runway_is_the_balance_over_the_payout_and_not_applicable_without_one()
    {
        // Baseline ecosystem pool, month 0: 40M at the TGE + 6M vested − 6M paid = 40M left, 6M/month → 6.67 months.
        var r = Simulation.Run(TestScenarios.Baseline);
        var ecosystem = r.Pools.Single(p => p.Name == "ecosystem");
        Assert.Equal(40e6 / 6e6, ecosystem.RunwayMonths[0], 1e-12);
        for (int t = 0; t < r.Months; t++)
        {
            Assert.Equal(ecosystem.Payout[t] > 0 ? ecosystem.Balance[t] / ecosystem.Payout[t] : double.NaN, ecosystem.RunwayMonths[t]);
        }

        Assert.True(double.IsNaN(ecosystem.RunwayMonths[^1]), "the ecosystem pool is empty at the end: no payout, no runway");
    }

    [Fact]
    public void Baseline_pools_hold_the_whole_supply_and_never_release_more()
    {
        var r = Economics.Model.Engine.Simulation.Run(TestScenarios.Baseline);
        Assert.Equal(1.0, TestScenarios.Baseline.Token.Pools.Sum(p => p.Share), 12);
        foreach (var pool in r.Pools)
        {
            double size = TestScenarios.Baseline.Token.Pools.Single(p => p.Name == pool.Name).Share * 1e9;
            Assert.True(pool.Payout.Sum() <= size * (1 + 1e-12), pool.Name);
            Assert.Equal(pool.Vested.Sum() - pool.Payout.Sum(), pool.Balance[^1], size * 1e-12);
        }

        // The launch float: liquidity 60M + airdrop 40M + the ecosystem's first 6M + staking's first 100M/96 (the foundation's 50M go to the treasury).
        Assert.Equal(106e6 + (100e6 / 96), r.CirculatingSupply[0], 1e-2);
        Assert.All(r.CirculatingSupply, s => Assert.True(s <= 1e9));
    }

    [Fact]
    public void Linear_vesting_starts_at_the_cliff_and_all_vests_at_the_cliff_with_zero_months()
    {
        // 1,200 tokens, cliff 2, 4 months: 300 in months 2-5. 700 tokens, cliff 5, 0 months: all in month 5.
        var r = TestScenarios.RunSimple(Pools("""
            { "name": "team", "share": 0.0000012, "cliffMonths": 2, "vestingMonths": 4, "use": { "held": 1 }, "sellFraction": 0.5 },
            { "name": "inv", "share": 0.0000007, "cliffMonths": 5, "use": { "held": 1 } }
            """));
        Assert.Equal([0, 0, 300, 300, 300, 300, 0, 0, 0, 0, 0, 0], r.Pools[0].Vested.Select(v => Math.Round(v, 6)));
        Assert.Equal(700, r.Pools[1].Vested[5], Tolerance);
        Assert.Equal(300 + 700, r.ReleasedTokens[5], Tolerance);

        // Held recipients sell the pool's sellFraction: 150 of team's 300 a month, none of inv's.
        Assert.Equal(150, r.PoolSoldTokens[3], Tolerance);
        Assert.Equal(150, r.PoolSoldTokens[5], Tolerance);
        Assert.Equal(2 * 150, r.SellPressureUsd[3], Tolerance);

        // Circulating supply is what the pools paid out: 1,200 + 700 by month 5.
        Assert.Equal(1900, r.CirculatingSupply[5], Tolerance);
        Assert.All(r.OperatorSubsidyTokens, e => Assert.Equal(0, e));
    }

    [Fact]
    public void At_start_fraction_vests_at_month_zero_and_the_rest_linearly()
    {
        // 1,000 tokens, 10% at start, the rest over 9 months: 100 + 100 in month 0, then 100 a month to month 8.
        var r = TestScenarios.RunSimple(Pools("""{ "name": "eco", "share": 0.000001, "atStartFraction": 0.1, "vestingMonths": 9, "use": { "operators": 1 } }"""));
        Assert.Equal(200, r.Pools[0].Vested[0], Tolerance);
        Assert.Equal(100, r.Pools[0].Vested[8], Tolerance);
        Assert.Equal(0, r.Pools[0].Vested[9]);
        Assert.Equal(9, r.Summary.SubsidyEndMonth);
        Assert.Equal(0, r.RevenueSubsidy[9]);
    }

    [Fact]
    public void Release_schedules_keep_their_shape_and_stop_at_the_pool_size()
    {
        // Linear taper 1,200·(6 − t)/6: 1,200 … 200 then 0, 4,200 in all; a pool of 3,000 cuts it at 3,000.
        var taper = TestScenarios.RunSimple(Pools("""{ "name": "t", "share": 0.00001, "release": { "kind": "linearTaper", "startTokensPerMonth": 1200, "endMonth": 6 }, "use": { "operators": 1 } }"""));
        Assert.Equal([1200, 1000, 800, 600, 400, 200, 0, 0, 0, 0, 0, 0], taper.ReleasedTokens.Select(e => Math.Round(e, 9)));
        Assert.Equal(6, taper.Summary.SubsidyEndMonth);
        var capped = TestScenarios.RunSimple(Pools("""{ "name": "t", "share": 0.000003, "release": { "kind": "linearTaper", "startTokensPerMonth": 1200, "endMonth": 6 }, "use": { "operators": 1 } }"""));
        Assert.Equal([1200, 1000, 800, 0, 0, 0, 0, 0, 0, 0, 0, 0], capped.ReleasedTokens.Select(e => Math.Round(e, 9)));

        // Halving 800 every 3 months: 800×3 + 400×3 + 200×3 + 100×3 = 4,500. Exponential decay: pool·(1 − 2^(−12/6)).
        var halving = TestScenarios.RunSimple(Pools("""{ "name": "h", "share": 0.00001, "release": { "kind": "halving", "initialTokensPerMonth": 800, "halvingEveryMonths": 3 }, "use": { "operators": 1 } }"""));
        Assert.Equal(4500, halving.ReleasedTokens.Sum(), Tolerance);
        var decay = TestScenarios.RunSimple(Pools("""{ "name": "d", "share": 0.001, "release": { "kind": "exponentialDecay", "pool": 1000000, "halfLifeMonths": 6 }, "use": { "operators": 1 } }"""));
        Assert.Equal(750_000, decay.ReleasedTokens.Sum(), 1e-6);
    }

    [Fact]
    public void Payout_rules_spend_the_balance_differently()
    {
        // 1,200 tokens all at start. tokensPerMonth 500: 500, 500, 200, 0. shareOfBalance 0.5: 600, 300, 150 …
        // usdPerMonth 400 at 2 USD/token: 200 tokens a month for 6 months.
        var fixedTokens = TestScenarios.RunSimple(Pools("""{ "name": "a", "share": 0.0000012, "atStartFraction": 1, "payout": { "kind": "tokensPerMonth", "tokens": 500 }, "use": { "operators": 1 } }"""));
        Assert.Equal([500, 500, 200, 0], fixedTokens.Pools[0].Payout.Take(4).Select(v => Math.Round(v, 6)));
        Assert.Equal([700, 200, 0, 0], fixedTokens.Pools[0].Balance.Take(4).Select(v => Math.Round(v, 6)));
        Assert.Equal(3, fixedTokens.Summary.SubsidyEndMonth);

        var share = TestScenarios.RunSimple(Pools("""{ "name": "a", "share": 0.0000012, "atStartFraction": 1, "payout": { "kind": "shareOfBalance", "fraction": 0.5 }, "use": { "operators": 1 } }"""));
        Assert.Equal([600, 300, 150], share.Pools[0].Payout.Take(3).Select(v => Math.Round(v, 6)));

        var usd = TestScenarios.RunSimple(Pools("""{ "name": "a", "share": 0.0000012, "atStartFraction": 1, "payout": { "kind": "usdPerMonth", "usd": 400 }, "use": { "operators": 1 } }"""));
        Assert.Equal(200, usd.Pools[0].Payout[0], Tolerance);
        Assert.Equal(400, usd.RevenueSubsidy[0], Tolerance);
        Assert.Equal(6, usd.Summary.SubsidyEndMonth);
    }

    [Fact]
    public void Use_splits_the_payout_and_the_treasury_share_does_not_circulate()
    {
        // 1,000 a month: 25% operators (250 tokens = 500 USD), 50% treasury, 25% sold by the pool itself.
        var r = TestScenarios.RunSimple(Pools("""{ "name": "a", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "use": { "operators": 0.25, "treasury": 0.5, "market": 0.25 } }"""));
        Assert.All(r.OperatorSubsidyTokens, e => Assert.Equal(250, e, Tolerance));
        Assert.All(r.RevenueSubsidy, e => Assert.Equal(500, e, Tolerance));
        Assert.Equal(500 * 12, r.TreasuryTokens[^1], Tolerance);
        Assert.Equal(500 * 12, r.CirculatingSupply[^1], Tolerance);
        Assert.All(r.PoolSoldTokens, e => Assert.Equal(250, e, Tolerance));

        // Sell pressure: operators sell half their 250 tokens (250 USD) + the pool sells 250 tokens (500 USD).
        Assert.Equal(250 + 500, r.SellPressureUsd[0], Tolerance);
    }

    [Fact]
    public void Stop_month_is_a_cliff_and_the_balance_stays()
    {
        var r = TestScenarios.RunSimple(Pools("""{ "name": "a", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "use": { "operators": 1 }, "stopMonth": 4 }"""));
        Assert.Equal([1000, 1000, 1000, 1000, 0, 0, 0, 0, 0, 0, 0, 0], r.ReleasedTokens);
        Assert.Equal(4, r.Summary.SubsidyEndMonth);
        Assert.Equal(8000, r.Pools[0].Balance[^1], Tolerance);
    }

    [Fact]
    public void Subsidy_with_no_node_to_receive_it_stays_with_the_treasury()
    {
        var r = TestScenarios.RunSimple("""{ "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 0, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000 } ] }""");
        Assert.All(r.OperatorSubsidyTokens, e => Assert.Equal(0, e));
        Assert.Equal(12_000, r.TreasuryTokens[^1]);
        Assert.All(r.CirculatingSupply, s => Assert.Equal(0, s));
        Assert.All(r.SellPressureUsd, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Subsidy_basis_per_node_or_per_served_request()
    {
        // Two cohorts of 10 nodes; b serves 3× as much (capacity 600,000 vs 200,000, demand fills both).
        const string two = """
            { "markets": [ { "name": "m", "kind": "openModel", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0, "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01, "demand": { "initialInferencesPerMonth": 8000000, "growth": { "kind": "compound", "monthlyRate": 0 }, "adjustmentPerMonth": 1 }, "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ],
              "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000 },
                           { "name": "b", "provider": "q", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 600000 } ] }
            """;
        var perNode = TestScenarios.RunSimple(two);
        Assert.Equal(1000, perNode.Cohorts[0].RevenueSubsidy[0], Tolerance);
        Assert.Equal(1000, perNode.Cohorts[1].RevenueSubsidy[0], Tolerance);
        var perRequest = TestScenarios.RunSimple(two, """{ "token": { "subsidyBasis": "perServedRequest" } }""");
        Assert.Equal(500, perRequest.Cohorts[0].RevenueSubsidy[0], Tolerance);
        Assert.Equal(1500, perRequest.Cohorts[1].RevenueSubsidy[0], Tolerance);
    }
}
