namespace Economics.Model.Engine;

/// <summary>Rule 7: operator accounts.</summary>
internal sealed partial class MonthlyStep
{
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
}
