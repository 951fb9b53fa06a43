using Economics.Model.Loading;

namespace Economics.Model.Tests.Validation;

/// <summary>
/// One case per range rule of <see cref="Economics.Model.Validation.ScenarioValidator"/>: the baseline with one
/// override (as <c>--set</c> gives it) must be reported at the override's JSON path, with the bad value and the
/// rule in the message.
/// </summary>
public sealed class ScenarioValidatorTests
{
    internal static IReadOnlyList<ScenarioProblem> Problems(params string[] overrides)
    {
        var result = ScenarioLoader.TryLoad(ScenarioSource.FromJson("{}"), overrides.Select(ScenarioOverride.Parse));
        Assert.False(result.IsValid, $"expected problems for {string.Join(" ", overrides)}");
        return result.Problems;
    }

    internal static void AssertProblem(IReadOnlyList<ScenarioProblem> problems, string path, params string[] fragments)
    {
        var atPath = problems.Where(p => p.Path == path).ToList();
        Assert.True(atPath.Count > 0, $"no problem at {path}; got:\n{string.Join("\n", problems)}");
        Assert.True(
            atPath.Any(p => fragments.All(f => p.Message.Contains(f, StringComparison.Ordinal))),
            $"no problem at {path} mentions [{string.Join("], [", fragments)}]; got:\n{string.Join("\n", atPath)}");
    }

    [Fact]
    public void Baseline_Has_No_Problems() =>
        Assert.True(ScenarioLoader.TryLoad(ScenarioSource.Baseline).IsValid);

