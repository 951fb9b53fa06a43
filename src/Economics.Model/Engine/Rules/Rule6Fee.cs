using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Rule 6: the fee per market and the user's all-in price.</summary>
internal sealed partial class MonthlyStep
{
    private double FixedCostPerNode(int c, int t) => _nodeCostBase[c] * _ws.Cohorts[c].CostMultiplier[t];

    // Opportunity cost of one node's stake: stakeTokens·price·costOfCapitalAnnual/12.
    private double CapitalCostPerNode(int c, double price) => _capitalPerNodePerUsd[c] * price;

    // Rule 6, per market: passThrough fee = cost of a served request × (1 + markup), take = take rate × the markup
    // part; fixed, costPlus and subsidyAware as in v1 with take = take rate × fee. MEV tax only in onchainMl markets.
    // Conversion = swapFeeFraction·fee when fees are paid in the token (users buy the fee's OPG first).
    // All-in price = fee + user-borne rails + conversion + MEV tax. The network's fee and prices are served-weighted means over
    // markets (demand-weighted when nothing is served, base-weighted when there is no demand, plain means otherwise).
    private void Fee(int t, double price)
    {
        var markets = _ws.Markets;
        double userRails = _ws.UserPaymentRailsPerInference[t] + _ws.UserSettlementPerInference[t];
        double protocolFees = 0.0;
        for (int m = 0; m < _marketCount; m++)
        {
            var a = markets[m];
            double fee, take;
            switch (_policies[m])
            {
                case PassThroughFee p:
                    fee = a.CostPerServed[t] * (1.0 + p.MarkupFraction);
                    take = _take * p.MarkupFraction * a.CostPerServed[t];
                    break;
                case FixedFee f:
                    fee = f.UsdPerInference;
                    take = _take * fee;
                    break;
                case CostPlusFee c:
                    fee = CostPlus(m, t, price, c.MarginFraction, c.TargetUtilization, out _);
                    take = _take * fee;
                    break;
                case SubsidyAwareFee s:
                    fee = SubsidyAware(m, t, price, s);
                    take = _take * fee;
                    break;
                default:
                    fee = 0.0;
                    take = 0.0;
                    break;
            }

            double mevTax = _onchain[m] ? _extraction * fee : 0.0;
            double conversion = _tokenFees ? _swapFee * fee : 0.0;
            a.Fee[t] = fee;
            a.Take[t] = take;
            a.MevTax[t] = mevTax;
            a.Conversion[t] = conversion;
            a.UserPrice[t] = fee + userRails + conversion + mevTax;
            protocolFees += a.Served[t] * take;
        }

        _protocolFeesUsd = protocolFees;
        NetworkMeans(t);
    }

    // The network's fee and prices of month t: the six served-weighted means in one pass over the markets; a mean
    // the served weights cannot give (nothing served, a total that overflows, or a mean that is not finite) falls back
    // to Weighted, value by value. Weights are normalized first (ŵ_m = w_m / Σw, then Σ ŵ_m·v_m): with w·v the products
    // of tiny served volumes (1e-310 requests after events of multiplier 1e-300) are subnormal and lose bits unevenly
    // across the parts, which broke the fee identity by 2e-9 relative (schema fuzz, seed 5aivz2BWgDg1); with ŵ every
    // part uses the same weights, so the parts add up to the user price to rounding. Each sum adds the markets in the
    // same order as Weighted, so both give the same bits.
    private void NetworkMeans(int t)
    {
        var markets = _ws.Markets;
        double served = 0.0;
        for (int m = 0; m < _marketCount; m++)
        {
            served += markets[m].Served[t];
        }

        double fee = double.NaN, take = double.NaN, mevTax = double.NaN, conversion = double.NaN, userPrice = double.NaN, outside = double.NaN;
        if (served > 0 && double.IsFinite(served))
        {
            fee = take = mevTax = conversion = userPrice = outside = 0.0;
            for (int m = 0; m < _marketCount; m++)
            {
                var a = markets[m];
                double w = a.Served[t] / served;
                fee += w * a.Fee[t];
                take += w * a.Take[t];
                mevTax += w * a.MevTax[t];
                conversion += w * a.Conversion[t];
                userPrice += w * a.UserPrice[t];
                outside += w * a.OutsidePrice[t];
            }
        }

        var ws = _ws;
        ws.FeeUsd[t] = double.IsFinite(fee) ? fee : Weighted(t, static (a, t) => a.Fee[t]);
        ws.ProtocolTakePerInference[t] = double.IsFinite(take) ? take : Weighted(t, static (a, t) => a.Take[t]);
        ws.OperatorNetFeePerInference[t] = ws.FeeUsd[t] - ws.ProtocolTakePerInference[t];
        ws.MevTaxPerInference[t] = double.IsFinite(mevTax) ? mevTax : Weighted(t, static (a, t) => a.MevTax[t]);
        ws.ConversionPerInference[t] = double.IsFinite(conversion) ? conversion : Weighted(t, static (a, t) => a.Conversion[t]);
        ws.UserPriceUsd[t] = double.IsFinite(userPrice) ? userPrice : Weighted(t, static (a, t) => a.UserPrice[t]);
        ws.OutsidePriceUsd[t] = double.IsFinite(outside) ? outside : Weighted(t, static (a, t) => a.OutsidePrice[t]);
    }

