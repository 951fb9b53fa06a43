using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>
/// One month of the model, rule by rule (DESIGN.md "The monthly step"). Holds the state carried between months:
/// pool balances, the GBM price, on-chain bytes, treasury, loss streaks. Owned by a
/// <see cref="SimulationWorkspace"/> and reused across runs: <see cref="Begin"/> resets it and only grows its
/// per-cohort buffers, so a run into a warm workspace allocates nothing.
/// </summary>
internal sealed class MonthlyStep
{
    /// <summary>Hours in an average month (8,760 h / 12), to turn hourly GPU prices into monthly costs.</summary>
    internal const double HoursPerMonth = 730.0;

    /// <summary>Bytes per gigabyte (decimal, as storage is priced).</summary>
    internal const double BytesPerGb = 1e9;

    /// <summary>Gwei per ETH.</summary>
    internal const double GweiPerEth = 1e9;

    /// <summary>Basis points per unit.</summary>
    internal const double BasisPoints = 1e4;

    /// <summary>Months per year, to turn annual rates into monthly ones.</summary>
    internal const double MonthsPerYear = 12.0;

    private readonly SimulationWorkspace _ws;
    private Scenario _s = null!;
    private Cohort[] _cohorts = [];
    private int _cohortCount;
    private int[] _lossStreak = [];
    private int[] _providerOf = [];
    private bool[] _isAws = [];
    private double[] _providerCapacity = [];
    private int _providerCount;
    private double[] _usablePerNode = [];
    private double[] _nodeCostBase = [];
    private double[] _capitalPerNodePerUsd = [];
    private double[] _usableBase = [];
    private double[] _variable = [];
    private double[] _subsidyWeight = [];
    private double[] _poolBalance = [];
    private bool _perServedRequest;
    private double _take;
    private double _extraction;
    private double _reference;
    private double _responsePrice;
    private double _railsGwei;
    private double _paymentGas;
    private double _facilitator;
    private double _permit2;
    private double _settlement;
    private double _bytesPerInference;
    private double _stateCarryUsdPerByte;
    private bool _userPaysPayments;
    private bool _userPaysSettlement;
    private double _response;
    private bool _operatorPaysPayments;
    private bool _protocolPaysPayments;
    private bool _operatorPaysSettlement;
    private bool _protocolPaysSettlement;
    private double _monthlyDrift;
    private double _monthlyVolatility;
    private bool _gbm;
    private double _gbmPrice;
    private double _circulating;
    private double _cumulativeBytes;
    private double _treasuryUsd;
    private double _treasuryTokens;

    internal MonthlyStep(SimulationWorkspace workspace)
    {
        _ws = workspace;
    }

