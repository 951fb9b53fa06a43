using CsCheck;
using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Model.Tests.Engine;

/// <summary>Rule 5: x402 payments on Base (settle, approval, facilitator), settlement on the OG chain and Walrus by
/// tier, the expected batch size, stalls, chain history and who bears what.</summary>
public sealed class RailsTests
{
    // Base: base fee 0.008 + priority 0.002 = 0.01 gwei, 2,000 USD/ETH → 2e−8 USD/gas; L1 0.0002 per transaction.
    // OG: 1 gwei of OPG at the simple scenario's 2 USD/token → 2e−9 USD/gas. Served 1e6 requests a month.
    private const string Rails = """
    { "chains": { "base": { "gasPriceGwei": 0.008, "ethUsd": 2000, "l1DataFeeUsdPerTx": 0.0002 }, "og": { "gasPriceGwei": 1 } },
      "payments": { "scheme": "upto", "requestsPerSettle": 4, "settleGasUnits": 50000, "batchSettleGasUnits": 30000,
                    "approvalGasUnits": 40000, "requestsPerApproval": 100, "approvalSponsored": false,
                    "facilitator": { "kind": "own", "freeTransactionsPerMonth": 0, "usdPerTransaction": 0.002, "maxFeeGwei": 0.1, "priorityFeeGwei": 0.002 },
                    "costBorneBy": "user" },
      "settlement": { "mix": { "private": 0.25, "batchHashed": 0.25, "individualHashes": 0.25, "individualFull": 0.25 },
                      "batch": { "maxSize": 10, "idleFlushMinutes": 5, "maxAgeMinutes": 15, "batchers": 1 },
                      "gas": { "baseGas": 21000, "calldataGasPerByte": 16, "logGasPerByte": 8, "signatureVerifyGas": 6000 },
                      "bytes": { "hashRecord": 100, "batchRecord": 50, "payloadPerInference": 1000 },
                      "walrus": { "usdPerGbPerEpoch": 0.01, "epochDays": 14, "retentionEpochs": 10, "metadataBytesPerBlob": 1000000,
                                  "writeFeeUsd": 0.0001, "suiGasUsd": 0.001 },
                      "history": { "fullNodes": 50, "usdPerGbMonth": 0.1 },
                      "costBorneBy": "user" } }
    """;

    // One blob of 1,000 bytes: (5·1,000 + 1e6)·0.01/1e9·10 + 0.0001 + 0.001 = 0.0012005 USD.
    private const double Blob = 0.0012005;

    [Fact]
    public void Payment_Rails_Per_Request_Under_The_Upto_Scheme()
    {
        // Settle (50,000·2e−8 + 0.0002)/4 = 0.0003; approval (40,000·2e−8 + 0.0002)/100 = 0.00001 (the user's own
        // transaction: not sponsored); facilitator running cost 0.002 per settle /4 = 0.0005.
        var r = TestScenarios.RunSimple(Rails);
        Assert.Equal(0.0003, r.PaymentGasPerInference[0], 1e-15);
        Assert.Equal(0.00001, r.Permit2PerInference[0], 1e-15);
        Assert.Equal(0.0005, r.FacilitatorPerInference[0], 1e-15);
        Assert.Equal(0.00081, r.UserPaymentRailsPerInference[0], 1e-15);
        Assert.Equal(1e6 * 0.00081, r.BaseRailsUsd[0], 1e-9);
    }

    [Fact]
    public void Exact_Forces_One_Request_Per_Settle()
    {
        var r = TestScenarios.RunSimple(Rails, """{ "payments": { "scheme": "exact" } }""");
        Assert.Equal(0.0012, r.PaymentGasPerInference[0], 1e-15);
        Assert.Equal(0.002, r.FacilitatorPerInference[0], 1e-15);
    }

    [Fact]
    public void Batch_Settlement_Uses_The_Batch_Settle_Gas_Over_Its_Requests()
    {
        // (30,000·2e−8 + 0.0002)/100 = 0.000008.
        var r = TestScenarios.RunSimple(Rails, """{ "payments": { "scheme": "batchSettlement", "requestsPerSettle": 100 } }""");
        Assert.Equal(0.000008, r.PaymentGasPerInference[0], 1e-15);
        Assert.Equal(0.00002, r.FacilitatorPerInference[0], 1e-15);
    }