    [Theory]
    // Scenario
    [InlineData("name=bad name!", "name", "'bad name!'", "letters, digits")]
    // Issue 15 item 12: .NET's $ matches before a final newline, so "evil\n" passed and created out/evil⏎/.
    // The value is shown with the newline escaped (and any control character as \uXXXX), never raw.
    [InlineData("name=\"evil\\n\"", "name", "is 'evil\\n';", "letters, digits")]
    [InlineData("name=\"a\\u001b[2Jb\"", "name", "is 'a\\u001B[2Jb';", "letters, digits")]
    [InlineData("token.pools[0].name=\"ecosystem\\n\"", "token.pools[0].name", "is 'ecosystem\\n';", "lower case letters")]
    [InlineData("cohorts[0].name=\"tee_gateway\\n\"", "cohorts[0].name", "is 'tee_gateway\\n';", "lower-case letters")]
    [InlineData("markets[0].name=\"claude_haiku_4_5\\n\"", "markets[0].name", "is 'claude_haiku_4_5\\n';", "lower-case letters")]
    // Issue 15 item 4: a drawn horizon made Monte Carlo paths of different lengths (IndexOutOfRange).
    [InlineData("uncertainty=[{\"path\":\"horizonMonths\",\"distribution\":{\"kind\":\"uniform\",\"lower\":60,\"upper\":132}}]", "uncertainty[0].path", "is 'horizonMonths', which cannot be uncertain", "every Monte Carlo path covers the same months")]
    [InlineData("description=\"\"", "description", "is empty", "non-empty")]
    [InlineData("horizonMonths=0", "horizonMonths", "is 0", "from 1 to 1200")]
    [InlineData("horizonMonths=1201", "horizonMonths", "is 1201", "from 1 to 1200")]
    [InlineData("startMonth=2026-13", "startMonth", "'2026-13'", "yyyy-MM")]
    // Issue 15 item 4: 9999-12 validated, then run overflowed the calendar (internal error).
    [InlineData("startMonth=9999-12", "startMonth", "'9999-12'", "the horizon would end after 9999-12, the last month a date can have: start 9988-12 at the latest")]
    // Token
    [InlineData("token.symbol=\"\"", "token.symbol", "is empty", "non-empty")]
    [InlineData("token.maxSupply=0", "token.maxSupply", "is 0", "> 0")]
    [InlineData("token.maxSupply=1e16", "token.maxSupply", "is 10,000,000,000,000,000", "≤ 1,000,000,000,000,000")]
    [InlineData("token.price={\"kind\":\"constant\",\"usd\":-1}", "token.price.usd", "is -1", "between 0 and")]
    [InlineData("token.price={\"kind\":\"path\",\"usdByMonth\":[]}", "token.price.usdByMonth", "is empty", "at least one")]
    [InlineData("token.price={\"kind\":\"path\",\"usdByMonth\":[1,-2]}", "token.price.usdByMonth[1]", "is -2", "between 0 and")]
    [InlineData("token.price.initialUsd=0", "token.price.initialUsd", "is 0", "> 0")]
    [InlineData("token.price.driftAnnual=11", "token.price.driftAnnual", "is 11", "between -10 and 10")]
    [InlineData("token.price.volatilityAnnual=-0.1", "token.price.volatilityAnnual", "is -0.1", "between 0 and 10")]
    [InlineData("token.liquidity.usdReserve=0", "token.liquidity.usdReserve", "is 0", "> 0")]
    [InlineData("token.liquidity.swapFeeFraction=1", "token.liquidity.swapFeeFraction", "is 1", "< 1")]
    [InlineData("token.liquidity.swapFeeFraction=-0.1", "token.liquidity.swapFeeFraction", "is -0.1", "≥ 0")]
    [InlineData("token.liquidity.impactHalfLifeMonths=0", "token.liquidity.impactHalfLifeMonths", "is 0", "> 0")]
    [InlineData("token.liquidity.priceFloorUsd=0", "token.liquidity.priceFloorUsd", "is 0", "between 0.000000000001 and 1,000,000,000,000")]
    [InlineData("token.operatorSellFraction=1.5", "token.operatorSellFraction", "is 1.5", "between 0 and 1")]
    // Pools
    [InlineData("token.pools[0].name=\"Eco\"", "token.pools[0].name", "is 'Eco'", "lower case letters")]
    [InlineData("token.pools[1].name=\"ecosystem\"", "token.pools[1].name", "is 'ecosystem'", "must be unique")]
    [InlineData("token.pools[0].share=-0.1", "token.pools[0].share", "is -0.1", "between 0 and 1")]
    [InlineData("token.pools[0].share=0.5", "token.pools", "shares sum to 1.1", "at most 1")]
    [InlineData("token.pools[0].atStartFraction=1.5", "token.pools[0].atStartFraction", "is 1.5", "between 0 and 1")]
    [InlineData("token.pools[0].cliffMonths=-1", "token.pools[0].cliffMonths", "is -1", "from 0 to 1200")]
    [InlineData("token.pools[0].vestingMonths=1201", "token.pools[0].vestingMonths", "is 1201", "from 0 to 1200")]
    [InlineData("token.pools[0].sellFraction=2", "token.pools[0].sellFraction", "is 2", "between 0 and 1")]
    [InlineData("token.pools[0].stopMonth=-1", "token.pools[0].stopMonth", "is -1", "from 0 to 1200")]
    [InlineData("token.pools[0].payout.tokens=-1", "token.pools[0].payout.tokens", "is -1", "between 0 and")]
    [InlineData("token.pools[0].payout={\"kind\":\"usdPerMonth\",\"usd\":-1}", "token.pools[0].payout.usd", "is -1", "between 0 and")]
    [InlineData("token.pools[0].payout={\"kind\":\"shareOfBalance\",\"fraction\":1.5}", "token.pools[0].payout.fraction", "is 1.5", "between 0 and 1")]
    [InlineData("token.pools[0].use.operators=1.5", "token.pools[0].use.operators", "is 1.5", "between 0 and 1")]
    [InlineData("token.pools[0].use.validators=-1", "token.pools[0].use.validators", "is -1", "between 0 and 1")]
    [InlineData("token.pools[0].use.market=2", "token.pools[0].use.market", "is 2", "between 0 and 1")]
    [InlineData("token.pools[0].use.treasury=2", "token.pools[0].use.treasury", "is 2", "between 0 and 1")]
    [InlineData("token.pools[0].use.held=2", "token.pools[0].use.held", "is 2", "between 0 and 1")]
    [InlineData("token.pools[0].use.liquidity=2", "token.pools[0].use.liquidity", "is 2", "between 0 and 1")]
    [InlineData("token.pools[0].use.held=0.5", "token.pools[0].use", "shares sum to 0.75", "must sum to 1")]
    [InlineData("token.pools[0].release={\"kind\":\"constant\",\"tokensPerMonth\":-1}", "token.pools[0].release.tokensPerMonth", "is -1", "between 0 and")]
    [InlineData("token.pools[0].release={\"kind\":\"linearTaper\",\"startTokensPerMonth\":-1,\"endMonth\":5}", "token.pools[0].release.startTokensPerMonth", "is -1", "between 0 and")]
    [InlineData("token.pools[0].release={\"kind\":\"linearTaper\",\"startTokensPerMonth\":1,\"endMonth\":0}", "token.pools[0].release.endMonth", "is 0", "≥ 1")]
    [InlineData("token.pools[0].release={\"kind\":\"exponentialDecay\",\"pool\":-1,\"halfLifeMonths\":12}", "token.pools[0].release.pool", "is -1", "between 0 and")]
    [InlineData("token.pools[0].release={\"kind\":\"exponentialDecay\",\"pool\":1,\"halfLifeMonths\":0}", "token.pools[0].release.halfLifeMonths", "is 0", "> 0")]
    [InlineData("token.pools[0].release={\"kind\":\"halving\",\"initialTokensPerMonth\":-1,\"halvingEveryMonths\":12}", "token.pools[0].release.initialTokensPerMonth", "is -1", "between 0 and")]
    [InlineData("token.pools[0].release={\"kind\":\"halving\",\"initialTokensPerMonth\":1,\"halvingEveryMonths\":0}", "token.pools[0].release.halvingEveryMonths", "is 0", "≥ 1")]
    [InlineData("token.pools[0].release={\"kind\":\"table\",\"tokensPerMonth\":[1,-1]}", "token.pools[0].release.tokensPerMonth[1]", "is -1", "between 0 and")]
    // Demand
    [InlineData("payments.walletBalanceUsd=-1", "payments.walletBalanceUsd", "is -1", "between 0 and")]
    // Validator cohorts
    [InlineData("cohorts[1].capacityInferencesPerMonth=5", "cohorts[1].capacityInferencesPerMonth", "is 5", "serves no inference")]
    [InlineData("cohorts[1].markets=[\"gpt_5\"]", "cohorts[1].markets", "lists 1 market", "serves no market")]
    [InlineData("cohorts[0].kind=\"validator\"", "cohorts", "only validator cohorts", "at least one inference cohort")]
    [InlineData("viability.minValidators=-1", "viability.minValidators", "is -1", "between 0 and")]
    [InlineData("markets[0].demand.initialInferencesPerMonth=-1", "markets[0].demand.initialInferencesPerMonth", "is -1", "between 0 and")]
    [InlineData("markets[0].demand.growth={\"kind\":\"compound\",\"monthlyRate\":-1}", "markets[0].demand.growth.monthlyRate", "is -1", "> -1 and ≤ 10")]
    [InlineData("markets[0].demand.growth={\"kind\":\"compound\",\"monthlyRate\":1}", "markets[0].demand.growth.monthlyRate", "is 1", "above the limit 1,000,000,000,000,000")]
    [InlineData("markets[0].demand.growth.monthlyRate=11", "markets[0].demand.growth.monthlyRate", "is 11", "between 0 and 10")]
    [InlineData("markets[0].demand.growth.saturationInferencesPerMonth=0", "markets[0].demand.growth.saturationInferencesPerMonth", "is 0", "> 0")]
    [InlineData("markets[0].demand.growth={\"kind\":\"table\",\"inferencesPerMonth\":[]}", "markets[0].demand.growth.inferencesPerMonth", "is empty", "at least one")]
    [InlineData("markets[0].demand.growth={\"kind\":\"table\",\"inferencesPerMonth\":[1,-1]}", "markets[0].demand.growth.inferencesPerMonth[1]", "is -1", "between 0 and")]
    [InlineData("markets[0].demand.adjustmentPerMonth=0", "markets[0].demand.adjustmentPerMonth", "is 0", "between 0.000001 and 1")]
    [InlineData("markets[1].name=\"claude_haiku_4_5\"", "markets[1].name", "'claude_haiku_4_5'", "must be unique")]
    [InlineData("markets[0].name=\"Haiku\"", "markets[0].name", "is 'Haiku'", "lower-case")]
    [InlineData("markets[0].inputTokens=-1", "markets[0].inputTokens", "is -1", "between 0 and")]
    [InlineData("markets[0].outputTokens=-1", "markets[0].outputTokens", "is -1", "between 0 and")]
    [InlineData("markets[0].listUsdPerMillionInput=-1", "markets[0].listUsdPerMillionInput", "is -1", "between 0 and")]
    [InlineData("markets[0].listUsdPerMillionOutput=-1", "markets[0].listUsdPerMillionOutput", "is -1", "between 0 and")]
    [InlineData("markets[0].outsideUsdPerInference=0", "markets[0].outsideUsdPerInference", "is 0", "between 0.000000001 and 1,000,000,000,000,000")]
    [InlineData("markets[0]={\"name\":\"z\",\"kind\":\"hostedProxy\",\"inputTokens\":0,\"outputTokens\":0,\"listUsdPerMillionInput\":0,\"listUsdPerMillionOutput\":0,\"demand\":{\"initialInferencesPerMonth\":1,\"growth\":{\"kind\":\"compound\",\"monthlyRate\":0},\"adjustmentPerMonth\":1},\"willingnessToPay\":{\"medianPremium\":0.1,\"spread\":1}}", "markets[0].listUsdPerMillionInput", "list price of 0", "at least 0.000000001")]
    [InlineData("markets[0].willingnessToPay.medianPremium=0", "markets[0].willingnessToPay.medianPremium", "is 0", "between 0.000001 and 100")]
    [InlineData("markets[0].willingnessToPay.spread=11", "markets[0].willingnessToPay.spread", "is 11", "between 0 and 10")]
    [InlineData("markets[0].willingnessToPay.zeroValueShare=1", "markets[0].willingnessToPay.zeroValueShare", "is 1", "between 0 and 0.999999")]
    [InlineData("markets[0].willingnessToPay.frictionFraction=-1", "markets[0].willingnessToPay.frictionFraction", "is -1", "between 0 and 100")]
    [InlineData("markets[0].requestCostSpread=6", "markets[0].requestCostSpread", "is 6", "between 0 and 5")]
    [InlineData("markets[0].feePolicy={\"kind\":\"passThrough\",\"markupFraction\":-1}", "markets[0].feePolicy.markupFraction", "is -1", "between 0 and 100")]
    [InlineData("fees.policy.markupFraction=101", "fees.policy.markupFraction", "is 101", "between 0 and 100")]
    [InlineData("fees.maxOpgPerRequest=0", "fees.maxOpgPerRequest", "is 0", "> 0")]
    [InlineData("viability.minServedShare=2", "viability.minServedShare", "is 2", "between 0 and 1")]
    [InlineData("viability.redundancyFloor=-1", "viability.redundancyFloor", "is -1", "between 0 and")]
    [InlineData("viability.profitMonths=0", "viability.profitMonths", "is 0", "from 1 to 120")]
    [InlineData("events=[{\"kind\":\"marketWithdrawn\",\"month\":1,\"durationMonths\":1,\"market\":\"nope\"}]", "events[0].market", "is 'nope'", "matches no market")]
    [InlineData("cohorts[0].markets=[\"nope\"]", "cohorts[0].markets[0]", "is 'nope'", "matches no market")]
    // Fees
    [InlineData("fees.policy={\"kind\":\"fixed\",\"usdPerInference\":-1}", "fees.policy.usdPerInference", "is -1", "between 0 and")]
    [InlineData("fees.policy={\"kind\":\"costPlus\",\"marginFraction\":-1,\"targetUtilization\":0.7}", "fees.policy.marginFraction", "is -1", "between 0 and")]
    [InlineData("fees.policy={\"kind\":\"costPlus\",\"marginFraction\":0.2,\"targetUtilization\":0}", "fees.policy.targetUtilization", "is 0", "between 0.000001 and 1")]
    [InlineData("fees.policy={\"kind\":\"subsidyAware\",\"marginFraction\":-1,\"targetUtilization\":0.7,\"floorUsdPerInference\":0}", "fees.policy.marginFraction", "is -1", "between 0 and")]
    [InlineData("fees.policy={\"kind\":\"subsidyAware\",\"marginFraction\":0.2,\"targetUtilization\":1.5,\"floorUsdPerInference\":0}", "fees.policy.targetUtilization", "is 1.5", "between 0.000001 and 1")]
    [InlineData("fees.policy={\"kind\":\"subsidyAware\",\"marginFraction\":0.2,\"targetUtilization\":0.7,\"floorUsdPerInference\":-1}", "fees.policy.floorUsdPerInference", "is -1", "between 0 and")]
    [InlineData("fees.protocolTakeRate=1", "fees.protocolTakeRate", "is 1", "between 0 and 0.999999")]
    [InlineData("fees.buybackShareOfProtocolFees=-0.5", "fees.buybackShareOfProtocolFees", "is -0.5", "between 0 and 1")]
    // Payments and chain
    [InlineData("payments.requestsPerSettle=0.5", "payments.requestsPerSettle", "is 0.5", "between 1 and")]
    [InlineData("payments.settleGasUnits=-1", "payments.settleGasUnits", "is -1", "between 0 and")]
    [InlineData("payments.batchSettleGasUnits=-1", "payments.batchSettleGasUnits", "is -1", "between 0 and")]
    [InlineData("payments.approvalGasUnits=-1", "payments.approvalGasUnits", "is -1", "between 0 and")]
    [InlineData("payments.requestsPerApproval=0", "payments.requestsPerApproval", "is 0", "between 1 and")]
    [InlineData("payments.facilitator.freeTransactionsPerMonth=-1", "payments.facilitator.freeTransactionsPerMonth", "is -1", "between 0 and")]
    [InlineData("payments.facilitator.usdPerTransaction=-1", "payments.facilitator.usdPerTransaction", "is -1", "between 0 and")]
    [InlineData("payments.facilitator.maxFeeGwei=-1", "payments.facilitator.maxFeeGwei", "is -1", "between 0 and")]
    [InlineData("payments.facilitator.priorityFeeGwei=-1", "payments.facilitator.priorityFeeGwei", "is -1", "between 0 and")]
    [InlineData("payments.facilitator.priorityFeeGwei=0.5", "payments.facilitator.priorityFeeGwei", "is 0.5", "must not exceed maxFeeGwei (0.1)")]
    [InlineData("chains.base.gasPriceGwei=-1", "chains.base.gasPriceGwei", "is -1", "between 0 and")]
    [InlineData("chains.base.gasPriceGweiByMonth=[1,-1]", "chains.base.gasPriceGweiByMonth[1]", "is -1", "between 0 and")]
    [InlineData("chains.base.ethUsd=0", "chains.base.ethUsd", "is 0", "> 0")]
    [InlineData("chains.base.l1DataFeeUsdPerTx=-1", "chains.base.l1DataFeeUsdPerTx", "is -1", "between 0 and")]
    [InlineData("chains.og.gasPriceGwei=-1", "chains.og.gasPriceGwei", "is -1", "between 0 and")]
    // Settlement
    [InlineData("settlement.mix.private=1.2", "settlement.mix.private", "is 1.2", "between 0 and 1")]
    [InlineData("settlement.mix.batchHashed=2", "settlement.mix.batchHashed", "is 2", "between 0 and 1")]
    [InlineData("settlement.mix.individualHashes=-0.1", "settlement.mix.individualHashes", "is -0.1", "between 0 and 1")]
    [InlineData("settlement.mix.individualFull=-1", "settlement.mix.individualFull", "is -1", "between 0 and 1")]
    [InlineData("settlement.mix={\"private\":0.5,\"batchHashed\":0.75,\"individualHashes\":0,\"individualFull\":0.05}", "settlement.mix", "shares sum to 1.3; they must sum to 1")]
    [InlineData("settlement.batch.maxSize=0", "settlement.batch.maxSize", "is 0", "between 1 and")]
    [InlineData("settlement.batch.idleFlushMinutes=-1", "settlement.batch.idleFlushMinutes", "is -1", "between 0 and")]
    [InlineData("settlement.batch.maxAgeMinutes=-1", "settlement.batch.maxAgeMinutes", "is -1", "between 0 and")]
    [InlineData("settlement.batch.batchers=0", "settlement.batch.batchers", "is 0", "between 1 and")]
    [InlineData("settlement.gas.baseGas=-1", "settlement.gas.baseGas", "is -1", "between 0 and")]
    [InlineData("settlement.gas.calldataGasPerByte=-1", "settlement.gas.calldataGasPerByte", "is -1", "between 0 and")]
    [InlineData("settlement.gas.logGasPerByte=1e308", "settlement.gas.logGasPerByte", "is 1 × 10³⁰⁸", "between 0 and 1,000,000,000,000,000")]
    [InlineData("settlement.gas.signatureVerifyGas=-1", "settlement.gas.signatureVerifyGas", "is -1", "between 0 and")]
    [InlineData("settlement.bytes.hashRecord=-1", "settlement.bytes.hashRecord", "is -1", "between 0 and")]
    [InlineData("settlement.bytes.batchRecord=-1", "settlement.bytes.batchRecord", "is -1", "between 0 and")]
    [InlineData("settlement.bytes.payloadPerInference=-1", "settlement.bytes.payloadPerInference", "is -1", "between 0 and")]
    [InlineData("settlement.walrus.usdPerGbPerEpoch=-1", "settlement.walrus.usdPerGbPerEpoch", "is -1", "between 0 and")]
    [InlineData("settlement.walrus.epochDays=0", "settlement.walrus.epochDays", "is 0", "> 0")]
    [InlineData("settlement.walrus.retentionEpochs=-1", "settlement.walrus.retentionEpochs", "is -1", "between 0 and")]
    [InlineData("settlement.walrus.metadataBytesPerBlob=-1", "settlement.walrus.metadataBytesPerBlob", "is -1", "between 0 and")]
    [InlineData("settlement.walrus.writeFeeUsd=-1", "settlement.walrus.writeFeeUsd", "is -1", "between 0 and")]
    [InlineData("settlement.walrus.suiGasUsd=-1", "settlement.walrus.suiGasUsd", "is -1", "between 0 and")]
    [InlineData("settlement.history.fullNodes=-1", "settlement.history.fullNodes", "is -1", "between 0 and")]
    [InlineData("settlement.history.usdPerGbMonth=-1", "settlement.history.usdPerGbMonth", "is -1", "between 0 and")]
    // MEV
    [InlineData("mev.extractionBps=10001", "mev.extractionBps", "is 10,001", "between 0 and 10,000")]
    [InlineData("mev.visibleFlowUsdPerMonth=-1", "mev.visibleFlowUsdPerMonth", "is -1", "between 0 and")]
    [InlineData("mev.operatorShare=1.5", "mev.operatorShare", "is 1.5", "between 0 and 1")]
    // Cohorts
    [InlineData("cohorts=[]", "cohorts", "is empty", "at least one")]
    [InlineData("cohorts[0].name=Bad-Name", "cohorts[0].name", "'Bad-Name'", "lower-case")]
    [InlineData("cohorts=[{\"name\":\"a\",\"provider\":\"p\",\"initialNodes\":1,\"gpuHourlyUsd\":0,\"gpusPerNode\":0,\"overheadUsdPerMonth\":1,\"capacityInferencesPerMonth\":1},{\"name\":\"a\",\"provider\":\"p\",\"initialNodes\":1,\"gpuHourlyUsd\":0,\"gpusPerNode\":0,\"overheadUsdPerMonth\":1,\"capacityInferencesPerMonth\":1}]", "cohorts[1].name", "'a'", "must be unique")]
    [InlineData("cohorts[0].provider=\"\"", "cohorts[0].provider", "is empty", "non-empty")]
    [InlineData("cohorts[0].initialNodes=-3", "cohorts[0].initialNodes", "is -3", "between 0 and")]
    [InlineData("cohorts[0].gpuHourlyUsd=-1", "cohorts[0].gpuHourlyUsd", "is -1", "between 0 and")]
    [InlineData("cohorts[0].gpusPerNode=-1", "cohorts[0].gpusPerNode", "is -1", "between 0 and")]
    [InlineData("cohorts[0].overheadUsdPerMonth=-1", "cohorts[0].overheadUsdPerMonth", "is -1", "between 0 and")]
    [InlineData("cohorts[0].capacityInferencesPerMonth=0.5", "cohorts[0].capacityInferencesPerMonth", "is 0.5", "0 or between 1 and")]
    [InlineData("cohorts[0].teeOverheadFraction=1", "cohorts[0].teeOverheadFraction", "is 1", "between 0 and 0.999999")]
    [InlineData("cohorts[0].variableUsdPerInference=-1", "cohorts[0].variableUsdPerInference", "is -1", "between 0 and")]
    [InlineData("cohorts[0].stakeTokens=-1", "cohorts[0].stakeTokens", "is -1", "between 0 and")]
    [InlineData("cohorts[0].costOfCapitalAnnual=11", "cohorts[0].costOfCapitalAnnual", "is 11", "between 0 and 10")]
    [InlineData("cohorts[0].subsidyWeight=-1", "cohorts[0].subsidyWeight", "is -1", "between 0 and")]
    [InlineData("cohorts[0].upstreamDiscountFraction=2", "cohorts[0].upstreamDiscountFraction", "is 2", "between 0 and 1")]
    [InlineData("cohorts[0].potentialNodes=-1", "cohorts[0].potentialNodes", "is -1", "between 0 and")]
    [InlineData("cohorts[0].potentialNodes=0", "cohorts[0].potentialNodes", "is 0", "needs potentialNodes > 0")]
    [InlineData("cohorts[0].costSpread=11", "cohorts[0].costSpread", "is 11", "between 0 and 10")]
    [InlineData("cohorts[0].entry.speed=1.5", "cohorts[0].entry.speed", "is 1.5", "between 0 and 1")]
    [InlineData("cohorts[0].entry.hurdleMargin=-1", "cohorts[0].entry.hurdleMargin", "is -1", "between 0 and 100")]
    [InlineData("cohorts[0].entry.leadMonths=121", "cohorts[0].entry.leadMonths", "is 121", "from 0 to 120")]
    [InlineData("cohorts[0].entry.maxNodes=-1", "cohorts[0].entry.maxNodes", "is -1", "between 0 and")]
    [InlineData("cohorts[0].exit.speed=1.5", "cohorts[0].exit.speed", "is 1.5", "between 0 and 1")]
    [InlineData("cohorts[0].exit.patienceMonths=-1", "cohorts[0].exit.patienceMonths", "is -1", "from 0 to 120")]
    // Events
    [InlineData("events=[{\"kind\":\"gasSpike\",\"month\":-1,\"durationMonths\":1,\"multiplier\":2}]", "events[0].month", "is -1", "≥ 0")]
    [InlineData("events=[{\"kind\":\"gasSpike\",\"month\":1,\"durationMonths\":0,\"multiplier\":2}]", "events[0].durationMonths", "is 0", "≥ 1")]
    [InlineData("events=[{\"kind\":\"gasSpike\",\"month\":1,\"durationMonths\":1,\"multiplier\":2e6}]", "events[0].multiplier", "is 2,000,000", "between 0 and 1,000,000")]
    [InlineData("events=[{\"kind\":\"providerOutage\",\"month\":1,\"durationMonths\":1,\"provider\":\"nope\",\"capacityLossFraction\":0.5}]", "events[0].provider", "'nope'", "matches no cohort's provider")]
    [InlineData("events=[{\"kind\":\"providerOutage\",\"month\":1,\"durationMonths\":1,\"provider\":\"aws\",\"capacityLossFraction\":2}]", "events[0].capacityLossFraction", "is 2", "between 0 and 1")]
    [InlineData("events=[{\"kind\":\"providerCostChange\",\"month\":1,\"durationMonths\":1,\"provider\":\"nope\",\"multiplier\":2}]", "events[0].provider", "'nope'", "matches no cohort's provider")]
    [InlineData("events=[{\"kind\":\"providerCostChange\",\"month\":1,\"durationMonths\":1,\"provider\":\"aws\",\"multiplier\":-1}]", "events[0].multiplier", "is -1", "between 0 and 1,000,000")]
    [InlineData("events=[{\"kind\":\"tokenPriceShock\",\"month\":1,\"durationMonths\":1,\"multiplier\":-1}]", "events[0].multiplier", "is -1", "between 0 and 1,000,000")]
    [InlineData("events=[{\"kind\":\"demandShock\",\"month\":1,\"durationMonths\":1,\"multiplier\":-1}]", "events[0].multiplier", "is -1", "between 0 and 1,000,000")]
    // Uncertainty and Monte Carlo
    [InlineData("uncertainty[0].path=nope.x", "uncertainty[0].path", "'nope.x'", "not a known field")]
    [InlineData("uncertainty[0].path=token.symbol", "uncertainty[0].path", "'token.symbol'", "only numeric fields")]
    [InlineData("uncertainty[0].path=token.pools[0].stopMonth", "uncertainty[0].path", "'token.pools[0].stopMonth'", "is not set in this scenario (null); give it a number first")]
    [InlineData("uncertainty[0].path=a..b", "uncertainty[0].path", "'a..b'", "empty field name")]
    [InlineData("uncertainty[3].distribution={\"kind\":\"normal\",\"mean\":1e16,\"stdDev\":1}", "uncertainty[3].distribution.mean", "is 10,000,000,000,000,000", "between -1,000,000,000,000,000 and 1,000,000,000,000,000")]
    [InlineData("uncertainty[3].distribution={\"kind\":\"normal\",\"mean\":0,\"stdDev\":-1}", "uncertainty[3].distribution.stdDev", "is -1", "between 0 and")]
    [InlineData("uncertainty[2].distribution.mu=1e16", "uncertainty[2].distribution.mu", "is 10,000,000,000,000,000", "between -1,000,000,000,000,000 and 1,000,000,000,000,000")]
    [InlineData("uncertainty[2].distribution.sigma=-1", "uncertainty[2].distribution.sigma", "is -1", "between 0 and")]
    [InlineData("uncertainty[0].distribution.lower=1e16", "uncertainty[0].distribution.lower", "is 10,000,000,000,000,000", "between -1,000,000,000,000,000 and 1,000,000,000,000,000")]
    [InlineData("uncertainty[0].distribution.upper=1e16", "uncertainty[0].distribution.upper", "is 10,000,000,000,000,000", "between -1,000,000,000,000,000 and 1,000,000,000,000,000")]
    [InlineData("uncertainty[0].distribution.lower=2", "uncertainty[0].distribution", "lower 2 is above upper 1.2")]
    [InlineData("uncertainty[1].distribution.lower=-1e16", "uncertainty[1].distribution.lower", "is -10,000,000,000,000,000", "between -1,000,000,000,000,000 and 1,000,000,000,000,000")]
    [InlineData("uncertainty[1].distribution.upper=1e16", "uncertainty[1].distribution.upper", "is 10,000,000,000,000,000", "between -1,000,000,000,000,000 and 1,000,000,000,000,000")]
    [InlineData("uncertainty[1].distribution.mode=0.5", "uncertainty[1].distribution", "lower ≤ mode ≤ upper", "0.03, 0.5, 0.12")]
    [InlineData("uncertainty[1].max=-1", "uncertainty[1].min", "is 0", "above max -1")]
    [InlineData("uncertainty[1].min=1e16", "uncertainty[1].min", "is 10,000,000,000,000,000", "between -1,000,000,000,000,000 and 1,000,000,000,000,000")]
    [InlineData("uncertainty[1].max=1e16", "uncertainty[1].max", "is 10,000,000,000,000,000", "between -1,000,000,000,000,000 and 1,000,000,000,000,000")]
    [InlineData("monteCarlo.paths=0", "monteCarlo.paths", "is 0", "from 1 to 10000000")]
    [InlineData("monteCarlo.seed=-1", "monteCarlo.seed", "is -1", "≥ 0")]
    public void Rule_Reports_Path_Value_And_Range(string setting, string path, string valueText, string? ruleText = null)
    {
        // Given the baseline with one bad value, when loaded, then the problem names the path, the value and the rule.
        var problems = Problems(setting);
        AssertProblem(problems, path, ruleText is null ? [valueText] : [valueText, ruleText]);
    }

    [Fact]
    public void Every_Problem_Is_Collected_At_Once()
    {
        // Given three independent range mistakes and one type mistake in separate sections
        var problems = Problems(
            "settlement.mix={\"private\":0.5,\"batchHashed\":0.75,\"individualHashes\":0,\"individualFull\":0.05}",
            "cohorts[0].initialNodes=-3",
            "horizonMonths=0",
            "mev.operatorShare=2");

        // Then all are reported in one run
        AssertProblem(problems, "settlement.mix", "shares sum to 1.3; they must sum to 1");
        AssertProblem(problems, "cohorts[0].initialNodes", "is -3");
        AssertProblem(problems, "horizonMonths", "is 0");
        AssertProblem(problems, "mev.operatorShare", "is 2");
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Compound_Growth_Within_The_Limit_Is_Valid()
    {
        // 4e5·1.1^131 ≈ 1.0e11 requests/month: large, but below MaxAmount.
        var result = ScenarioLoader.TryLoad(ScenarioSource.FromJson("{}"), [ScenarioOverride.Parse("""markets[0].demand.growth={"kind":"compound","monthlyRate":0.1}""")]);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }
}