    /// <summary>Resets the carried state for a new run of <paramref name="scenario"/> (workspace already sized).</summary>
    internal void Begin(Scenario scenario)
    {
        _s = scenario;
        int n = scenario.Cohorts.Count;
        if (_cohorts.Length < n)
        {
            _cohorts = new Cohort[n];
            _lossStreak = new int[n];
            _providerOf = new int[n];
            _isAws = new bool[n];
            _providerCapacity = new double[n];
            _usablePerNode = new double[n];
            _nodeCostBase = new double[n];
            _capitalPerNodePerUsd = new double[n];
            _usableBase = new double[n];
            _variable = new double[n];
            _subsidyWeight = new double[n];
        }

        if (_poolBalance.Length < scenario.Token.Pools.Count)
        {
            _poolBalance = new double[scenario.Token.Pools.Count];
        }

        Array.Clear(_poolBalance);
        _perServedRequest = scenario.Token.SubsidyBasis == SubsidyBasis.PerServedRequest;

        _cohortCount = n;
        _providerCount = 0;
        for (int c = 0; c < n; c++)
        {
            var cohort = scenario.Cohorts[c];
            _cohorts[c] = cohort;
            _lossStreak[c] = 0;
            _isAws[c] = SimulationWorkspace.IsAws(cohort);
            _providerOf[c] = ProviderIndex(c);
            _nodeCostBase[c] = (cohort.GpuHourlyUsd * cohort.GpusPerNode * HoursPerMonth) + cohort.OverheadUsdPerMonth;
            _capitalPerNodePerUsd[c] = cohort.StakeTokens * cohort.CostOfCapitalAnnual / MonthsPerYear;
            _usableBase[c] = cohort.CapacityInferencesPerMonth * (1.0 - cohort.TeeOverheadFraction);
            _variable[c] = cohort.VariableUsdPerInference;
            _subsidyWeight[c] = cohort.SubsidyWeight;
            _ws.Cohorts[c].Nodes[0] = cohort.InitialNodes;
        }

        _take = scenario.Fees.ProtocolTakeRate;
        _extraction = scenario.Mev.ExtractionBps / BasisPoints;
        _reference = scenario.CentralizedAlternative.UsdPerInference * (1.0 + scenario.CentralizedAlternative.VerifiabilityPremium);
        _operatorPaysPayments = scenario.Payments.GasPaidBy == GasPayer.Operator;
        _protocolPaysPayments = scenario.Payments.GasPaidBy == GasPayer.Protocol;
        _operatorPaysSettlement = scenario.Settlement.GasPaidBy == GasPayer.Operator;
        _protocolPaysSettlement = scenario.Settlement.GasPaidBy == GasPayer.Protocol;
        _responsePrice = double.NaN;
        _railsGwei = double.NaN;
        var set = scenario.Settlement;
        _bytesPerInference = (set.Mix.Individual * set.BytesPerIndividual)
            + (set.Mix.Metadata * set.MetadataBytesPerInference)
            + (set.Mix.Batch * set.BytesPerBatch / set.BatchSize);
        _stateCarryUsdPerByte = set.StateStorageUsdPerGbMonth * set.FullNodes / BytesPerGb;
        _userPaysPayments = scenario.Payments.GasPaidBy == GasPayer.User;
        _userPaysSettlement = scenario.Settlement.GasPaidBy == GasPayer.User;
        _response = 1.0;
        _circulating = 0.0;
        _cumulativeBytes = 0.0;
        _treasuryUsd = 0.0;
        _treasuryTokens = 0.0;
        _gbm = scenario.Token.Price is GbmPrice;
        if (scenario.Token.Price is GbmPrice gbm)
        {
            _gbmPrice = gbm.InitialUsd;
            _monthlyDrift = gbm.DriftAnnual / MonthsPerYear;
            _monthlyVolatility = gbm.VolatilityAnnual / Math.Sqrt(MonthsPerYear);
        }
        else
        {
            _gbmPrice = 0.0;
            _monthlyDrift = 0.0;
            _monthlyVolatility = 0.0;
        }
    }

    // The index of cohort c's provider among the distinct providers of cohorts 0 … c (ordinal names).
    private int ProviderIndex(int c)
    {
        for (int earlier = 0; earlier < c; earlier++)
        {
            if (string.Equals(_cohorts[earlier].Provider, _cohorts[c].Provider, StringComparison.Ordinal))
            {
                return _providerOf[earlier];
            }
        }

        return _providerCount++;
    }

    public void Run(int t, double z)
    {
        double price = Price(t);
        double operatorTokens = Pools(t, price);
        double demand = Demand(t);
        double served = CapacityAndRouting(t, demand);
        Rails(t, served);
        double fee = Fee(t, price);
        Operators(t, served, fee, price, operatorTokens);
        EntryAndExit(t);
        double buyback = Treasury(t, served, fee, price);
        AdvancePrice(t, z, price, buyback);
    }

    // Rule 2 (first part). The price of month t (GBM state or given path, moved by last month's net flow),
    // times any token-price shock (a shock moves the price only while it lasts).
    private double Price(int t)
    {
        double price = (_gbm ? _gbmPrice : _ws.PathPrice[t]) * _ws.PriceMultiplier[t];
        _ws.TokenPriceUsd[t] = price;
        return price;
    }

