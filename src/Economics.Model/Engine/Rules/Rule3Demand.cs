namespace Economics.Model.Engine;

/// <summary>Rule 3: demand.</summary>
internal sealed partial class MonthlyStep
{
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
}
