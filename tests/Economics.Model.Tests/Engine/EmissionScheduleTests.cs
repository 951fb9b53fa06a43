namespace Economics.Model.Tests.Engine;

/// <summary>Rule 1: emission schedules, the cliff, the supply cap and the operators' share.</summary>
public sealed class EmissionScheduleTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Constant_Emits_The_Same_Every_Month()
    {
        // 1,000 tokens × 12 months = 12,000.
        var r = TestScenarios.RunSimple();
        Assert.All(r.EmissionsTokens, e => Assert.Equal(1000, e));
        Assert.Equal(12_000, r.EmissionsTokens.Sum(), Tolerance);
        Assert.Null(r.Summary.EmissionsEndMonth);
    }

    [Fact]
    public void Linear_Taper_Falls_By_Start_Over_End_Each_Month()
    {
        // E(t) = 1200·(6 − t)/6: 1200, 1000, 800, 600, 400, 200, then 0; total 1200·(6 + 1)/2 = 4,200.
        var r = TestScenarios.RunSimple("""{ "emissions": { "schedule": { "kind": "linearTaper", "startTokensPerMonth": 1200, "endMonth": 6 } } }""");
        Assert.Equal([1200, 1000, 800, 600, 400, 200, 0, 0, 0, 0, 0, 0], r.EmissionsTokens.Select(e => Math.Round(e, 9)));
        Assert.Equal(4200, r.EmissionsTokens.Sum(), Tolerance);
        Assert.Equal(6, r.Summary.EmissionsEndMonth);
    }

    [Fact]
    public void Exponential_Decay_Mints_Cumulative_Pool_Times_One_Minus_Two_To_Minus_T_Over_H()
    {
        // pool 1,000,000, half-life 6: cumulative after 6 months = 500,000; after 12 = 1e6·(1 − 2^−2) = 750,000.
        var r = TestScenarios.RunSimple("""{ "emissions": { "schedule": { "kind": "exponentialDecay", "pool": 1000000, "halfLifeMonths": 6 } } }""");
        Assert.Equal(500_000, r.EmissionsTokens.Sum(6), 1e-6);
        Assert.Equal(750_000, r.EmissionsTokens.Sum(), 1e-6);

        // Month 0 = pool·(1 − 2^(−1/6)) = 109,101.2...
        Assert.Equal(1e6 * (1 - Math.Pow(2, -1.0 / 6)), r.EmissionsTokens[0], 1e-6);
        for (int t = 0; t < 12; t++)
        {
            double cumulative = 1e6 * (1 - Math.Pow(2, -(t + 1) / 6.0));
            Assert.Equal(cumulative, r.EmissionsTokens.Sum(t + 1), 1e-6);
        }
    }

    [Fact]
    public void Halving_Halves_Every_Period()
    {
        // 800 × 3 + 400 × 3 + 200 × 3 + 100 × 3 = 4,500.
        var r = TestScenarios.RunSimple("""{ "emissions": { "schedule": { "kind": "halving", "initialTokensPerMonth": 800, "halvingEveryMonths": 3 } } }""");
        Assert.Equal([800, 800, 800, 400, 400, 400, 200, 200, 200, 100, 100, 100], r.EmissionsTokens);
        Assert.Equal(4500, r.EmissionsTokens.Sum());
    }

    [Fact]
    public void Table_Emits_Its_Values_Then_Nothing()
    {
        var r = TestScenarios.RunSimple("""{ "emissions": { "schedule": { "kind": "table", "tokensPerMonth": [5, 4, 3] } } }""");
        Assert.Equal([5, 4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0], r.EmissionsTokens);
        Assert.Equal(3, r.Summary.EmissionsEndMonth);
    }

    [Fact]
    public void Stop_At_Month_Is_A_Cliff()
    {
        // Constant 1,000 stopped at month 4: 4,000 in total, zero from month 4.
        var r = TestScenarios.RunSimple("""{ "emissions": { "stopAtMonth": 4 } }""");
        Assert.Equal([1000, 1000, 1000, 1000, 0, 0, 0, 0, 0, 0, 0, 0], r.EmissionsTokens);
        Assert.Equal(4, r.Summary.EmissionsEndMonth);
        Assert.Equal(0, r.RevenueEmissions[4]);
    }

    [Fact]
    public void Cumulative_Emissions_Stop_At_Max_Supply_Minus_Initial_Circulating()
    {
        // Room 100,002,500 − 100,000,000 = 2,500: 1,000, 1,000, 500, then 0.
        var r = TestScenarios.RunSimple("""{ "token": { "maxSupply": 100002500 } }""");
        Assert.Equal([1000, 1000, 500, 0, 0, 0, 0, 0, 0, 0, 0, 0], r.EmissionsTokens);
        Assert.Equal(2500, r.EmissionsTokens.Sum());
        Assert.Equal(100_002_500, r.CirculatingSupply[^1]);
    }

    [Fact]
    public void Unlock_Tranches_Come_Out_Of_The_Emission_Room_So_Supply_Never_Exceeds_Max()
    {
        // Room 5,000 − 2,000 locked in an unlock tranche = 3,000 for emissions.
        var r = TestScenarios.RunSimple("""
            { "token": { "maxSupply": 100005000 },
              "unlocks": [ { "name": "team", "tokens": 2000, "cliffMonth": 6, "vestingMonths": 2, "sellFraction": 0 } ] }
            """);
        Assert.Equal(3000, r.EmissionsTokens.Sum());
        Assert.Equal(100_005_000, r.CirculatingSupply[^1]);
        Assert.All(r.CirculatingSupply, s => Assert.True(s <= 100_005_000));
    }

    [Fact]
    public void Operator_Share_Splits_Emissions_With_The_Treasury()
    {
        // 25% of 1,000 to operators (250 tokens = 500 USD at 2 USD); 750 tokens a month to the treasury.
        var r = TestScenarios.RunSimple("""{ "emissions": { "operatorShare": 0.25 } }""");
        Assert.All(r.OperatorEmissionsTokens, e => Assert.Equal(250, e));
        Assert.All(r.RevenueEmissions, e => Assert.Equal(500, e));
        Assert.Equal(750 * 12, r.TreasuryTokens[^1]);
    }

    [Fact]
    public void Emissions_Are_Conserved_Operator_Plus_Treasury_Equals_Emitted()
    {
        // Baseline without buybacks: every emitted token is either the operators' or the treasury's.
        var scenario = TestScenarios.FromBaseline("""{ "fees": { "buybackShareOfProtocolFees": 0 } }""");
        var r = Economics.Model.Engine.Simulation.Run(scenario);
        double emitted = r.EmissionsTokens.Sum();
        Assert.Equal(emitted, r.OperatorEmissionsTokens.Sum() + r.TreasuryTokens[^1], emitted * 1e-12);
        Assert.True(emitted <= scenario.Token.MaxSupply - scenario.Token.InitialCirculating);
    }

    [Fact]
    public void Emissions_With_No_Node_To_Receive_Them_Stay_With_The_Treasury()
    {
        var r = TestScenarios.RunSimple("""{ "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 0, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000 } ] }""");
        Assert.All(r.OperatorEmissionsTokens, e => Assert.Equal(0, e));
        Assert.Equal(12_000, r.TreasuryTokens[^1]);

        // No operator tokens, no operator sell pressure (stablecoin fees, no unlocks).
        Assert.All(r.SellPressureUsd, s => Assert.Equal(0, s));
    }
}