    // Rule 1. Pools: balance += vested; payout by the pool's rule (never above the balance); the payout split by
    // use. Circulating supply grows by every payout except the treasury's share. Returns the operators' tokens.
    private double Pools(int t, double price)
    {
        var pools = _s.Token.Pools;
        var arrays = _ws.Pools;
        double released = 0, operators = 0, validators = 0, sold = 0, treasury = 0;
        for (int i = 0; i < pools.Count; i++)
        {
            var pool = pools[i];
            var a = arrays[i];
            double balance = _poolBalance[i] + a.Vested[t];
            double payout = pool.StopMonth is { } stop && t >= stop ? 0.0 : pool.Payout switch
            {
                TokensPerMonthPayout f => Math.Min(balance, f.Tokens),
                UsdPerMonthPayout u => price > 0 ? Math.Min(balance, u.Usd / price) : 0.0,
                ShareOfBalancePayout b => b.Fraction * balance,
                _ => balance,
            };

            balance -= payout;
            _poolBalance[i] = balance;
            var use = pool.Use;
            double toOperators = payout * use.Operators;
            a.Balance[t] = balance;
            a.Payout[t] = payout;
            a.OperatorPayout[t] = toOperators;
            released += payout;
            operators += toOperators;
            validators += payout * use.Validators;
            sold += payout * (use.Market + ((use.Held + use.Validators) * pool.SellFraction));
            treasury += payout * use.Treasury;
        }

        _treasuryTokens += treasury;
        _circulating += released - treasury;
        _ws.ReleasedTokens[t] = released;
        _ws.OperatorSubsidyTokens[t] = operators;
        _ws.ValidatorTokens[t] = validators;
        _ws.PoolSoldTokens[t] = sold;
        _ws.CirculatingSupply[t] = _circulating;
        return operators;
    }

    // Rule 3. D(t) = B(t)·min(1, (p(t−1)/ref)^(−elasticity)), p(−1) = ref.
    private double Demand(int t)
    {
        double baseDemand = _ws.BaseDemandRaw[t];
        double lastPrice = t == 0 ? _reference : _ws.UserPriceUsd[t - 1];
        double response = lastPrice > _reference ? PriceResponse(lastPrice) : 1.0;
        double demand = baseDemand * response;
        _ws.BaseDemand[t] = baseDemand;
        _ws.Demand[t] = demand;
        _ws.LostDemand[t] = baseDemand - demand;
        return demand;
    }

    // (p/ref)^(−elasticity), remembered for the last price seen: with a steady all-in price (a fixed fee and
    // steady gas) the power is computed once per run instead of once per month.
    private double PriceResponse(double lastPrice)
    {
        if (lastPrice != _responsePrice)
        {
            _responsePrice = lastPrice;
            _response = Math.Pow(lastPrice / _reference, -_s.Demand.PriceElasticity);
        }

        return _response;
    }

    // Rule 4. Usable capacity N·capacity·(1 − teeOverhead)·availability; served = min(demand, capacity),
    // routed pro rata to capacity.
    private double CapacityAndRouting(int t, double demand)
    {
        // Arrays in locals: the JIT would otherwise reload each field after every store.
        var cohorts = _ws.Cohorts;
        var usableBase = _usableBase;
        var usablePerNode = _usablePerNode;
        var providerCapacity = _providerCapacity;
        var providerOf = _providerOf;
        var isAws = _isAws;
        int cohortCount = _cohortCount;
        int providerCount = _providerCount;
        double total = 0.0;
        for (int p = 0; p < providerCount; p++)
        {
            providerCapacity[p] = 0.0;
        }

        for (int c = 0; c < cohortCount; c++)
        {
            var arrays = cohorts[c];
            double perNode = usableBase[c] * arrays.Availability[t];
            usablePerNode[c] = perNode;
            double capacity = arrays.Nodes[t] * perNode;
            arrays.Capacity[t] = capacity;
            providerCapacity[providerOf[c]] += capacity;
            total += capacity;
        }

        double served = Math.Min(demand, total);
        double servedShare = total > 0 ? served / total : 0.0;
        double aws = 0.0;
        for (int c = 0; c < cohortCount; c++)
        {
            var arrays = cohorts[c];
            double capacity = arrays.Capacity[t];
            arrays.Served[t] = capacity * servedShare;
            if (isAws[c])
            {
                aws += capacity;
            }
        }

        double inverseTotal = total > 0 ? 1.0 / total : 0.0;
        double hhi = 0.0;
        for (int p = 0; p < providerCount; p++)
        {
            double share = providerCapacity[p] * inverseTotal;
            hhi += share * share;
        }

        var ws = _ws;
        ws.Capacity[t] = total;
        ws.Served[t] = served;
        ws.Unserved[t] = demand - served;
        ws.AwsCapacityShare[t] = total > 0 ? aws * inverseTotal : double.NaN;
        ws.ProviderConcentration[t] = total > 0 ? hhi : double.NaN;
        return served;
    }