    [Theory]
    [InlineData(2000.0, 0.0)]             // 500 settles a month, inside the 1,000 free tier: nothing to pay
    [InlineData(1000.0 / 3.0, 2.0)]       // 3,000 settles: 2,000 × 0.001 USD
    public void Third_Party_Free_Tier_Comes_First(double requestsPerSettle, double usdPerMonth)
    {
        var r = TestScenarios.RunSimple(Rails, $$"""
            { "payments": { "requestsPerSettle": {{requestsPerSettle.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}},
                            "facilitator": { "kind": "thirdParty", "freeTransactionsPerMonth": 1000, "usdPerTransaction": 0.001, "maxFeeGwei": 0.1, "priorityFeeGwei": 0.002 } } }
            """);
        Assert.Equal(usdPerMonth, r.FacilitatorPerInference[0] * r.Served[0], 1e-9);

        // No double count: the fee includes the settle's gas, so none is counted beside it.
        Assert.Equal(0.0, r.PaymentGasPerInference[0]);
        Assert.Equal(usdPerMonth + (1e6 * 0.00001), r.BaseRailsUsd[0], 1e-9);
    }

    [Fact]
    public void A_Sponsored_Approval_Is_Borne_By_The_Facilitator_Never_Free()
    {
        // Own facilitator, protocol bears it: the approval's gas lands on the protocol, not on the user.
        var own = TestScenarios.RunSimple(Rails, """{ "payments": { "approvalSponsored": true, "costBorneBy": "protocol" } }""");
        Assert.Equal(0.00001, own.Permit2PerInference[0], 1e-15);
        Assert.Equal(0.0, own.UserPaymentRailsPerInference[0]);
        Assert.Equal(0.0003 + 0.00001 + (0.002 * (0.25 + 0.01)), own.ProtocolRailsPerInference[0], 1e-15);
        Assert.Equal(1e6 * own.ProtocolRailsPerInference[0], own.ProtocolRailsUsd[0], 1e-6);

        // Not sponsored: the user pays the approval even when the protocol bears the facilitator's cost.
        var unsponsored = TestScenarios.RunSimple(Rails, """{ "payments": { "costBorneBy": "protocol" } }""");
        Assert.Equal(0.00001, unsponsored.UserPaymentRailsPerInference[0], 1e-15);

        // Third party: a sponsored approval is one more facilitator transaction, paid by its fee, not by gas.
        var third = TestScenarios.RunSimple(Rails, """
            { "payments": { "scheme": "exact", "approvalSponsored": true,
                            "facilitator": { "kind": "thirdParty", "freeTransactionsPerMonth": 0, "usdPerTransaction": 0.001, "maxFeeGwei": 0.1, "priorityFeeGwei": 0.002 } } }
            """);
        Assert.Equal(0.0, third.Permit2PerInference[0]);
        Assert.Equal(0.001 * (1 + 0.01), third.FacilitatorPerInference[0], 1e-15);
    }

    [Theory]
    [InlineData("private", 0.0, 0.0, 0.0)]
    [InlineData("individualHashes", 2e-9 * 23_400, 0.0, 200.0)]             // 21,000 + 24·100
    [InlineData("individualFull", 2e-9 * 29_400, Blob, 200.0)]             // + 6,000 signature check; one blob per request
    [InlineData("batchHashed", 2e-9 * 22_200 / 10, Blob / 10, 10.0)]       // 21,000 + 24·50 per batch of 10; one 1,000-byte tree per batch
    public void Each_Tier_Alone(string tier, double ogUsd, double walrusUsd, double historyBytes)
    {
        string Share(string name) => name == tier ? "1" : "0";
        string mix = $$"""{ "settlement": { "mix": { "private": {{Share("private")}}, "batchHashed": {{Share("batchHashed")}}, "individualHashes": {{Share("individualHashes")}}, "individualFull": {{Share("individualFull")}} } } }""";
        var r = TestScenarios.RunSimple(Rails, mix);
        Assert.Equal(ogUsd, r.SettlementGasPerInference[0], 1e-17);
        Assert.Equal(walrusUsd, r.WalrusPerInference[0], 1e-15);
        Assert.Equal(1e6 * historyBytes, r.OnchainBytes[0], 1e-6);
        Assert.Equal(1e6 * ogUsd, r.ValidatorGasRevenueUsd[0], 1e-9);
    }

