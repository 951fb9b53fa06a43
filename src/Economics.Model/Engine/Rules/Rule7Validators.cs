namespace Economics.Model.Engine;

/// <summary>Rule 7 (validators): the accounts of validator cohorts — staking payouts + OG-chain gas − own costs.</summary>
internal sealed partial class MonthlyStep
{
    // Validator cohort c: weight w_c = N_c·subsidyWeight_c of W = Σ over validator cohorts; staking = validator_tokens ·
    // P · w_c/W, gas = validator_gas_revenue_usd · w_c/W (0 when W = 0), own = N_c·(node cost + capital), profit =
    // staking + gas − own, margin = profit/own, subsidy dependence = staking/(staking + gas).
    private void ValidatorAccounts(int c, int t, double price, double weightTotal)
    {
        var arrays = _ws.Cohorts[c];
        double n = arrays.Nodes[t];
        double share = weightTotal > 0 ? n * _subsidyWeight[c] / weightTotal : 0.0;
        double staking = _ws.ValidatorTokens[t] * price * share;
        double gas = _ws.ValidatorGasRevenueUsd[t] * share;
        double own = n * (FixedCostPerNode(c, t) + CapitalCostPerNode(c, price));
        double profit = staking + gas - own;
        arrays.RevenueFees[t] = gas;
        arrays.RevenueSubsidy[t] = staking;
        arrays.RevenueMev[t] = 0.0;
        arrays.Upstream[t] = 0.0;
        arrays.Costs[t] = own;
        arrays.Profit[t] = profit;
        arrays.Margin[t] = Ratio(profit, own);
        arrays.SubsidyDependence[t] = Ratio(staking, staking + gas);
    }

    // Network validator totals of month t (all 0 without validator cohorts).
    private void ValidatorTotals(int t)
    {
        double nodes = 0, staking = 0, gas = 0, costs = 0;
        for (int c = 0; c < _cohortCount; c++)
        {
            if (_isValidator[c])
            {
                var arrays = _ws.Cohorts[c];
                nodes += arrays.Nodes[t];
                staking += arrays.RevenueSubsidy[t];
                gas += arrays.RevenueFees[t];
                costs += arrays.Costs[t];
            }
        }

        _ws.ValidatorNodes[t] = nodes;
        _ws.ValidatorStakingUsd[t] = staking;
        _ws.ValidatorGasUsd[t] = gas;
        _ws.ValidatorCostsUsd[t] = costs;
        _ws.ValidatorProfitUsd[t] = staking + gas - costs;
    }
}