    // gasUsd(g) = g·gwei·1e−9·ethUsd + l1DataFeeUsdPerTx, with usdPerGas = gwei·1e−9·ethUsd of the month.
    private double GasUsd(double usdPerGas, double gasUnits) => (gasUnits * usdPerGas) + _s.Chain.L1DataFeeUsdPerTx;

    // Rule 5. Per-inference payment rails (x402 gas, facilitator, Permit2) and settlement gas by tier, new
    // permanent bytes and the state-carry externality.
    private void Rails(int t, double served)
    {
        double gwei = _ws.GasPriceGwei[t];
        if (gwei != _railsGwei)
        {
            RailPrices(gwei);
        }

        double bytes = served * _bytesPerInference;
        _cumulativeBytes += bytes;
        _ws.PaymentGasPerInference[t] = _paymentGas;
        _ws.FacilitatorPerInference[t] = _facilitator;
        _ws.Permit2PerInference[t] = _permit2;
        _ws.SettlementGasPerInference[t] = _settlement;
        _ws.UserPaymentRailsPerInference[t] = _userPaysPayments ? _paymentGas + _facilitator + _permit2 : 0.0;
        _ws.UserSettlementPerInference[t] = _userPaysSettlement ? _settlement : 0.0;
        _ws.GasSpendUsd[t] = served * (_paymentGas + _permit2 + _settlement);
        _ws.OnchainBytes[t] = bytes;
        _ws.OnchainBytesCumulative[t] = _cumulativeBytes;
        _ws.StateCarryUsd[t] = _cumulativeBytes * _stateCarryUsdPerByte;
    }

    // Per-inference rails at a gas price (recomputed only when the month's gas price differs from the last one).
    // Payment: (gasUsd(paymentGas) + facilitator)/inferencesPerPayment + gasUsd(approvalGas)/inferencesPerApproval.
    // Settlement: individual·gasUsd(individualGas) + metadata·gasUsd(individualGas + metadataBytes·gasPerDataByte)
    // + batch·gasUsd(batchGas)/batchSize; offchain costs nothing.
    private void RailPrices(double gwei)
    {
        var pay = _s.Payments;
        var set = _s.Settlement;
        var mix = set.Mix;
        double usdPerGas = gwei / GweiPerEth * _s.Chain.EthUsd;
        _railsGwei = gwei;
        _paymentGas = GasUsd(usdPerGas, pay.PaymentGasUnits) / pay.InferencesPerPayment;
        _facilitator = pay.FacilitatorFeeUsd / pay.InferencesPerPayment;
        _permit2 = GasUsd(usdPerGas, pay.Permit2ApprovalGasUnits) / pay.InferencesPerApproval;
        _settlement = (mix.Individual * GasUsd(usdPerGas, set.IndividualGasUnits))
            + (mix.Metadata * GasUsd(usdPerGas, set.IndividualGasUnits + (set.MetadataBytesPerInference * set.GasPerDataByte)))
            + (mix.Batch * GasUsd(usdPerGas, set.BatchGasUnits) / set.BatchSize);
    }

    private double OperatorPaidPerInference(int t) =>
        (_operatorPaysPayments ? _ws.PaymentGasPerInference[t] + _ws.FacilitatorPerInference[t] + _ws.Permit2PerInference[t] : 0.0)
        + (_operatorPaysSettlement ? _ws.SettlementGasPerInference[t] : 0.0);

    private double ProtocolPaidPerInference(int t) =>
        (_protocolPaysPayments ? _ws.PaymentGasPerInference[t] + _ws.FacilitatorPerInference[t] + _ws.Permit2PerInference[t] : 0.0)
        + (_protocolPaysSettlement ? _ws.SettlementGasPerInference[t] : 0.0);

