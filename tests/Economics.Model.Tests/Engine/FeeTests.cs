using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Model.Tests.Engine;

/// <summary>Rule 6: fee policies, the user's all-in price and the fee identity.</summary>
public sealed class FeeTests
{
    [Fact]
    public void Fixed_Fee_Is_As_Given()
    {
        var r = TestScenarios.RunSimple("""{ "fees": { "policy": { "kind": "fixed", "usdPerInference": 0.0123 } } }""");
        Assert.All(r.FeeUsd, f => Assert.Equal(0.0123, f));
    }

    [Fact]
    public void Cost_Plus_Marks_Up_Unit_Cost_At_Target_Utilization()
    {
        // Node cost 2 USD/h·1 GPU·730 h + 500 = 1,960; capital 1,000 tokens·2 USD·0.12/12 = 20;
        // usable 200,000·(1 − 0.2) = 160,000 at 50% → (1,960 + 20)/80,000 = 0.02475; + variable 0.001
        // + operator-paid facilitator 0.0005 = 0.02625; f = 1.2·0.02625/(1 − 0.1) = 0.035.
        var r = TestScenarios.RunSimple("""
            { "fees": { "policy": { "kind": "costPlus", "marginFraction": 0.2, "targetUtilization": 0.5 }, "protocolTakeRate": 0.1 },
              "payments": { "facilitator": { "usdPerTransaction": 0.0005 }, "costBorneBy": "operator" },
              "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 2, "gpusPerNode": 1,
                             "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 200000, "teeOverheadFraction": 0.2,
                             "variableUsdPerInference": 0.001, "stakeTokens": 1000, "costOfCapitalAnnual": 0.12 } ] }
            """);
        Assert.Equal(0.035, r.FeeUsd[0], 1e-15);
    }

    [Fact]
    public void Cost_Plus_Weights_Cohorts_By_Capacity()
    {
        // a: 800/100,000 = 0.008 on 1/4 of capacity; b: 300/100,000 = 0.003 on 3/4 → 0.00425.
        var r = TestScenarios.RunSimple("""
            { "fees": { "policy": { "kind": "costPlus", "marginFraction": 0, "targetUtilization": 1 } },
              "cohorts": [
                { "name": "a", "provider": "p", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 800, "capacityInferencesPerMonth": 100000 },
                { "name": "b", "provider": "q", "initialNodes": 30, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 300, "capacityInferencesPerMonth": 100000 } ] }
            """);
        Assert.Equal(0.00425, r.FeeUsd[0], 1e-15);
    }

    [Fact]
    public void Subsidy_Aware_Fee_Subtracts_Last_Months_Emission_Income_Down_To_The_Floor()
    {
        // Cost plus = 500/200,000 = 0.0025. Emission income 1,000 tokens·2 USD/1e6 served = 0.002 per inference.
        // Month 0 (no last month): 0.0025. Then 0.0025 − 0.002 = 0.0005 → floor 0.001.
        var r = TestScenarios.RunSimple("""{ "fees": { "policy": { "kind": "subsidyAware", "marginFraction": 0, "targetUtilization": 1, "floorUsdPerInference": 0.001 } } }""");
        Assert.Equal(0.0025, r.FeeUsd[0], 1e-15);
        Assert.All(r.FeeUsd.Skip(1), f => Assert.Equal(0.001, f, 1e-15));
    }

    [Fact]
    public void Subsidy_Aware_Fee_Reprices_As_Emissions_End()
    {
        // 500 tokens/month (0.001 USD per inference) stopping at month 6: 0.0015 while they flow, 0.0025 after.
        var r = TestScenarios.RunSimple("""
            { "token": { "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 500 }, "use": { "operators": 1 }, "stopMonth": 6 } ] },
              "fees": { "policy": { "kind": "subsidyAware", "marginFraction": 0, "targetUtilization": 1, "floorUsdPerInference": 0.001 } } }
            """);
        Assert.Equal(0.0015, r.FeeUsd[3], 1e-15);
        Assert.Equal(0.0015, r.FeeUsd[6], 1e-15); // month 6 still sees month 5's emission income
        Assert.Equal(0.0025, r.FeeUsd[7], 1e-15);
    }

