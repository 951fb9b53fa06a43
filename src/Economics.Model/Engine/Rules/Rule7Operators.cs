namespace Economics.Model.Engine;

/// <summary>Rule 7: operator accounts.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 7. Per cohort: fee revenue Σ_m served_cm·(fee_m − take_m); upstream Σ_m served_cm·upstream_cm; own costs
    // N·(node cost + capital) + served·(per-request cost + operator-borne rails); subsidy (pool payouts to operators,
    // split per node by subsidyWeight or per served request); MEV (onchainMl markets only, by their served
    // requests); profit = fees + subsidy + MEV − upstream − own costs; margin = profit / own costs. Costs reported
    // = own + upstream. Subsidy dependence = (subsidy + H) / (subsidy + H + max(0, fees − upstream) + MEV), where
    // H = the rails the protocol bears this month (rule 5: its facilitator pays every request's gas, a hidden
    // subsidy DESIGN rule 7 counts): under pass-through at zero markup the fee margin is 0, so dependence is 1
    // whenever a subsidy is paid or rails are borne. Validator cohorts (no markets) keep their own accounts and are not
    // in the operators' totals: staking = the pools' validators payout × price split per node by subsidyWeight among
    // validator cohorts, gas = the OG-chain settlement gas of the month (rule 5) split the same way, own costs =
    // N·(node cost + capital), profit = staking + gas − own costs; their fee column holds the gas, their subsidy column
    // the staking payouts (so rule 8 moves them on the same supply curve).
    private void Operators(int t, double served, double price, double operatorTokens)
    {
        double take = _take;
        double operatorPaid = OperatorPaidPerInference(t);
        var markets = _ws.Markets;
        int marketCount = _marketCount;
        double onchainServed = 0.0, onchainFees = 0.0;
        for (int m = 0; m < marketCount; m++)
        {
            if (_onchain[m])
            {
                onchainServed += markets[m].Served[t];
                onchainFees += markets[m].Served[t] * markets[m].Fee[t];
            }
        }

        double extraction = onchainServed > 0 ? _extraction : 0.0;
        double mevPool = _s.Mev.OperatorShare * extraction * (onchainFees + _s.Mev.VisibleFlowUsdPerMonth);
        double subsidyUsd = operatorTokens * price;

        var cohortArrays = _ws.Cohorts;
        int cohortCount = _cohortCount;
        double weightTotal = 0.0, validatorWeight = 0.0;
        for (int c = 0; c < cohortCount; c++)
        {
            if (_isValidator[c])
            {
                validatorWeight += cohortArrays[c].Nodes[t] * _subsidyWeight[c];
            }
            else
            {
                weightTotal += _perServedRequest ? cohortArrays[c].Served[t] : cohortArrays[c].Nodes[t] * _subsidyWeight[c];
            }
        }

        double fees = 0, subsidy = 0, mev = 0, own = 0, upstream = 0, nodes = 0, compute = 0;
        for (int c = 0; c < cohortCount; c++)
        {
            if (_isValidator[c])
            {
                ValidatorAccounts(c, t, price, validatorWeight);
                continue;
            }

            var arrays = cohortArrays[c];
            double n = arrays.Nodes[t];
            double s = arrays.Served[t];
            double feeRevenue = 0.0, upstreamCost = 0.0, onchain = 0.0;
            for (int m = 0; m < marketCount; m++)
            {
                double sm = _servedIn[(c * marketCount) + m];
                if (sm > 0)
                {
                    feeRevenue += sm * (markets[m].Fee[t] - markets[m].Take[t]);
                    upstreamCost += sm * Upstream(c, m, t);
                    onchain += _onchain[m] ? sm : 0.0;
                }
            }

            double weight = _perServedRequest ? s : n * _subsidyWeight[c];
            double subsidyRevenue = weightTotal > 0 ? subsidyUsd * (weight / weightTotal) : 0.0;
            double mevRevenue = onchainServed > 0 ? mevPool * (onchain / onchainServed) : 0.0;
            // The costs except operator-paid rails are summed on their own: subtracting the rails back out of the
            // total lost the compute cost to rounding (of either sign) when the rails dwarf it (issue 15 item 13).
            double computeCost = (n * (FixedCostPerNode(c, t) + CapitalCostPerNode(c, price))) + (s * _variable[c]);
            double ownCost = computeCost + (s * operatorPaid);
            double profit = feeRevenue + subsidyRevenue + mevRevenue - upstreamCost - ownCost;
            arrays.RevenueFees[t] = feeRevenue;
            arrays.RevenueSubsidy[t] = subsidyRevenue;
            arrays.RevenueMev[t] = mevRevenue;
            arrays.Upstream[t] = upstreamCost;
            arrays.Costs[t] = ownCost + upstreamCost;
            arrays.Profit[t] = profit;
            arrays.Margin[t] = Ratio(profit, ownCost);
            double hiddenShare = served > 0 ? _ws.ProtocolRailsUsd[t] * (s / served) : 0.0;
            arrays.SubsidyDependence[t] = Ratio(subsidyRevenue + hiddenShare, subsidyRevenue + hiddenShare + Math.Max(0.0, feeRevenue - upstreamCost) + mevRevenue);
            fees += feeRevenue;
            subsidy += subsidyRevenue;
            mev += mevRevenue;
            own += ownCost;
            upstream += upstreamCost;
            compute += computeCost + upstreamCost;
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

        ValidatorTotals(t);
        double costs = own + upstream;
        double profitTotal = fees + subsidy + mev - costs;
        var ws = _ws;
        ws.NodesTotal[t] = nodes;
        ws.RevenueFees[t] = fees;
        ws.RevenueSubsidy[t] = subsidy;
        ws.RevenueMev[t] = mev;
        ws.UpstreamCostUsd[t] = upstream;
        ws.OperatorCosts[t] = costs;
        ws.OperatorProfit[t] = profitTotal;
        ws.ProfitPerNode[t] = Ratio(profitTotal, nodes);
        double hidden = ws.ProtocolRailsUsd[t];
        ws.SubsidyDependence[t] = Ratio(subsidy + hidden, subsidy + hidden + Math.Max(0.0, fees - upstream) + mev);
        ws.ComputeCostPerInference[t] = Ratio(compute, served);

        // Break-even with zero subsidy: fee·served·(1 − take) + a·(fee·served + visibleFlow) = costs,
        // a = operatorShare·extraction (MEV revenue grows with the fee too). Never below zero.
        double a = _s.Mev.OperatorShare * extraction;
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
