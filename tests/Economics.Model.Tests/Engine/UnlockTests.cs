namespace Economics.Model.Tests.Engine;

/// <summary>Rule 2: vesting unlocks add supply and sell pressure.</summary>
public sealed class UnlockTests
{
    [Fact]
    public void Tokens_Vest_Evenly_From_The_Cliff()
    {
        // 1,200 tokens, cliff month 2, 4 months of vesting: 300 in months 2, 3, 4, 5.
        var r = TestScenarios.RunSimple("""{ "unlocks": [ { "name": "team", "tokens": 1200, "cliffMonth": 2, "vestingMonths": 4, "sellFraction": 0.5 } ] }""");
        Assert.Equal([0, 0, 300, 300, 300, 300, 0, 0, 0, 0, 0, 0], r.UnlockedTokens);

        // Circulating: 100,000,000 + 1,000 emitted each month + the unlocks so far.
        Assert.Equal(100_000_000 + 1000 + 0, r.CirculatingSupply[0]);
        Assert.Equal(100_000_000 + 6000 + 1200, r.CirculatingSupply[5]);

        // Sell pressure: 0.5·(1,000 operator tokens·2 USD) + 2 USD·(0.5·300 unlock sells) = 1,000 + 300.
        Assert.Equal(1000, r.SellPressureUsd[0]);
        Assert.Equal(1300, r.SellPressureUsd[3]);
    }

    [Fact]
    public void Zero_Vesting_Months_Unlock_Everything_At_The_Cliff()
    {
        var r = TestScenarios.RunSimple("""{ "unlocks": [ { "name": "inv", "tokens": 700, "cliffMonth": 5, "vestingMonths": 0, "sellFraction": 0 } ] }""");
        Assert.Equal(700, r.UnlockedTokens[5]);
        Assert.Equal(700, r.UnlockedTokens.Sum());
    }

    [Fact]
    public void Vesting_Past_The_Horizon_Is_Cut_Off()
    {
        var r = TestScenarios.RunSimple("""{ "unlocks": [ { "name": "late", "tokens": 1000, "cliffMonth": 10, "vestingMonths": 10, "sellFraction": 0 } ] }""");
        Assert.Equal(200, r.UnlockedTokens.Sum(), 1e-9);
    }
}
