namespace Economics.Model.Engine;

/// <summary>Rule 4: capacity and routing — per market, only to the cohorts that serve it.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 4. Cohort capacity N·capacity·(1 − teeOverhead)·availability. A cohort splits it across the markets it
    // serves in proportion to their payable demand (demand − rejected; evenly when there is none); within a market,
    // served = min(payable demand, capacity allocated to it), routed pro rata to the allocated capacity. Unserved =
    // payable demand − served. Returns the requests served in all markets.
    private double CapacityAndRouting(int t)
    {
        var cohorts = _ws.Cohorts;
        var markets = _ws.Markets;
        int cohortCount = _cohortCount;
        int marketCount = _marketCount;
        double total = 0.0;
        for (int p = 0; p < _providerCount; p++)
        {
            _providerCapacity[p] = 0.0;
        }

        for (int m = 0; m < marketCount; m++)
        {
            markets[m].Capacity[t] = 0.0;
        }

        for (int c = 0; c < cohortCount; c++)
        {
            var arrays = cohorts[c];
            double perNode = _usableBase[c] * arrays.Availability[t];
            _usablePerNode[c] = perNode;
            double capacity = arrays.Nodes[t] * perNode;
            arrays.Capacity[t] = capacity;
            arrays.Served[t] = 0.0;
            _providerCapacity[_providerOf[c]] += capacity;
            total += capacity;

            double payable = 0.0;
            int served = 0;
            for (int m = 0; m < marketCount; m++)
            {
                if (_serves[(c * marketCount) + m])
                {
                    payable += markets[m].Demand[t] - markets[m].Rejected[t];
                    served++;
                }
            }

            for (int m = 0; m < marketCount; m++)
            {
                int i = (c * marketCount) + m;
                double share = !_serves[i] ? 0.0
                    : payable > 0 ? (markets[m].Demand[t] - markets[m].Rejected[t]) / payable
                    : 1.0 / served;
                _allocated[i] = capacity * share;
                markets[m].Capacity[t] += _allocated[i];
            }
        }

        double servedTotal = 0.0, unservedTotal = 0.0;
        for (int m = 0; m < marketCount; m++)
        {
            var a = markets[m];
            double payable = a.Demand[t] - a.Rejected[t];
            double allocated = a.Capacity[t];
            double served = Math.Min(payable, allocated);
            double fill = allocated > 0 ? served / allocated : 0.0;
            a.Served[t] = served;
            a.Unserved[t] = payable - served;
            servedTotal += served;
            unservedTotal += payable - served;
            for (int c = 0; c < cohortCount; c++)
            {
                int i = (c * marketCount) + m;
                double s = _allocated[i] * fill;
                _servedIn[i] = s;
                cohorts[c].Served[t] += s;
            }
        }

        double aws = 0.0;
        for (int c = 0; c < cohortCount; c++)
        {
            if (_isAws[c])
            {
                aws += cohorts[c].Capacity[t];
            }
        }

        double hhi = 0.0;
        for (int p = 0; p < _providerCount; p++)
        {
            // A ratio, not total·(1/total): a subnormal total would overflow the reciprocal.
            double share = total > 0 ? _providerCapacity[p] / total : 0.0;
            hhi += share * share;
        }

        var ws = _ws;
        ws.Capacity[t] = total;
        ws.Served[t] = servedTotal;
        ws.Unserved[t] = unservedTotal;
        ws.AwsCapacityShare[t] = total > 0 ? Math.Min(1.0, aws / total) : double.NaN;
        ws.ProviderConcentration[t] = total > 0 ? Math.Min(1.0, hhi) : double.NaN;
        return servedTotal;
    }
}
