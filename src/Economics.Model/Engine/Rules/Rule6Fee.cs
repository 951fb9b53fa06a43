using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Rule 6: the fee and the user's all-in price.</summary>
internal sealed partial class MonthlyStep
{
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
}
