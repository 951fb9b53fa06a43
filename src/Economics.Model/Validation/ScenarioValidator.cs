using System.Globalization;
using System.Text.RegularExpressions;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Model.Validation;

/// <summary>
/// The range rules of the scenario format. Collects every problem at once; each names the JSON path, the bad
/// value and what is allowed. The loader calls it; the engine trusts a validated scenario.
/// </summary>
public static partial class ScenarioValidator
{
    /// <summary>Longest horizon. Unit: months (100 years).</summary>
    public const int MaxHorizonMonths = 1200;

    /// <summary>Most Monte Carlo paths a scenario may ask for.</summary>
    public const int MaxPaths = 10_000_000;

    /// <summary>Longest per-month table (price path, emission table, demand table, gas by month).</summary>
    public const int MaxTableLength = 100_000;

    /// <summary>Most cohorts, events, unlocks or uncertain inputs.</summary>
    public const int MaxListLength = 1_000;

    /// <summary>Tolerance of the settlement mix's sum.</summary>
    public const double MixSumTolerance = 1e-9;

    /// <summary>Largest value of any amount: tokens, USD, inferences, gas units, bytes, nodes (10¹⁵). Far above
    /// any real network, yet small enough that the model's products of a few amounts stay finite in double
    /// precision; the engine also caps the token price at this many USD.</summary>
    public const double MaxAmount = 1e15;

    /// <summary>Largest growth or entry rate. Unit: fraction/month (10 = ×11 in a month).</summary>
    public const double MaxMonthlyRate = 10;

    /// <summary>Largest annual rate: drift and volatility of the token price, cost of capital. Unit: fraction/year.</summary>
    public const double MaxAnnualRate = 10;

    /// <summary>Largest multiplier of an event (gas spike, cost change, price or demand shock).</summary>
    public const double MaxMultiplier = 1e6;

    /// <summary>Largest premium, markup or hurdle margin. Unit: fraction (100 = 101× the base).</summary>
    public const double MaxPremium = 100;

    /// <summary>Largest lognormal spread (σ). Unit: dimensionless.</summary>
    public const double MaxSpread = 10;

    /// <summary>Longest lead or patience. Unit: months.</summary>
    public const int MaxLagMonths = 120;

    /// <summary>Smallest share the model divides by: target utilization is at least this, and TEE overhead and
    /// protocol take leave at least this much (1 − share). Unit: fraction.</summary>
    public const double MinDivisorShare = 1e-6;

    /// <summary>Smallest non-zero capacity of a node. Unit: inferences/node-month (a node serving less than one
    /// inference a month is no node; capacity 0 is allowed).</summary>
    public const double MinNodeCapacity = 1;

    /// <summary>Smallest outside price of a market. Unit: USD/request (a billionth of a dollar); user prices are
    /// reported relative to it.</summary>
    public const double MinOutsideUsdPerInference = 1e-9;

    /// <summary>Every problem of <paramref name="scenario"/>; empty when valid.</summary>
    public static IReadOnlyList<ScenarioProblem> Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var p = new ProblemList();

        if (string.IsNullOrWhiteSpace(scenario.Name) || !NamePattern().IsMatch(scenario.Name))
        {
            p.Add("name", $"is {ProblemList.Quote(scenario.Name)}; use letters, digits, '-' and '_' only (it names the output folder)");
        }