    [Fact]
    public void Settlement_Mixes_The_Tiers_And_Users_Pay_It_On_Top()
    {
        // OG 2e−9·(0.25·23,400 + 0.25·29,400 + 0.25·22,200/10) = 2.751e−5; Walrus 0.25·Blob + 0.25·Blob/10.
        var r = TestScenarios.RunSimple(Rails);
        double walrus = (0.25 * Blob) + (0.25 * Blob / 10);
        Assert.Equal(10.0, r.ExpectedBatchSize[0], 1e-9);
        Assert.Equal(2.751e-5, r.SettlementGasPerInference[0], 1e-15);
        Assert.Equal(walrus, r.WalrusPerInference[0], 1e-15);
        Assert.Equal(2.751e-5 + walrus, r.UserSettlementPerInference[0], 1e-15);
        Assert.Equal(0.01 + 0.00081 + 2.751e-5 + walrus, r.UserPriceUsd[0], 1e-15);

        // Gas spent: Base settle and approval gas + OG gas (the facilitator's running cost is not gas).
        Assert.Equal(1e6 * (0.0003 + 0.00001 + 2.751e-5), r.GasSpendUsd[0], 1e-6);
        Assert.Equal(1e6 * walrus, r.WalrusUsd[0], 1e-6);
    }

    [Fact]
    public void History_Accumulates_And_Its_Carry_Is_Gb_Times_Price_Times_Nodes()
    {
        // 2·(0.25·100 + 0.25·100) + 0.25·2·50/10 = 102.5 bytes per request; month 0: 0.1025 GB·0.1·50 = 0.5125 USD.
        var r = TestScenarios.RunSimple(Rails);
        Assert.Equal(102.5e6, r.OnchainBytes[0], 1e-3);
        Assert.Equal(12 * 102.5e6, r.Summary.OnchainBytesCumulative, 1e-3);
        Assert.Equal(0.5125, r.StateCarryUsd[0], 1e-12);
        Assert.Equal(78 * 0.5125, r.Summary.CumulativeStateCarryUsd, 1e-9);
    }

    [Fact]
    public void Walrus_Keeps_Blobs_For_Their_Retention()
    {
        // Encoded 0.25·(5·1,000 + 1e6) + 0.25·(5·1,000 + 1e6)/10 = 276,375 bytes per request; 10 epochs × 14 days
        // = 4.6 months, so the blobs of the last 5 months are stored.
        var r = TestScenarios.RunSimple(Rails);
        Assert.Equal(276_375e6, r.WalrusStoredBytes[0], 276_375e6 * 1e-12);
        Assert.Equal(5 * 276_375e6, r.WalrusStoredBytes[4], 276_375e6 * 1e-12);
        Assert.Equal(5 * 276_375e6, r.WalrusStoredBytes[11], 276_375e6 * 1e-12);
    }

    [Fact]
    public void Settles_Stall_In_Months_Above_The_Max_Fee()
    {
        // Base fee + 0.002 priority against a 0.1 gwei cap: months 1 and 2 exceed it.
        var r = TestScenarios.RunSimple(Rails, """{ "chains": { "base": { "gasPriceGweiByMonth": [0.05, 0.099, 0.2, 0.05] } } }""");
        Assert.Equal([0.0, 1.0, 1.0, 0.0, 0.0], r.SettleStalled.Take(5));
        Assert.Equal(2, r.Summary.SettleStallMonths);
        Assert.Equal(0, TestScenarios.RunSimple(Rails).Summary.SettleStallMonths);
    }

