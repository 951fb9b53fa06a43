namespace Economics.Model.Engine;

/// <summary>Rule 8: entry and exit as a supply curve.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 8. Potential operators' own monthly cost per node ~ LogNormal(median = the cohort's own cost per node this
    // month, σ = costSpread). Income per node of a marginal entrant I = (fees − take − upstream − per-request costs −
    // borne rails + subsidy + MEV)/(N + 1), smoothed Ī(t) = Ī(t−1) + (I − Ī(t−1))/(patienceMonths + 1), Ī(0) = I(0).
    // Target N*(t) = potentialNodes·F(Ī/(1 + hurdleMargin)); N(t+1) = N(t) + speed·(N*(t − leadMonths) − N(t)) with the
    // entry speed when that target is above N and the exit speed otherwise (targets before month 0 are N*(0)); capped
    // at maxNodes when set; counts below 1e-9 nodes become 0.
    private void EntryAndExit(int t, double price)
    {
        for (int c = 0; c < _cohortCount; c++)
        {
            var arrays = _ws.Cohorts[c];
            var cohort = _cohorts[c];
            double n = arrays.Nodes[t];
            double perRequest = arrays.Served[t] * (_variable[c] + OperatorPaidPerInference(t));
            double income = (arrays.RevenueFees[t] - arrays.Upstream[t] - perRequest + arrays.RevenueSubsidy[t] + arrays.RevenueMev[t]) / (n + 1.0);
            double smoothed = t == 0 ? income : _smoothedIncome[c] + ((income - _smoothedIncome[c]) / (cohort.Exit.PatienceMonths + 1.0));
            _smoothedIncome[c] = smoothed;
            double ownCostPerNode = FixedCostPerNode(c, t) + CapitalCostPerNode(c, price);
            double target = cohort.PotentialNodes * NormalCdf.LognormalCdf(smoothed / (1.0 + cohort.Entry.HurdleMargin), ownCostPerNode, cohort.CostSpread);
            arrays.TargetNodes[t] = target;
            if (t + 1 >= _ws.Months)
            {
                continue;
            }

            double lagged = arrays.TargetNodes[Math.Max(0, t - cohort.Entry.LeadMonths)];
            double speed = lagged > n ? cohort.Entry.Speed : cohort.Exit.Speed;
            double next = n + (speed * (lagged - n));
            if (cohort.Entry.MaxNodes is { } max)
            {
                next = Math.Min(next, max);
            }

            arrays.Nodes[t + 1] = next < NumericalLimits.MinNodes ? 0.0 : next;
        }
    }

    // Viability (DESIGN "Definitions"): served ≥ minServedShare of demand (no demand counts as served), nodes ≥
    // redundancyFloor, and Σ over the last profitMonths months (fewer at the start) of profit − subsidy − the rails the
    // protocol bore (what operators would earn if nobody paid for them) ≥ 0; with validator cohorts also validator
    // nodes ≥ minValidators and Σ over the same months of validator profit − staking payouts ≥ 0.
    private void Viability(int t)
    {
        var rule = _s.Viability;
        var ws = _ws;
        bool served = !(ws.Demand[t] > 0) || ws.Served[t] >= rule.MinServedShare * ws.Demand[t];
        bool redundant = ws.NodesTotal[t] >= rule.RedundancyFloor;
        double withoutSubsidy = 0.0, validatorsWithoutStaking = 0.0;
        for (int k = Math.Max(0, t - rule.ProfitMonths + 1); k <= t; k++)
        {
            withoutSubsidy += ws.OperatorProfit[k] - ws.RevenueSubsidy[k] - ws.ProtocolRailsUsd[k];
            validatorsWithoutStaking += ws.ValidatorProfitUsd[k] - ws.ValidatorStakingUsd[k];
        }

        bool validators = !_hasValidators || (ws.ValidatorNodes[t] >= rule.MinValidators && validatorsWithoutStaking >= 0);
        ws.Viable[t] = served && redundant && withoutSubsidy >= 0 && validators ? 1.0 : 0.0;
    }
}