        p.NotEmpty("description", scenario.Description);
        p.IntBetween("horizonMonths", scenario.HorizonMonths, 1, MaxHorizonMonths);
        if (!DateOnly.TryParseExact(scenario.StartMonth, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            p.Add("startMonth", $"is '{scenario.StartMonth}'; it must be a month written yyyy-MM, e.g. 2026-01");
        }
        else if (scenario.HorizonMonths is >= 1 and <= MaxHorizonMonths && MonthsAfter(start, DateOnly.MaxValue) < scenario.HorizonMonths)
        {
            // Every date the outputs use, up to the end of the last month, must exist (issue 15 item 4: 9999-12
            // validated and the run overflowed the calendar).
            var latest = DateOnly.MaxValue.AddDays(1 - DateOnly.MaxValue.Day).AddMonths(-scenario.HorizonMonths);
            p.Add("startMonth", string.Create(CultureInfo.InvariantCulture,
                $"is '{scenario.StartMonth}'; with horizonMonths {scenario.HorizonMonths} the horizon would end after {DateOnly.MaxValue:yyyy-MM}, the last month a date can have: start {latest:yyyy-MM} at the latest"));
        }

        ValidateToken(scenario.Token, p);
        ValidatePools(scenario.Token, p);
        ValidateMarkets(scenario, p);
        ValidateViability(scenario.Viability, p);
        ValidateFees(scenario.Fees, p);
        ValidatePayments(scenario.Payments, p);
        ValidateChains(scenario.Chains, p);
        ValidateSettlement(scenario.Settlement, p);
        ValidateMev(scenario.Mev, p);
        ValidateCohorts(scenario.Cohorts, [.. scenario.Markets.Select(m => m.Name)], p);
        ValidateEvents(scenario, p);
        ValidateUncertainty(scenario, p);
        p.IntBetween("monteCarlo.paths", scenario.MonteCarlo.Paths, 1, MaxPaths);
        p.IntAtLeast("monteCarlo.seed", scenario.MonteCarlo.Seed, 0);
        return p.Problems;
    }

    private static void ValidateToken(TokenAssumptions token, ProblemList p)
    {
        p.NotEmpty("token.symbol", token.Symbol);
        p.Positive("token.maxSupply", token.MaxSupply);

        switch (token.Price)
        {
            case ConstantPrice c:
                p.NonNegative("token.price.usd", c.Usd);
                break;
            case PricePath path:
                p.NotEmpty("token.price.usdByMonth", path.UsdByMonth);
                p.MaxLength("token.price.usdByMonth", path.UsdByMonth, MaxTableLength);
                p.EachNonNegative("token.price.usdByMonth", path.UsdByMonth);
                break;
            case GbmPrice gbm:
                p.Positive("token.price.initialUsd", gbm.InitialUsd);
                p.Between("token.price.driftAnnual", gbm.DriftAnnual, -MaxAnnualRate, MaxAnnualRate);
                p.Between("token.price.volatilityAnnual", gbm.VolatilityAnnual, 0, MaxAnnualRate);
                break;
        }

        p.Positive("token.liquidity.usdReserve", token.Liquidity.UsdReserve);
        p.BetweenExclusiveMax("token.liquidity.swapFeeFraction", token.Liquidity.SwapFeeFraction, 0, 1);
        p.Positive("token.liquidity.impactHalfLifeMonths", token.Liquidity.ImpactHalfLifeMonths);
        p.Between("token.liquidity.priceFloorUsd", token.Liquidity.PriceFloorUsd, NumericalLimits.MinTokenPriceUsd, NumericalLimits.MaxGbmPriceUsd);
        p.Fraction("token.operatorSellFraction", token.OperatorSellFraction);
    }