    // Fixed monthly cost of one node of cohort c in month t (GPU rental + overhead, times provider price changes).
    private double FixedCostPerNode(int c, int t) => _nodeCostBase[c] * _ws.Cohorts[c].CostMultiplier[t];

    // Opportunity cost of one node's stake: stakeTokens·price·costOfCapitalAnnual/12.
    private double CapitalCostPerNode(int c, double price) => _capitalPerNodePerUsd[c] * price;

    // Rule 6. The fee: fixed, cost-plus, or subsidy-aware; the user's all-in price and its parts.
    private double Fee(int t, double price)
    {
        double take = _take;
        double fee = _s.Fees.Policy switch
        {
            FixedFee f => f.UsdPerInference,
            CostPlusFee c => CostPlus(t, price, c.MarginFraction, c.TargetUtilization, out _),
            SubsidyAwareFee a => SubsidyAware(t, price, a),
            _ => 0.0,
        };

        double mevTax = _extraction * fee;
        _ws.FeeUsd[t] = fee;
        _ws.MevTaxPerInference[t] = mevTax;
        _ws.ProtocolTakePerInference[t] = take * fee;
        _ws.OperatorNetFeePerInference[t] = (1.0 - take) * fee;
        _ws.UserPriceUsd[t] = fee + _ws.UserPaymentRailsPerInference[t] + _ws.UserSettlementPerInference[t] + mevTax;
        return fee;
    }

    // Cost plus minus last month's subsidy income per served inference, never below the floor. When cost plus
    // has nothing to mark up (no capacity) last month's fee holds as it is: the subsidy was already deducted from it.
    private double SubsidyAware(int t, double price, SubsidyAwareFee policy)
    {
        double costPlus = CostPlus(t, price, policy.MarginFraction, policy.TargetUtilization, out bool held);
        return held ? costPlus : Math.Max(policy.FloorUsdPerInference, costPlus - LastSubsidyIncomePerInference(t));
    }

    // f = (1 + margin)·unitCost/(1 − take); unitCost is the capacity-weighted mean over cohorts of
    // (node cost + capital cost)/(usable capacity·target utilization) + variable cost, plus operator-paid gas.
    // With no capacity at all (or a unit cost that overflows) the fee of last month holds (0 in month 0): there is
    // no cost to mark up.
    private double CostPlus(int t, double price, double margin, double targetUtilization, out bool held)
    {
        double total = _ws.Capacity[t];
        held = !(total > 0);
        if (held)
        {
            return t > 0 ? _ws.FeeUsd[t - 1] : 0.0;
        }

        double unitCost = 0.0;
        for (int c = 0; c < _cohortCount; c++)
        {
            double capacity = _ws.Cohorts[c].Capacity[t];
            if (capacity > 0)
            {
                double perInference = ((FixedCostPerNode(c, t) + CapitalCostPerNode(c, price)) / (_usablePerNode[c] * targetUtilization))
                    + _variable[c];
                unitCost += capacity / total * perInference;
            }
        }

        unitCost += OperatorPaidPerInference(t);
        double fee = (1.0 + margin) * unitCost / (1.0 - _take);

        // A vanishing usable capacity per node makes the unit cost overflow: no meaningful cost to mark up either.
        held = !double.IsFinite(fee);
        return held ? (t > 0 ? _ws.FeeUsd[t - 1] : 0.0) : fee;
    }

    private double LastSubsidyIncomePerInference(int t) =>
        t > 0 && _ws.Served[t - 1] > 0 ? _ws.RevenueSubsidy[t - 1] / _ws.Served[t - 1] : 0.0;

