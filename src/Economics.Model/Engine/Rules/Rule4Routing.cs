namespace Economics.Model.Engine;

/// <summary>Rule 4: capacity and routing.</summary>
internal sealed partial class MonthlyStep
{
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
}
