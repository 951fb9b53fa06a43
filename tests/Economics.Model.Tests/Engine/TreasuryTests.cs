namespace Economics.Model.Tests.Engine;

/// <summary>Rule 9: protocol take, buybacks, protocol-paid gas and the treasury's tokens.</summary>
public sealed class TreasuryTests
{
    [Fact]
    public void Treasury_Accrues_Take_Less_Buyback_And_Its_Emission_Share_Plus_Bought_Tokens()
    {
        // Take 0.2·0.01·1e6 = 2,000 USD; half (1,000) buys 500 tokens at 2 USD. Emissions 1,000 with
        // operatorShare 0.6: 400 tokens a month to the treasury. Per month: +1,000 USD and +900 tokens.
        var r = TestScenarios.RunSimple("""{ "fees": { "protocolTakeRate": 0.2, "buybackShareOfProtocolFees": 0.5 }, "token": { "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "use": { "operators": 0.6, "treasury": 0.4 } } ] } }""");
        Assert.Equal(1000, r.BuybackUsd[0], 1e-9);
        Assert.Equal(1000, r.TreasuryUsd[0], 1e-9);
        Assert.Equal(12_000, r.TreasuryUsd[^1], 1e-9);
        Assert.Equal(900, r.TreasuryTokens[0], 1e-9);
        Assert.Equal(10_800, r.TreasuryTokens[^1], 1e-9);

        // Operators' fee revenue is net of take: 1e6·0.01·0.8.
        Assert.Equal(8000, r.RevenueFees[0], 1e-9);
    }

    [Fact]
    public void Protocol_Paid_Rails_Come_Out_Of_The_Treasury()
    {
        // Facilitator 0.0005 per inference paid by the protocol: 2,000 − 1,000 − 500 = 500 a month.
        var r = TestScenarios.RunSimple("""{ "fees": { "protocolTakeRate": 0.2, "buybackShareOfProtocolFees": 0.5 }, "payments": { "facilitator": { "usdPerTransaction": 0.0005 }, "costBorneBy": "protocol" } }""");
        Assert.Equal(500, r.TreasuryUsd[0], 1e-9);
        Assert.Equal(0.01, r.UserPriceUsd[0], 1e-15);
    }

    [Fact]
    public void Buyback_With_A_Zero_Price_Buys_No_Tokens()
    {
        var r = TestScenarios.RunSimple("""{ "token": { "price": { "kind": "constant", "usd": 0 } }, "fees": { "protocolTakeRate": 0.2, "buybackShareOfProtocolFees": 1 } }""");
        Assert.Equal(0, r.TreasuryTokens[0]); // operatorShare 1: no emission share either
        Assert.All(r.TreasuryTokens, v => Assert.True(double.IsFinite(v)));
    }
}