    // Rule 7. Per cohort: fee, subsidy and MEV revenue; costs; profit and margin. Totals, subsidy dependence
    // and the break-even fees without subsidy (and without MEV).
    private void Operators(int t, double served, double fee, double price, double operatorTokens)
    {
        double take = _take;
        double extraction = _extraction;
        double totalCapacity = _ws.Capacity[t];
        double mevPool = totalCapacity > 0 ? _s.Mev.OperatorShare * extraction * ((served * fee) + _s.Mev.VisibleFlowUsdPerMonth) : 0.0;
        double subsidyUsd = operatorTokens * price;
        double operatorPaid = OperatorPaidPerInference(t);

        var cohortArrays = _ws.Cohorts;
        var subsidyWeight = _subsidyWeight;
        var nodeCostBase = _nodeCostBase;
        var capitalPerNodePerUsd = _capitalPerNodePerUsd;
        var variable = _variable;
        int cohortCount = _cohortCount;
        double weightTotal = 0.0;
        for (int c = 0; c < cohortCount; c++)
        {
            weightTotal += _perServedRequest ? cohortArrays[c].Served[t] : cohortArrays[c].Nodes[t] * subsidyWeight[c];
        }

        double subsidyPerWeight = weightTotal > 0 ? subsidyUsd / weightTotal : 0.0;
        double mevPerCapacity = totalCapacity > 0 ? mevPool / totalCapacity : 0.0;
        double fees = 0, subsidy = 0, mev = 0, costs = 0, nodes = 0;
        for (int c = 0; c < cohortCount; c++)
        {
            var arrays = cohortArrays[c];
            double n = arrays.Nodes[t];
            double s = arrays.Served[t];
            double feeRevenue = s * fee * (1.0 - take);
            double subsidyRevenue = subsidyPerWeight * (_perServedRequest ? s : n * subsidyWeight[c]);
            double mevRevenue = mevPerCapacity * arrays.Capacity[t];
            double cost = (n * ((nodeCostBase[c] * arrays.CostMultiplier[t]) + (capitalPerNodePerUsd[c] * price))) + (s * (variable[c] + operatorPaid));
            double profit = feeRevenue + subsidyRevenue + mevRevenue - cost;
            arrays.RevenueFees[t] = feeRevenue;
            arrays.RevenueSubsidy[t] = subsidyRevenue;
            arrays.RevenueMev[t] = mevRevenue;
            arrays.Costs[t] = cost;
            arrays.Profit[t] = profit;
            arrays.Margin[t] = Ratio(profit, cost);
            fees += feeRevenue;
            subsidy += subsidyRevenue;
            mev += mevRevenue;
            costs += cost;
            nodes += n;
        }

        // Subsidy that reaches no node (no nodes, nothing served under perServedRequest, or zero weights) stays with
        // the treasury; operators received none, so none are reported as theirs and none add to their sell pressure.
        if (!(weightTotal > 0))
        {
            _treasuryTokens += operatorTokens;
            _circulating -= operatorTokens;
            _ws.CirculatingSupply[t] = _circulating;
            _ws.OperatorSubsidyTokens[t] = 0.0;
        }

        double revenue = fees + subsidy + mev;
        var ws = _ws;
        ws.NodesTotal[t] = nodes;
        ws.RevenueFees[t] = fees;
        ws.RevenueSubsidy[t] = subsidy;
        ws.RevenueMev[t] = mev;
        ws.OperatorCosts[t] = costs;
        ws.OperatorProfit[t] = revenue - costs;
        ws.ProfitPerNode[t] = Ratio(revenue - costs, nodes);
        ws.SubsidyDependence[t] = Ratio(subsidy, revenue);
        ws.ComputeCostPerInference[t] = Ratio(costs - (served * operatorPaid), served);

        // Break-even with zero subsidy: fee·served·(1 − take) + a·(fee·served + visibleFlow) = costs,
        // a = operatorShare·extraction (MEV revenue grows with the fee too). Never below zero.
        double a = totalCapacity > 0 ? _s.Mev.OperatorShare * extraction : 0.0;
        // Math.Max keeps NaN (not applicable).
        ws.BreakEvenFeeWithoutSubsidy[t] = Math.Max(0.0, Ratio(costs - (a * _s.Mev.VisibleFlowUsdPerMonth), served * (1.0 - take + a)));
        ws.BreakEvenFeeWithoutSubsidyOrMev[t] = Ratio(costs, served * (1.0 - take));
    }