    private static void ValidatePools(TokenAssumptions token, ProblemList p)
    {
        var pools = token.Pools;
        p.MaxLength("token.pools", pools, MaxListLength);
        double shares = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < pools.Count; i++)
        {
            var pool = pools[i];
            string at = $"token.pools[{i}]";
            if (string.IsNullOrEmpty(pool.Name) || !CohortNamePattern().IsMatch(pool.Name))
            {
                p.Add($"{at}.name", $"is {ProblemList.Quote(pool.Name)}; use lower case letters, digits and '_' (it names output columns)");
            }
            else if (!names.Add(pool.Name))
            {
                p.Add($"{at}.name", $"is {ProblemList.Quote(pool.Name)}, which an earlier pool already uses; pool names must be unique");
            }

            p.Fraction($"{at}.share", pool.Share);
            p.Fraction($"{at}.atStartFraction", pool.AtStartFraction);
            p.IntBetween($"{at}.cliffMonths", pool.CliffMonths, 0, MaxHorizonMonths);
            p.IntBetween($"{at}.vestingMonths", pool.VestingMonths, 0, MaxHorizonMonths);
            p.Fraction($"{at}.sellFraction", pool.SellFraction);
            if (pool.StopMonth is { } stop)
            {
                p.IntBetween($"{at}.stopMonth", stop, 0, MaxHorizonMonths);
            }

            if (pool.Release is { } release)
            {
                ValidateSchedule($"{at}.release", release, p);
            }

            switch (pool.Payout)
            {
                case TokensPerMonthPayout f:
                    p.NonNegative($"{at}.payout.tokens", f.Tokens);
                    break;
                case UsdPerMonthPayout u:
                    p.NonNegative($"{at}.payout.usd", u.Usd);
                    break;
                case ShareOfBalancePayout b:
                    p.Fraction($"{at}.payout.fraction", b.Fraction);
                    break;
            }

            var use = pool.Use;
            p.Fraction($"{at}.use.operators", use.Operators);
            p.Fraction($"{at}.use.validators", use.Validators);
            p.Fraction($"{at}.use.market", use.Market);
            p.Fraction($"{at}.use.treasury", use.Treasury);
            p.Fraction($"{at}.use.held", use.Held);
            p.Fraction($"{at}.use.liquidity", use.Liquidity);
            if (Math.Abs(use.Sum - 1.0) > MixSumTolerance)
            {
                p.Add($"{at}.use", $"shares sum to {ProblemList.Show(use.Sum)}; operators + validators + market + treasury + held + liquidity must sum to 1");
            }

            shares += pool.Share;
        }

