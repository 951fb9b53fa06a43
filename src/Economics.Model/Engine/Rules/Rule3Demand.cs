using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Rule 3: demand per market — willingness to pay, partial adjustment and the per-request cap.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 3, per market m: B from growth (× shocks, 0 while withdrawn); x = p/o − 1 with p the market's all-in price
    // and o its outside price of month t − 1 (month 0: the fee this month would charge before rails, see AllInGuess,
    // against the outside price); the outside price of month t is o·(cost per served request / list cost); target share
    // S = (1 − z)·P(π ≥ x + friction), π ~ LogNormal(median, spread); s(t) = s(t−1) + α·(S − s(t−1)), s(−1) = S;
    // D = B·s. The cap (token fees only): passThrough requests cost c ~ LogNormal(mean c̄, σ) and pay c·(1 + markup),
    // so those above K = cap·P/(1 + markup) are rejected: rejected = 1 − Φ((ln(K/c̄) + σ²/2)/σ), and served requests
    // cost the truncated mean c̄·Φ((ln(K/c̄) − σ²/2)/σ)/Φ((ln(K/c̄) + σ²/2)/σ); other policies charge one fee per
    // request, rejected (all of it) when last month's fee (month 0: AllInGuess) exceeds cap·P. Returns total demand.
    private double Demand(int t, double price)
    {
        var markets = _ws.Markets;
        double totalBase = 0, totalDemand = 0, totalRejected = 0, totalLost = 0;
        for (int m = 0; m < _marketCount; m++)
        {
            var a = markets[m];
            double b = a.BaseDemandRaw[t];
            double lastPrice = t == 0 ? _allInGuess[m] : a.UserPrice[t - 1];
            double lastOutside = t == 0 ? _outside[m] : a.OutsidePrice[t - 1];
            double x = (lastPrice / lastOutside) - 1.0;
            double target = _acceptingShare[m] * Survival(m, x + _friction[m]);
            double share = t == 0 ? target : a.AcceptedShare[t - 1] + (_adjustment[m] * (target - a.AcceptedShare[t - 1]));
            double demand = b * share;
            double rejectedShare = RejectedShare(m, t, price, out double costPerServed);
            a.BaseDemand[t] = b;
            a.AcceptedShare[t] = share;
            a.Demand[t] = demand;
            a.Rejected[t] = demand * rejectedShare;
            a.Lost[t] = b - demand;
            // The outside price of the requests that are served: the cap cuts the largest, whose direct price is as high.
            a.OutsidePrice[t] = _list[m] > 0 ? _outside[m] * (costPerServed / _list[m]) : _outside[m];
            a.CostPerServed[t] = costPerServed;
            totalBase += b;
            totalDemand += demand;
            totalRejected += a.Rejected[t];
            totalLost += b - demand;
        }

        _ws.BaseDemand[t] = totalBase;
        _ws.Demand[t] = totalDemand;
        _ws.RejectedByCap[t] = totalRejected;
        _ws.LostDemand[t] = totalLost;
        return totalDemand;
    }

    // The share of market m's requests the per-request cap rejects in month t, and the mean list cost of a request
    // that is served (the list mean when nothing is cut off).
    private double RejectedShare(int m, int t, double price, out double costPerServed)
    {
        double mean = _list[m];
        costPerServed = mean;
        if (!_capApplies)
        {
            return 0.0;
        }

        double capUsd = _capOpg * price;
        if (_passThrough[m])
        {
            return RequestCap.Rejected(mean, capUsd / _markupFactor[m], _requestCostSpread[m], out costPerServed);
        }

        double fee = t == 0 ? _allInGuess[m] : _ws.Markets[m].Fee[t - 1];
        return fee > capUsd ? 1.0 : 0.0;
    }

    // The share of market m's users whose premium clears y = x + friction, P(π ≥ y): the last month's value when y is
    // the same number (under pass-through at a constant markup it is, month after month), else the lognormal survival.
    private double Survival(int m, double y)
    {
        if (y == _survivalArgument[m])
        {
            return _survival[m];
        }

        double survival = NormalCdf.LognormalSurvival(y, _wtpMedian[m], _wtpLogMedian[m], _wtpSpread[m]);
        _survivalArgument[m] = y;
        _survival[m] = survival;
        return survival;
    }

    // The per-run constants of rule 3 (called last by Begin: AllInGuess may read any per-run state set before it).
    private void BeginDemand(Scenario scenario)
    {
        for (int m = 0; m < _marketCount; m++)
        {
            BeginDemand(m, scenario.Markets[m]);
        }
    }

    private void BeginDemand(int m, Market market)
    {
        var wtp = market.WillingnessToPay;
        _allInGuess[m] = AllInGuess(m);
        _acceptingShare[m] = 1.0 - wtp.ZeroValueShare;
        _wtpMedian[m] = wtp.MedianPremium;
        _wtpLogMedian[m] = Math.Log(wtp.MedianPremium);
        _wtpSpread[m] = wtp.Spread;
        _friction[m] = wtp.FrictionFraction;
        _adjustment[m] = market.Demand.AdjustmentPerMonth;
        _requestCostSpread[m] = market.RequestCostSpread;
        _passThrough[m] = _policies[m] is PassThroughFee;
        _markupFactor[m] = _policies[m] is PassThroughFee pass ? 1.0 + pass.MarkupFraction : 1.0;

        // NaN equals nothing: month 0 always evaluates.
        _survivalArgument[m] = double.NaN;
        _survival[m] = double.NaN;
    }

    // Month 0's price for the demand response: what the market's fee policy charges before rails, with the
    // conversion cost (passThrough: list × (1 + markup)·(1 + swapFee·tok); fixed: the fee × (1 + swapFee·tok));
    // cost-based policies start at the outside price (x = 0).
    private double AllInGuess(int m) => _policies[m] switch
    {
        PassThroughFee p => _list[m] * (1.0 + p.MarkupFraction) * Conversion.Factor(_s),
        FixedFee f => f.UsdPerInference * Conversion.Factor(_s),
        _ => _outside[m],
    };
}