    // numerator/denominator, or NaN (not applicable) when the denominator is not positive or so small that the
    // quotient overflows (e.g. a vanishing amount served after demand has all but disappeared).
    private static double Ratio(double numerator, double denominator)
    {
        if (!(denominator > 0))
        {
            return double.NaN;
        }

        double quotient = numerator / denominator;
        return double.IsFinite(quotient) ? quotient : double.NaN;
    }

    // Rule 8. Nodes grow by entry.monthlyRate while margin ≥ minMargin (up to maxNodes) and shrink by
    // exit.monthlyRate once the cohort's run of consecutive loss-making months exceeds patienceMonths: with
    // patience k, losses in months t−k … t shrink the nodes of month t + 1. A cohort without costs but with
    // profit has an unbounded margin (attractive); without costs or profit it has none (not attractive).
    private void EntryAndExit(int t)
    {
        if (t + 1 >= _ws.Months)
        {
            return;
        }

        for (int c = 0; c < _cohortCount; c++)
        {
            var arrays = _ws.Cohorts[c];
            var cohort = _cohorts[c];
            double n = arrays.Nodes[t];
            double profit = arrays.Profit[t];
            double cost = arrays.Costs[t];
            _lossStreak[c] = profit < 0 ? _lossStreak[c] + 1 : 0;
            bool attractive = cost > 0 ? profit / cost >= cohort.Entry.MinMargin : profit > 0;
            double next = n;
            if (attractive && n < cohort.Entry.MaxNodes)
            {
                next = Math.Min(cohort.Entry.MaxNodes, n * (1.0 + cohort.Entry.MonthlyRate));
            }
            else if (_lossStreak[c] > cohort.Exit.PatienceMonths)
            {
                next = n * (1.0 - cohort.Exit.MonthlyRate);
            }

            arrays.Nodes[t + 1] = next;
        }
    }

    // Rule 9. Protocol take accrues to the treasury, which spends buybackShare of it on buybacks and pays
    // protocol-paid gas; the treasury's share of pool payouts (rule 1) and bought-back tokens accrue as tokens.
    private double Treasury(int t, double served, double fee, double price)
    {
        double protocolFees = _take * fee * served;
        double buyback = _s.Fees.BuybackShareOfProtocolFees * protocolFees;
        _treasuryUsd += protocolFees - buyback - (served * ProtocolPaidPerInference(t));
        if (price >= NumericalLimits.MinTokenPriceUsd)
        {
            _treasuryTokens += buyback / price;
        }

        _ws.BuybackUsd[t] = buyback;
        _ws.TreasuryUsd[t] = _treasuryUsd;
        _ws.TreasuryTokens[t] = _treasuryTokens;
        return buyback;
    }

    // Rule 2 (continued). Sell pressure = price·sellFraction·operator tokens (+ sellFraction of fee income when
    // fees are paid in the token) + price·pool sells − buyback; GBM moves
    // P(t+1) = P(t)·exp(μ − σ²/2 + σZ)·exp(−sellPressure/marketDepth). Given prices ignore sell pressure.
    // A GBM price that falls below NumericalLimits.MinTokenPriceUsd becomes 0 and stays 0; one that would overflow
    // stops at NumericalLimits.MaxGbmPriceUsd.
    private void AdvancePrice(int t, double z, double price, double buyback)
    {
        double sellFraction = _s.Token.OperatorSellFraction;
        double feeIncome = _s.Fees.PaidIn == FeeCurrency.Token ? _ws.RevenueFees[t] : 0.0;
        double operatorTokens = _ws.OperatorSubsidyTokens[t];
        double sellPressure = (sellFraction * ((operatorTokens * price) + feeIncome)) + (price * _ws.PoolSoldTokens[t]) - buyback;
        _ws.SellPressureUsd[t] = sellPressure;
        if (_gbm && _gbmPrice > 0)
        {
            double logStep = _monthlyDrift - (0.5 * _monthlyVolatility * _monthlyVolatility) + (_monthlyVolatility * z)
                - (sellPressure / _s.Token.MarketDepthUsd);
            double next = _gbmPrice * Math.Exp(logStep);
            _gbmPrice = next < NumericalLimits.MinTokenPriceUsd ? 0.0 : Math.Min(next, NumericalLimits.MaxGbmPriceUsd);
        }
    }
}