    [Fact]
    public void Without_Capacity_Cost_Plus_And_Subsidy_Aware_Fees_Hold_Last_Months_Fee()
    {
        // A full outage in months 3–5: the subsidy-aware fee of month 2 (0.0015, see above) holds; it is not
        // reduced again by the subsidy deduction while nothing is served.
        var r = TestScenarios.RunSimple("""
            { "token": { "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 500 }, "use": { "operators": 1 } } ] },
              "fees": { "policy": { "kind": "subsidyAware", "marginFraction": 0, "targetUtilization": 1, "floorUsdPerInference": 0.0001 } },
              "events": [ { "kind": "providerOutage", "month": 3, "durationMonths": 3, "provider": "p", "capacityLossFraction": 1 } ] }
            """);
        Assert.Equal(0.0015, r.FeeUsd[2], 1e-15);
        Assert.Equal([0.0015, 0.0015, 0.0015], r.FeeUsd.Skip(3).Take(3).Select(f => Math.Round(f, 15)));
        Assert.All(r.Served.Skip(3).Take(3), s => Assert.Equal(0, s));

        // Month 6: capacity is back; last month served nothing, so no deduction: cost plus 0.0025.
        Assert.Equal(0.0025, r.FeeUsd[6], 1e-15);
    }

    [Fact]
    public void Mev_Tax_Is_Extraction_Times_Fee_On_Top_Of_The_Fee()
    {
        // Only in on-chain ML markets (PIPE); an open-model market pays none.
        var r = TestScenarios.RunSimple("""{ "mev": { "extractionBps": 250 } }""", TestScenarios.Market(kind: "onchainMl"));
        Assert.Equal(0.00025, r.MevTaxPerInference[0], 1e-15);
        Assert.Equal(0.01025, r.UserPriceUsd[0], 1e-15);
        var open = TestScenarios.RunSimple("""{ "mev": { "extractionBps": 250 } }""");
        Assert.All(open.MevTaxPerInference, v => Assert.Equal(0, v));
        Assert.All(open.RevenueMev, v => Assert.Equal(0, v));
    }

    public static TheoryData<GasPayer, GasPayer> Payers()
    {
        var data = new TheoryData<GasPayer, GasPayer>();
        foreach (var payment in Enum.GetValues<GasPayer>())
        {
            foreach (var settlement in Enum.GetValues<GasPayer>())
            {
                data.Add(payment, settlement);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Payers))]
    public void User_Price_Is_Take_Plus_Net_Fee_Plus_User_Paid_Rails_Plus_Conversion_Plus_Mev_Tax(GasPayer payment, GasPayer settlement)
    {
        // Given the baseline with MEV, a subsidy-aware fee and every combination of who pays gas
        var baseline = TestScenarios.Baseline;
        var scenario = baseline with
        {
            Payments = baseline.Payments with { CostBorneBy = payment },
            Settlement = baseline.Settlement with { CostBorneBy = settlement },
            Mev = baseline.Mev with { ExtractionBps = 40, VisibleFlowUsdPerMonth = 1e6 },
            Fees = baseline.Fees with { Policy = new SubsidyAwareFee { MarginFraction = 0.2, TargetUtilization = 0.6, FloorUsdPerInference = 0.001 } },
        };

        // When run
        var r = Simulation.Run(scenario);

        // Then every month the parts add up to the user's price
        for (int t = 0; t < r.Months; t++)
        {
            double parts = r.ProtocolTakePerInference[t] + r.OperatorNetFeePerInference[t] + r.UserPaymentRailsPerInference[t]
                + r.UserSettlementPerInference[t] + r.ConversionPerInference[t] + r.MevTaxPerInference[t];
            Assert.Equal(r.UserPriceUsd[t], parts, r.UserPriceUsd[t] * 1e-12);
            double rails = r.PaymentGasPerInference[t] + r.FacilitatorPerInference[t] + r.Permit2PerInference[t];
            Assert.Equal(payment == GasPayer.User ? rails : 0.0, r.UserPaymentRailsPerInference[t]);
            Assert.Equal(settlement == GasPayer.User ? r.SettlementGasPerInference[t] + r.WalrusPerInference[t] : 0.0, r.UserSettlementPerInference[t]);
        }
    }