        if (shares > 1.0 + MixSumTolerance)
        {
            p.Add("token.pools", $"shares sum to {ProblemList.Show(shares)}; the pools divide token.maxSupply, so their shares must sum to at most 1");
        }
    }

    private static void ValidateSchedule(string s, EmissionSchedule schedule, ProblemList p)
    {
        switch (schedule)
        {
            case ConstantEmission c:
                p.NonNegative($"{s}.tokensPerMonth", c.TokensPerMonth);
                break;
            case LinearTaperEmission l:
                p.NonNegative($"{s}.startTokensPerMonth", l.StartTokensPerMonth);
                p.IntAtLeast($"{s}.endMonth", l.EndMonth, 1);
                break;
            case ExponentialDecayEmission e:
                p.NonNegative($"{s}.pool", e.Pool);
                p.Positive($"{s}.halfLifeMonths", e.HalfLifeMonths);
                break;
            case HalvingEmission h:
                p.NonNegative($"{s}.initialTokensPerMonth", h.InitialTokensPerMonth);
                p.IntAtLeast($"{s}.halvingEveryMonths", h.HalvingEveryMonths, 1);
                break;
            case TableEmission t:
                p.MaxLength($"{s}.tokensPerMonth", t.TokensPerMonth, MaxTableLength);
                p.EachNonNegative($"{s}.tokensPerMonth", t.TokensPerMonth);
                break;
        }
    }

    // Whole months from the month of a to the month of b.
    private static int MonthsAfter(DateOnly a, DateOnly b) => ((b.Year - a.Year) * 12) + b.Month - a.Month;

    // Compound growth must not carry base demand past MaxAmount within the horizon (11^1200 overflows a double).
    private static void CheckCompoundEnd(string path, double initial, double rate, int horizonMonths, ProblemList p)
    {
        if (!(initial >= 0 && initial <= MaxAmount && rate > -1 && rate <= MaxMonthlyRate) || horizonMonths < 1 || horizonMonths > MaxHorizonMonths)
        {
            return;
        }

        int last = horizonMonths - 1;
        double end = initial * Math.Pow(1.0 + rate, last);
        if (!(end <= MaxAmount))
        {
            p.Add(path, $"is {ProblemList.Show(rate)}; it grows base demand to {ProblemList.Show(end)} inferences/month by month {last}, above the limit {ProblemList.Show(MaxAmount)} (use logistic growth to saturate)");
        }
    }

    private static void ValidateFees(FeeAssumptions fees, ProblemList p)
    {
        ValidatePolicy("fees.policy", fees.Policy, p);
        if (fees.MaxOpgPerRequest is { } cap)
        {
            p.Positive("fees.maxOpgPerRequest", cap);
        }

        p.Between("fees.protocolTakeRate", fees.ProtocolTakeRate, 0, 1 - MinDivisorShare);
        p.Fraction("fees.buybackShareOfProtocolFees", fees.BuybackShareOfProtocolFees);
    }

    private static void ValidatePayments(PaymentAssumptions payments, ProblemList p)
    {
        p.AtLeast("payments.requestsPerSettle", payments.RequestsPerSettle, 1);
        p.NonNegative("payments.settleGasUnits", payments.SettleGasUnits);
        p.NonNegative("payments.batchSettleGasUnits", payments.BatchSettleGasUnits);
        p.NonNegative("payments.approvalGasUnits", payments.ApprovalGasUnits);
        p.AtLeast("payments.requestsPerApproval", payments.RequestsPerApproval, 1);
        p.NonNegative("payments.walletBalanceUsd", payments.WalletBalanceUsd);
        var f = payments.Facilitator;
        p.NonNegative("payments.facilitator.freeTransactionsPerMonth", f.FreeTransactionsPerMonth);
        p.NonNegative("payments.facilitator.usdPerTransaction", f.UsdPerTransaction);
        p.NonNegative("payments.facilitator.maxFeeGwei", f.MaxFeeGwei);
        p.NonNegative("payments.facilitator.priorityFeeGwei", f.PriorityFeeGwei);
        if (f.PriorityFeeGwei > f.MaxFeeGwei)
        {
            p.Add("payments.facilitator.priorityFeeGwei", $"is {ProblemList.Show(f.PriorityFeeGwei)}; it must not exceed maxFeeGwei ({ProblemList.Show(f.MaxFeeGwei)})");
        }
    }

    private static void ValidateChains(ChainsAssumptions chains, ProblemList p)
    {
        var b = chains.Base;
        p.NonNegative("chains.base.gasPriceGwei", b.GasPriceGwei);
        p.MaxLength("chains.base.gasPriceGweiByMonth", b.GasPriceGweiByMonth, MaxTableLength);
        p.EachNonNegative("chains.base.gasPriceGweiByMonth", b.GasPriceGweiByMonth);
        p.Positive("chains.base.ethUsd", b.EthUsd);
        p.NonNegative("chains.base.l1DataFeeUsdPerTx", b.L1DataFeeUsdPerTx);
        p.NonNegative("chains.og.gasPriceGwei", chains.Og.GasPriceGwei);
    }

    private static void ValidateSettlement(SettlementAssumptions s, ProblemList p)
    {
        var mix = s.Mix;
        p.Fraction("settlement.mix.private", mix.Private);
        p.Fraction("settlement.mix.batchHashed", mix.BatchHashed);
        p.Fraction("settlement.mix.individualHashes", mix.IndividualHashes);
        p.Fraction("settlement.mix.individualFull", mix.IndividualFull);
        double sum = mix.Private + mix.BatchHashed + mix.IndividualHashes + mix.IndividualFull;
        if (!(Math.Abs(sum - 1.0) <= MixSumTolerance))
        {
            p.Add("settlement.mix", $"shares sum to {ProblemList.Show(sum)}; they must sum to 1 (private + batchHashed + individualHashes + individualFull)");
        }

        p.AtLeast("settlement.batch.maxSize", s.Batch.MaxSize, 1);
        p.NonNegative("settlement.batch.idleFlushMinutes", s.Batch.IdleFlushMinutes);
        p.NonNegative("settlement.batch.maxAgeMinutes", s.Batch.MaxAgeMinutes);
        p.AtLeast("settlement.batch.batchers", s.Batch.Batchers, 1);
        p.NonNegative("settlement.gas.baseGas", s.Gas.BaseGas);
        p.NonNegative("settlement.gas.calldataGasPerByte", s.Gas.CalldataGasPerByte);
        p.NonNegative("settlement.gas.logGasPerByte", s.Gas.LogGasPerByte);
        p.NonNegative("settlement.gas.signatureVerifyGas", s.Gas.SignatureVerifyGas);
        p.NonNegative("settlement.bytes.hashRecord", s.Bytes.HashRecord);
        p.NonNegative("settlement.bytes.batchRecord", s.Bytes.BatchRecord);
        p.NonNegative("settlement.bytes.payloadPerInference", s.Bytes.PayloadPerInference);
        p.NonNegative("settlement.walrus.usdPerGbPerEpoch", s.Walrus.UsdPerGbPerEpoch);
        p.Positive("settlement.walrus.epochDays", s.Walrus.EpochDays);
        p.NonNegative("settlement.walrus.retentionEpochs", s.Walrus.RetentionEpochs);
        p.NonNegative("settlement.walrus.metadataBytesPerBlob", s.Walrus.MetadataBytesPerBlob);
        p.NonNegative("settlement.walrus.writeFeeUsd", s.Walrus.WriteFeeUsd);
        p.NonNegative("settlement.walrus.suiGasUsd", s.Walrus.SuiGasUsd);
        p.NonNegative("settlement.history.fullNodes", s.History.FullNodes);
        p.NonNegative("settlement.history.usdPerGbMonth", s.History.UsdPerGbMonth);
    }

    private static void ValidateMev(MevAssumptions mev, ProblemList p)
    {
        p.Between("mev.extractionBps", mev.ExtractionBps, 0, 10_000);
        p.NonNegative("mev.visibleFlowUsdPerMonth", mev.VisibleFlowUsdPerMonth);
        p.Fraction("mev.operatorShare", mev.OperatorShare);
    }

    private static void ValidateCohorts(IReadOnlyList<Cohort> cohorts, string[] marketNames, ProblemList p)
    {
        p.NotEmpty("cohorts", cohorts);
        p.MaxLength("cohorts", cohorts, MaxListLength);
        if (cohorts.Count > 0 && cohorts.All(c => c.Kind == CohortKind.Validator))
        {
            p.Add("cohorts", "holds only validator cohorts; at least one inference cohort must serve the markets");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < cohorts.Count; i++)
        {
            var c = cohorts[i];
            string at = $"cohorts[{i}]";
            if (!CohortNamePattern().IsMatch(c.Name))
            {
                p.Add($"{at}.name", $"is {ProblemList.Quote(c.Name)}; use lower-case letters, digits and '_' (it names the column nodes_<name>)");
            }
            else if (!seen.Add(c.Name))
            {
                p.Add($"{at}.name", $"'{c.Name}' is used by an earlier cohort; cohort names must be unique");
            }

            p.NotEmpty($"{at}.provider", c.Provider);
            p.NonNegative($"{at}.initialNodes", c.InitialNodes);
            p.NonNegative($"{at}.gpuHourlyUsd", c.GpuHourlyUsd);
            p.NonNegative($"{at}.gpusPerNode", c.GpusPerNode);
            p.NonNegative($"{at}.overheadUsdPerMonth", c.OverheadUsdPerMonth);
            p.ZeroOrAtLeast($"{at}.capacityInferencesPerMonth", c.CapacityInferencesPerMonth, MinNodeCapacity);
            p.Between($"{at}.teeOverheadFraction", c.TeeOverheadFraction, 0, 1 - MinDivisorShare);
            p.NonNegative($"{at}.variableUsdPerInference", c.VariableUsdPerInference);
            p.NonNegative($"{at}.stakeTokens", c.StakeTokens);
            p.Between($"{at}.costOfCapitalAnnual", c.CostOfCapitalAnnual, 0, MaxAnnualRate);
            p.NonNegative($"{at}.subsidyWeight", c.SubsidyWeight);
            p.Fraction($"{at}.upstreamDiscountFraction", c.UpstreamDiscountFraction);
            p.NonNegative($"{at}.potentialNodes", c.PotentialNodes);
            p.Between($"{at}.costSpread", c.CostSpread, 0, MaxSpread);
            p.Fraction($"{at}.entry.speed", c.Entry.Speed);
            p.Between($"{at}.entry.hurdleMargin", c.Entry.HurdleMargin, 0, MaxPremium);
            p.IntBetween($"{at}.entry.leadMonths", c.Entry.LeadMonths, 0, MaxLagMonths);
            if (c.Entry.MaxNodes is { } max)
            {
                p.NonNegative($"{at}.entry.maxNodes", max);
            }

            p.Fraction($"{at}.exit.speed", c.Exit.Speed);
            p.IntBetween($"{at}.exit.patienceMonths", c.Exit.PatienceMonths, 0, MaxLagMonths);
            if ((c.Entry.Speed > 0 || c.Exit.Speed > 0) && !(c.PotentialNodes > 0))
            {
                p.Add($"{at}.potentialNodes", $"is {ProblemList.Show(c.PotentialNodes)}; a cohort whose nodes move (entry.speed or exit.speed > 0) needs potentialNodes > 0, the scale of its supply curve");
            }

            if (c.Kind == CohortKind.Validator)
            {
                if (c.Markets.Count > 0)
                {
                    p.Add($"{at}.markets", $"lists {c.Markets.Count} {(c.Markets.Count == 1 ? "market" : "markets")}; a validator cohort serves no market (leave markets empty)");
                }

                if (c.CapacityInferencesPerMonth != 0)
                {
                    p.Add($"{at}.capacityInferencesPerMonth", $"is {ProblemList.Show(c.CapacityInferencesPerMonth)}; a validator cohort serves no inference (use 0)");
                }
            }

            for (int k = 0; k < c.Markets.Count; k++)
            {
                if (!marketNames.Contains(c.Markets[k], StringComparer.Ordinal))
                {
                    p.Add($"{at}.markets[{k}]", $"is {ProblemList.Quote(c.Markets[k])}; it matches no market (known: {string.Join(", ", marketNames)})");
                }
            }
        }
    }

    private static void ValidateEvents(Scenario scenario, ProblemList p)
    {
        var events = scenario.Events;
        p.MaxLength("events", events, MaxListLength);
        var providers = scenario.Cohorts.Select(c => c.Provider).Distinct(StringComparer.Ordinal).ToArray();
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            string at = $"events[{i}]";
            p.IntAtLeast($"{at}.month", e.Month, 0);
            p.IntAtLeast($"{at}.durationMonths", e.DurationMonths, 1);
            switch (e)
            {
                case ProviderOutage o:
                    CheckProvider($"{at}.provider", o.Provider, providers, p);
                    p.Fraction($"{at}.capacityLossFraction", o.CapacityLossFraction);
                    break;
                case ProviderCostChange c:
                    CheckProvider($"{at}.provider", c.Provider, providers, p);
                    p.Between($"{at}.multiplier", c.Multiplier, 0, MaxMultiplier);
                    break;
                case GasSpike g:
                    p.Between($"{at}.multiplier", g.Multiplier, 0, MaxMultiplier);
                    break;
                case TokenPriceShock t:
                    p.Between($"{at}.multiplier", t.Multiplier, 0, MaxMultiplier);
                    break;
                case DemandShock d:
                    p.Between($"{at}.multiplier", d.Multiplier, 0, MaxMultiplier);
                    break;
                case MarketWithdrawn w:
                    if (!scenario.Markets.Any(m => string.Equals(m.Name, w.Market, StringComparison.Ordinal)))
                    {
                        p.Add($"{at}.market", $"is {ProblemList.Quote(w.Market)}; it matches no market (known: {string.Join(", ", scenario.Markets.Select(m => m.Name))})");
                    }

                    break;
            }
        }
    }

    private static void CheckProvider(string path, string provider, string[] providers, ProblemList p)
    {
        if (!providers.Contains(provider, StringComparer.Ordinal))
        {
            p.Add(path, $"is {ProblemList.Quote(provider)}; it matches no cohort's provider (known: {string.Join(", ", providers)})");
        }
    }

    private static void ValidateUncertainty(Scenario scenario, ProblemList p)
    {
        var inputs = scenario.Uncertainty;
        p.MaxLength("uncertainty", inputs, MaxListLength);
        for (int i = 0; i < inputs.Count; i++)
        {
            var u = inputs[i];
            string at = $"uncertainty[{i}]";
            if (!ScenarioPath.TryParse(u.Path, out var path, out string error))
            {
                p.Add($"{at}.path", $"is '{u.Path}': {error}");
            }
            else if (!ScenarioFields.TryGetNumber(scenario, path, out _, out error))
            {
                p.Add($"{at}.path", $"is '{u.Path}': {error}");
            }
            else if (path.ToString() == "horizonMonths")
            {
                // Issue 15 item 4: Monte Carlo gathers every path's statistics month by month over one horizon; a drawn
                // horizon made paths of different lengths (IndexOutOfRange at some thread counts, then at all).
                p.Add($"{at}.path", "is 'horizonMonths', which cannot be uncertain: every Monte Carlo path covers the same months; run the horizons you want to compare as separate scenarios (or sweep horizonMonths)");
            }

            switch (u.Distribution)
            {
                case NormalDistribution n:
                    p.Finite($"{at}.distribution.mean", n.Mean);
                    p.NonNegative($"{at}.distribution.stdDev", n.StdDev);
                    break;
                case LognormalDistribution l:
                    p.Finite($"{at}.distribution.mu", l.Mu);
                    p.NonNegative($"{at}.distribution.sigma", l.Sigma);
                    break;
                case UniformDistribution un:
                    p.Finite($"{at}.distribution.lower", un.Lower);
                    p.Finite($"{at}.distribution.upper", un.Upper);
                    if (un.Lower > un.Upper)
                    {
                        p.Add($"{at}.distribution", $"lower {ProblemList.Show(un.Lower)} is above upper {ProblemList.Show(un.Upper)}");
                    }

                    break;
                case TriangularDistribution t:
                    p.Finite($"{at}.distribution.lower", t.Lower);
                    p.Finite($"{at}.distribution.upper", t.Upper);
                    if (!(t.Lower < t.Upper && t.Mode >= t.Lower && t.Mode <= t.Upper))
                    {
                        p.Add($"{at}.distribution", $"needs lower < upper and lower ≤ mode ≤ upper; got {ProblemList.Show(t.Lower)}, {ProblemList.Show(t.Mode)}, {ProblemList.Show(t.Upper)}");
                    }

                    break;
            }

            if (u.Min is { } lowest)
            {
                p.Finite($"{at}.min", lowest);
            }

            if (u.Max is { } highest)
            {
                p.Finite($"{at}.max", highest);
            }

            if (u.Min is { } min && u.Max is { } max && min > max)
            {
                p.Add($"{at}.min", $"is {ProblemList.Show(min)}, above max {ProblemList.Show(max)}");
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,100}\z")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[a-z0-9_]{1,64}\z")]
    private static partial Regex CohortNamePattern();
}
