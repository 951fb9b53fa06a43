using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Rule 8: entry and exit as a supply curve.</summary>
internal sealed partial class MonthlyStep
{
    private double[] _patienceSteps = [];
    private double[] _hurdleFactor = [];
    private double[] _potentialNodes = [];
    private double[] _costSpread = [];
    private int[] _leadMonths = [];
    private double[] _entrySpeed = [];
    private double[] _exitSpeed = [];
    private bool[] _hasMaxNodes = [];
    private double[] _maxNodes = [];
    private double[] _ownCostSeen = [];
    private double[] _logOwnCostSeen = [];

    // Rule 8. Potential operators' own monthly cost per node ~ LogNormal(median = the cohort's own cost per node this
    // month, σ = costSpread). Income per node of a marginal entrant I = (fees − take − upstream − per-request costs −
    // borne rails + subsidy + MEV)/(N + 1), smoothed Ī(t) = Ī(t−1) + (I − Ī(t−1))/(patienceMonths + 1), Ī(0) = I(0).
    // Target N*(t) = potentialNodes·F(Ī/(1 + hurdleMargin)); N(t+1) = N(t) + speed·(N*(t − leadMonths) − N(t)) with the
    // entry speed when that target is above N and the exit speed otherwise (targets before month 0 are N*(0)); capped
    // at maxNodes when set; counts below 1e-9 nodes become 0.
    private void EntryAndExit(int t, double price)
    {
        double operatorPaid = OperatorPaidPerInference(t);
        bool last = t + 1 >= _ws.Months;
        for (int c = 0; c < _cohortCount; c++)
        {
            var arrays = _ws.Cohorts[c];
            double n = arrays.Nodes[t];
            double perRequest = arrays.Served[t] * (_variable[c] + operatorPaid);
            double income = (arrays.RevenueFees[t] - arrays.Upstream[t] - perRequest + arrays.RevenueSubsidy[t] + arrays.RevenueMev[t]) / (n + 1.0);
            double smoothed = t == 0 ? income : _smoothedIncome[c] + ((income - _smoothedIncome[c]) / _patienceSteps[c]);
            _smoothedIncome[c] = smoothed;
            double ownCostPerNode = FixedCostPerNode(c, t) + CapitalCostPerNode(c, price);
            double target = _potentialNodes[c] * NormalCdf.LognormalCdf(smoothed / _hurdleFactor[c], ownCostPerNode, LogOwnCost(c, ownCostPerNode), _costSpread[c]);
            arrays.TargetNodes[t] = target;
            if (last)
            {
                continue;
            }

            double lagged = arrays.TargetNodes[Math.Max(0, t - _leadMonths[c])];
            double speed = lagged > n ? _entrySpeed[c] : _exitSpeed[c];
            double next = n + (speed * (lagged - n));
            if (_hasMaxNodes[c])
            {
                next = Math.Min(next, _maxNodes[c]);
            }

            arrays.Nodes[t + 1] = next < NumericalLimits.MinNodes ? 0.0 : next;
        }
    }

    // ln(own cost per node) of cohort c: the last month's value when the cost is the same number (it is, month after
    // month, without stake capital or cost changes), else computed (the same bits either way).
    private double LogOwnCost(int c, double ownCostPerNode)
    {
        if (ownCostPerNode != _ownCostSeen[c])
        {
            _ownCostSeen[c] = ownCostPerNode;
            _logOwnCostSeen[c] = ownCostPerNode > 0 ? Math.Log(ownCostPerNode) : double.NaN;
        }

        return _logOwnCostSeen[c];
    }

    // The per-run constants of rule 8 for cohort c (called by Begin): patience + 1, 1 + hurdle margin, the supply
    // curve's scale and spread, the lead, both speeds and the node cap.
    private void BeginEntryAndExit(int c, Cohort cohort)
    {
        var entry = cohort.Entry;
        _patienceSteps[c] = cohort.Exit.PatienceMonths + 1.0;
        _hurdleFactor[c] = 1.0 + entry.HurdleMargin;
        _potentialNodes[c] = cohort.PotentialNodes;
        _costSpread[c] = cohort.CostSpread;
        _leadMonths[c] = entry.LeadMonths;
        _entrySpeed[c] = entry.Speed;
        _exitSpeed[c] = cohort.Exit.Speed;
        _hasMaxNodes[c] = entry.MaxNodes is not null;
        _maxNodes[c] = entry.MaxNodes ?? 0.0;

        // NaN equals nothing: month 0 always computes the logarithm.
        _ownCostSeen[c] = double.NaN;
        _logOwnCostSeen[c] = double.NaN;
    }

    // Grows rule 8's per-cohort buffers to n cohorts (called by Begin; never shrinks, so a warm workspace allocates nothing).
    private void EnsureEntryAndExit(int n)
    {
        if (_patienceSteps.Length >= n)
        {
            return;
        }

        _patienceSteps = new double[n];
        _hurdleFactor = new double[n];
        _potentialNodes = new double[n];
        _costSpread = new double[n];
        _leadMonths = new int[n];
        _entrySpeed = new double[n];
        _exitSpeed = new double[n];
        _hasMaxNodes = new bool[n];
        _maxNodes = new double[n];
        _ownCostSeen = new double[n];
        _logOwnCostSeen = new double[n];
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