    [Theory]
    [MemberData(nameof(Payers))]
    public void Non_User_Rails_Land_On_Operators_Or_The_Treasury(GasPayer payment, GasPayer settlement)
    {
        // Simple scenario, 1e6 served; every Base transaction costs 0.004 USD (L1 data fee only; approvalGasUnits 1 so approvals exist): payment rails
        // 0.004/4 (settle, upto scheme) + 0.004/4 (sponsored approval) = 0.002; settlement half INDIVIDUAL_FULL with
        // a Walrus blob of 0.004 USD (write fee only, no OG gas): 0.5·0.004 = 0.002.
        var r = TestScenarios.RunSimple($$"""
            { "chains": { "base": { "gasPriceGwei": 0, "l1DataFeeUsdPerTx": 0.004 } },
              "payments": { "scheme": "upto", "requestsPerSettle": 4, "requestsPerApproval": 4, "approvalGasUnits": 1, "approvalSponsored": true, "costBorneBy": "{{Json(payment)}}" },
              "settlement": { "mix": { "private": 0.5, "batchHashed": 0, "individualHashes": 0, "individualFull": 0.5 },
                              "walrus": { "usdPerGbPerEpoch": 0, "writeFeeUsd": 0.004, "suiGasUsd": 0 }, "costBorneBy": "{{Json(settlement)}}" },
              "fees": { "protocolTakeRate": 0.1 } }
            """);
        Assert.Equal(0.001, r.PaymentGasPerInference[0], 1e-15);
        Assert.Equal(0.001, r.Permit2PerInference[0], 1e-15);
        Assert.Equal(0.0, r.SettlementGasPerInference[0]);
        Assert.Equal(0.002, r.WalrusPerInference[0], 1e-15);
        double operatorPaid = (payment == GasPayer.Operator ? 0.002 : 0) + (settlement == GasPayer.Operator ? 0.002 : 0);
        double protocolPaid = (payment == GasPayer.Protocol ? 0.002 : 0) + (settlement == GasPayer.Protocol ? 0.002 : 0);
        double userPaid = (payment == GasPayer.User ? 0.002 : 0) + (settlement == GasPayer.User ? 0.002 : 0);
        Assert.Equal(5000 + (1e6 * operatorPaid), r.OperatorCosts[0], 1e-9);
        Assert.Equal(0.01 + userPaid, r.UserPriceUsd[0], 1e-15);

        // Treasury: take 0.1·0.01·1e6 = 1,000 minus protocol-paid gas.
        Assert.Equal(1000 - (1e6 * protocolPaid), r.TreasuryUsd[0], 1e-9);
    }

    [Fact]
    public void Standing_Permit2_Approvals_Accumulate_And_Expose_The_Wallet_Balances()
    {
        // Simple scenario: 1e6 served a month, one approval per 4 requests → 250,000 new wallets a month, never
        // revoked; 20 USD each. Without approval gas (EIP-3009) there are no standing approvals.
        var r = TestScenarios.RunSimple("""{ "payments": { "approvalGasUnits": 1, "requestsPerApproval": 4, "walletBalanceUsd": 20 } }""");
        for (int t = 0; t < r.Months; t++)
        {
            Assert.Equal(250_000.0 * (t + 1), r.Permit2Wallets[t], 1e-6);
            Assert.Equal(20 * 250_000.0 * (t + 1), r.Permit2ExposedUsd[t], 1e-6);
        }

        Assert.Equal(20 * 250_000.0 * 12, r.Summary.Permit2ExposedUsdEnd, 1e-6);
        var none = TestScenarios.RunSimple("""{ "payments": { "approvalGasUnits": 0, "requestsPerApproval": 4, "walletBalanceUsd": 20 } }""");
        Assert.All(none.Permit2ExposedUsd, e => Assert.Equal(0.0, e));
    }