    // Σ ŵ_m·value_m with ŵ_m = w_m / Σ w and w = served, else demand, else base demand, else 1: the first basis whose
    // total is positive and finite and whose mean is finite.
    private double Weighted(int t, Func<MarketArrays, int, double> value)
    {
        var markets = _ws.Markets;
        if (_marketCount == 0)
        {
            return 0.0;
        }

        for (int basis = 0; basis < 4; basis++)
        {
            double weights = 0.0;
            for (int m = 0; m < _marketCount; m++)
            {
                weights += Weight(markets[m], t, basis);
            }

            if (!(weights > 0) || !double.IsFinite(weights))
            {
                continue;
            }

            double mean = 0.0;
            for (int m = 0; m < _marketCount; m++)
            {
                var a = markets[m];
                mean += Weight(a, t, basis) / weights * value(a, t);
            }

            if (double.IsFinite(mean))
            {
                return mean;
            }
        }

        return 0.0;
    }

    private static double Weight(MarketArrays a, int t, int basis) =>
        basis switch { 0 => a.Served[t], 1 => a.Demand[t], 2 => a.BaseDemand[t], _ => 1.0 };

    // Cost plus minus last month's subsidy income per served inference, never below the floor. When cost plus
    // has nothing to mark up (no capacity) last month's fee holds as it is: the subsidy was already deducted from it.
    private double SubsidyAware(int m, int t, double price, SubsidyAwareFee policy)
    {
        double costPlus = CostPlus(m, t, price, policy.MarginFraction, policy.TargetUtilization, out bool held);
        return held ? costPlus : Math.Max(policy.FloorUsdPerInference, costPlus - LastSubsidyIncomePerInference(t));
    }

    // f = (1 + margin)·unitCost/(1 − take); unitCost is the allocated-capacity-weighted mean over the cohorts serving
    // market m of (node cost + capital cost)/(usable capacity·target utilization) + per-request cost + upstream cost
    // (list × (1 − discount) for hosted-proxy markets), plus operator-borne rails. With no capacity for the market
    // (or a unit cost that overflows) last month's fee holds (0 in month 0).
    private double CostPlus(int m, int t, double price, double margin, double targetUtilization, out bool held)
    {
        var a = _ws.Markets[m];
        double total = a.Capacity[t];
        held = !(total > 0);
        if (held)
        {
            return t > 0 ? a.Fee[t - 1] : 0.0;
        }

        double unitCost = 0.0;
        for (int c = 0; c < _cohortCount; c++)
        {
            double capacity = _allocated[(c * _marketCount) + m];
            if (capacity > 0)
            {
                double perInference = ((FixedCostPerNode(c, t) + CapitalCostPerNode(c, price)) / (_usablePerNode[c] * targetUtilization))
                    + _variable[c] + Upstream(c, m, t);
                unitCost += capacity / total * perInference;
            }
        }

        unitCost += OperatorPaidPerInference(t);
        double fee = (1.0 + margin) * unitCost / (1.0 - _take);
        held = !double.IsFinite(fee);
        return held ? (t > 0 ? a.Fee[t - 1] : 0.0) : fee;
    }

    // A gateway's upstream cost per served request of market m: list cost of the request × (1 − discount) for
    // hosted-proxy markets, nothing otherwise.
    private double Upstream(int c, int m, int t) =>
        _hosted[m] ? _ws.Markets[m].CostPerServed[t] * (1.0 - _cohorts[c].UpstreamDiscountFraction) : 0.0;

    private double LastSubsidyIncomePerInference(int t) =>
        t > 0 && _ws.Served[t - 1] > 0 ? _ws.RevenueSubsidy[t - 1] / _ws.Served[t - 1] : 0.0;
}