    [Fact]
    public void Rails_Borne_By_Operators_Are_Their_Cost_Not_The_Users()
    {
        var r = TestScenarios.RunSimple(Rails, """{ "payments": { "approvalSponsored": true, "costBorneBy": "operator" }, "settlement": { "costBorneBy": "operator" } }""");
        Assert.Equal(0, r.UserPaymentRailsPerInference[0]);
        Assert.Equal(0, r.UserSettlementPerInference[0]);
        Assert.Equal(0.01, r.UserPriceUsd[0], 1e-15);
        double perRequest = 0.0003 + 0.00001 + (0.002 * 0.26) + 2.751e-5 + (0.25 * Blob) + (0.25 * Blob / 10);
        Assert.Equal(perRequest, r.OperatorRailsPerInference[0], 1e-15);
        Assert.Equal(5000 + (1e6 * perRequest), r.OperatorCosts[0], 1e-6);
        Assert.Equal(1e6 * perRequest, r.Summary.CumulativeOperatorRailsUsd / 12, 1e-6);
    }

    [Fact]
    public void Nothing_Served_Leaves_Finite_Per_Request_Values()
    {
        var r = TestScenarios.RunSimple(Rails, TestScenarios.Market(initial: 0), """
            { "payments": { "facilitator": { "kind": "thirdParty", "freeTransactionsPerMonth": 0, "usdPerTransaction": 0.001, "maxFeeGwei": 0.1, "priorityFeeGwei": 0.002 } } }
            """);
        Assert.Equal(0.0, r.FacilitatorPerInference[0]);
        Assert.Equal(1.0, r.ExpectedBatchSize[0]);
        Assert.True(double.IsFinite(r.WalrusPerInference[0]) && double.IsFinite(r.SettlementGasPerInference[0]));
        Assert.Equal(0.0, r.ProtocolRailsUsd[0]);
    }

    public sealed class ExpectedBatchSize
    {
        [Fact]
        public void Is_One_Without_Traffic() => Assert.Equal(1.0, SettlementBatching.ExpectedBatchSize(0, 20, 5, 15));

        [Fact]
        public void Is_K_When_The_Idle_Flush_Never_Fires()
        {
            // λ = 100/min: p = e^−500 underflows to 0; K = min(20, 1 + 1,500) = 20.
            Assert.Equal(20.0, SettlementBatching.ExpectedBatchSize(100, 20, 5, 15));

            // The age limit binds: K = 1 + 0.5·15 = 8.5 with no idle flush.
            Assert.Equal(8.5, SettlementBatching.ExpectedBatchSize(0.5, 20, 1e9, 15));

            // An idle flush of 0 flushes every request alone.
            Assert.Equal(1.0, SettlementBatching.ExpectedBatchSize(0.5, 20, 0, 15));
        }

        [Theory]
        [InlineData(2.0, 19.991376362609362)]   // p = e^−10, K = 20
        [InlineData(0.1, 1.4886090489903159)]   // p = e^−0.5, K = 2.5
        public void Matches_The_Closed_Form(double lambda, double expected) =>
            Assert.Equal(expected, SettlementBatching.ExpectedBatchSize(lambda, 20, 5, 15), 1e-12);

        [Fact]
        public void Is_Between_One_And_K_And_Never_Falls_With_Traffic()
        {
            Gen.Select(Gen.Double[0, 50], Gen.Double[0, 50], Gen.Double[1, 1000], Gen.Double[0, 30], Gen.Double[0, 60]).Sample((a, c, maxSize, idle, age) =>
            {
                double lo = Math.Min(a, c), hi = Math.Max(a, c);
                double bLo = SettlementBatching.ExpectedBatchSize(lo, maxSize, idle, age);
                double bHi = SettlementBatching.ExpectedBatchSize(hi, maxSize, idle, age);
                double k = Math.Min(maxSize, 1 + (hi * age));
                Assert.InRange(bHi, 1.0, k * (1 + 1e-12));
                Assert.True(bHi >= bLo * (1 - 1e-9), $"b({hi}) = {bHi} < b({lo}) = {bLo}");
            }, iter: 2000);
        }
    }

    [Fact]
    public void Walrus_Blob_Price_Is_Encoded_Size_Times_Price_Times_Epochs_Plus_Fees()
    {
        var walrus = new WalrusAssumptions { UsdPerGbPerEpoch = 0.01, EpochDays = 14, RetentionEpochs = 10, MetadataBytesPerBlob = 1e6, WriteFeeUsd = 0.0001, SuiGasUsd = 0.001 };
        Assert.Equal(Blob, SettlementBatching.WalrusBlobUsd(walrus, 1000), 1e-15);
    }
}