    [Theory]
    [MemberData(nameof(Payers))]
    public void After_The_Subsidy_Ends_PostSubsidyCostBorneBy_Pays_What_The_Protocol_Bore(GasPayer payment, GasPayer settlement)
    {
        // The non-user-rails scenario with everything borne by the protocol while the pool pays operators (1,000
        // tokens a month until month 6, stopMonth 6); from month 6 the payers are (payment, settlement). Payment
        // rails 0.002 and settlement 0.002 per request, 1e6 served.
        var r = TestScenarios.RunSimple($$"""
            { "chains": { "base": { "gasPriceGwei": 0, "l1DataFeeUsdPerTx": 0.004 } },
              "token": { "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "stopMonth": 6, "use": { "operators": 1 } } ] },
              "payments": { "scheme": "upto", "requestsPerSettle": 4, "requestsPerApproval": 4, "approvalGasUnits": 1, "approvalSponsored": true,
                            "costBorneBy": "protocol", "postSubsidyCostBorneBy": "{{Json(payment)}}" },
              "settlement": { "mix": { "private": 0.5, "batchHashed": 0, "individualHashes": 0, "individualFull": 0.5 },
                              "walrus": { "usdPerGbPerEpoch": 0, "writeFeeUsd": 0.004, "suiGasUsd": 0 },
                              "costBorneBy": "protocol", "postSubsidyCostBorneBy": "{{Json(settlement)}}" } }
            """);
        for (int t = 0; t < r.Months; t++)
        {
            bool after = t >= 6;
            Assert.Equal(after ? 0.0 : 1000.0, r.OperatorSubsidyTokens[t]);
            double operatorPaid = after ? (payment == GasPayer.Operator ? 0.002 : 0) + (settlement == GasPayer.Operator ? 0.002 : 0) : 0;
            double protocolPaid = after ? (payment == GasPayer.Protocol ? 0.002 : 0) + (settlement == GasPayer.Protocol ? 0.002 : 0) : 0.004;
            double userPaid = after ? (payment == GasPayer.User ? 0.002 : 0) + (settlement == GasPayer.User ? 0.002 : 0) : 0;
            Assert.Equal(1e6 * protocolPaid, r.ProtocolRailsUsd[t], 1e-9);
            Assert.Equal(5000 + (1e6 * operatorPaid), r.OperatorCosts[t], 1e-9);
            Assert.Equal(0.01 + userPaid, r.UserPriceUsd[t], 1e-15);
        }
    }

    [Fact]
    public void Without_PostSubsidyCostBorneBy_The_Payer_Never_Changes()
    {
        // The same pool ending in month 6, no postSubsidyCostBorneBy: the protocol bears 0.004 per request all year.
        var r = TestScenarios.RunSimple("""
            { "chains": { "base": { "gasPriceGwei": 0, "l1DataFeeUsdPerTx": 0.004 } },
              "token": { "pools": [ { "name": "ops", "share": 0.001, "release": { "kind": "constant", "tokensPerMonth": 1000 }, "stopMonth": 6, "use": { "operators": 1 } } ] },
              "payments": { "scheme": "upto", "requestsPerSettle": 4, "requestsPerApproval": 4, "approvalGasUnits": 1, "approvalSponsored": true, "costBorneBy": "protocol" },
              "settlement": { "mix": { "private": 0.5, "batchHashed": 0, "individualHashes": 0, "individualFull": 0.5 },
                              "walrus": { "usdPerGbPerEpoch": 0, "writeFeeUsd": 0.004, "suiGasUsd": 0 }, "costBorneBy": "protocol" } }
            """);
        Assert.All(r.ProtocolRailsUsd, usd => Assert.Equal(4000.0, usd, 1e-9));
        Assert.All(r.UserPriceUsd, p => Assert.Equal(0.01, p, 1e-15));
    }

    private static string Json(GasPayer payer) => payer.ToString().ToLowerInvariant();
}
