namespace Economics.Model.Tests.Engine;

/// <summary>Rule 5: payment rails (x402 gas, facilitator, Permit2), settlement tiers, bytes and state carry.</summary>
public sealed class RailsTests
{
    // gasUsd(g) = g·0.01 gwei·1e−9·2,000 USD/ETH + 0.0002 = g·2e−8 + 0.0002.
    private const string Rails = """
    { "chain": { "gasPriceGwei": 0.01, "ethUsd": 2000, "l1DataFeeUsdPerTx": 0.0002 },
      "payments": { "inferencesPerPayment": 4, "paymentGasUnits": 50000, "facilitatorFeeUsd": 0.002,
                    "permit2ApprovalGasUnits": 40000, "inferencesPerApproval": 100, "gasPaidBy": "user" },
      "settlement": { "mix": { "individual": 0.5, "metadata": 0.25, "batch": 0.25, "offchain": 0 },
                      "individualGasUnits": 70000, "bytesPerIndividual": 96, "metadataBytesPerInference": 1000,
                      "gasPerDataByte": 16, "batchSize": 1000, "batchGasUnits": 100000, "bytesPerBatch": 96,
                      "gasPaidBy": "user", "stateStorageUsdPerGbMonth": 0.1, "fullNodes": 50 } }
    """;

    [Fact]
    public void Payment_Rails_Per_Inference()
    {
        // Payment gas (50,000·2e−8 + 0.0002)/4 = 0.0003; facilitator 0.002/4 = 0.0005;
        // Permit2 (40,000·2e−8 + 0.0002)/100 = 0.00001.
        var r = TestScenarios.RunSimple(Rails);
        Assert.Equal(0.0003, r.PaymentGasPerInference[0], 1e-15);
        Assert.Equal(0.0005, r.FacilitatorPerInference[0], 1e-15);
        Assert.Equal(0.00001, r.Permit2PerInference[0], 1e-15);
        Assert.Equal(0.00081, r.UserPaymentRailsPerInference[0], 1e-15);
    }

    [Fact]
    public void Settlement_Gas_Mixes_The_Tiers()
    {
        // individual 0.0016, metadata gasUsd(70,000 + 1,000·16) = 0.00192, batch 0.0022/1,000:
        // 0.5·0.0016 + 0.25·0.00192 + 0.25·0.0000022 = 0.00128055.
        var r = TestScenarios.RunSimple(Rails);
        Assert.Equal(0.00128055, r.SettlementGasPerInference[0], 1e-15);
        Assert.Equal(0.00128055, r.UserSettlementPerInference[0], 1e-15);

        // User price = fee + rails + settlement = 0.01 + 0.00081 + 0.00128055.
        Assert.Equal(0.01209055, r.UserPriceUsd[0], 1e-15);

        // Gas spend (facilitator fees are not gas) = served·(0.0003 + 0.00001 + 0.00128055).
        Assert.Equal(1e6 * 0.00159055, r.GasSpendUsd[0], 1e-9);
    }

    [Theory]
    [InlineData("individual", 0.0016, 96.0)]
    [InlineData("metadata", 0.00192, 1000.0)]
    [InlineData("batch", 0.0000022, 0.096)]
    [InlineData("offchain", 0.0, 0.0)]
    public void Each_Tier_Alone(string tier, double gasUsdPerInference, double bytesPerInference)
    {
        string Share(string name) => name == tier ? "1" : "0";
        string mix = $$"""{ "settlement": { "mix": { "individual": {{Share("individual")}}, "metadata": {{Share("metadata")}}, "batch": {{Share("batch")}}, "offchain": {{Share("offchain")}} } } }""";
        var r = TestScenarios.RunSimple(Rails, mix);
        Assert.Equal(gasUsdPerInference, r.SettlementGasPerInference[0], 1e-15);
        Assert.Equal(1e6 * bytesPerInference, r.OnchainBytes[0], 1e-6);
        Assert.Equal(12e6 * bytesPerInference, r.OnchainBytesCumulative[^1], 1e-6);
    }

    [Fact]
    public void Onchain_Bytes_Are_Served_Times_Bytes_Per_Inference_And_Accumulate()
    {
        // 0.5·96 + 0.25·1,000 + 0.25·96/1,000 = 298.024 bytes per inference.
        var r = TestScenarios.RunSimple(Rails);
        Assert.Equal(298_024_000, r.OnchainBytes[0], 1e-3);
        Assert.Equal(12 * 298_024_000.0, r.OnchainBytesCumulative[^1], 1e-3);
        Assert.Equal(12 * 298_024_000.0, r.Summary.OnchainBytesCumulative, 1e-3);
    }

    [Fact]
    public void State_Carry_Is_Cumulative_Gb_Times_Storage_Price_Times_Full_Nodes()
    {
        // Month 0: 0.298024 GB·0.1 USD·50 nodes = 1.49012 USD; month 11: 12 times that.
        var r = TestScenarios.RunSimple(Rails);
        Assert.Equal(1.49012, r.StateCarryUsd[0], 1e-12);
        Assert.Equal(12 * 1.49012, r.StateCarryUsd[11], 1e-12);
        Assert.Equal(78 * 1.49012, r.Summary.CumulativeStateCarryUsd, 1e-9);
    }

    [Fact]
    public void Rails_Paid_By_Operators_Are_Their_Cost_Not_The_Users()
    {
        var r = TestScenarios.RunSimple(Rails, """{ "payments": { "gasPaidBy": "operator" }, "settlement": { "gasPaidBy": "operator" } }""");
        Assert.Equal(0, r.UserPaymentRailsPerInference[0]);
        Assert.Equal(0, r.UserSettlementPerInference[0]);
        Assert.Equal(0.01, r.UserPriceUsd[0], 1e-15);

        // Costs 5,000 + 1e6·(0.00081 + 0.00128055).
        Assert.Equal(5000 + (1e6 * 0.00209055), r.OperatorCosts[0], 1e-9);
    }
}
