namespace Economics.Model.Engine;

/// <summary>Rule 2 (continued): the month's two-sided token flows, traded against the constant-product pool, and the
/// price of the next month.</summary>
internal sealed partial class MonthlyStep
{
    // Relative margin of ClearlyWithinPriceBounds (a bound on rounding, not a model parameter).
    private const double PriceBoundMargin = 1e-9;

    private double _logImpactExp = 1.0;
    private double _logStepSeen = double.NaN;
    private double _growthSeen = double.NaN;

    // Rule 2 (continued). Sells (USD) = operatorSellFraction·subsidy + pool sells·price + (token fees) the upstream
    // bill, which operators owe the providers in USD, + operatorSellFraction·(fee income − upstream). Buys (USD) =
    // (token fees) what users pay in OPG, Σ served·fee, which they must buy first, + buybacks. Net V = sells − buys;
    // swap fees = swapFee·(sells + buys). GBM only: the fundamental F moves by exp(μ − σ²/2 + σZ); the net flow into
    // USD reserve y adds ΔL = −2·sign(V)·ln(1 + |V|/y) to the log impact, whose old part decays by 2^(−1/halfLife);
    // P(t+1) = F(t+1)·exp(L(t+1)), kept in [priceFloorUsd, MaxGbmPriceUsd] (L is clamped with it, so the pool never
    // remembers an impact below the floor). A fundamental below NumericalLimits.MinTokenPriceUsd becomes 0 and stays
    // 0 (the price is then the floor). Given prices (constant, path) ignore flows.
    private void AdvancePrice(int t, double z, double price, double buyback)
    {
        double sellFraction = _s.Token.OperatorSellFraction;
        double upstream = _tokenFees ? _ws.UpstreamCostUsd[t] : 0.0;
        double feeIncome = _tokenFees ? _ws.RevenueFees[t] : 0.0;
        double sells = (sellFraction * _ws.OperatorSubsidyTokens[t] * price) + (price * _ws.PoolSoldTokens[t])
            + Math.Min(upstream, feeIncome) + (sellFraction * Math.Max(0.0, feeIncome - upstream));
        double userBuys = 0.0;
        if (_tokenFees)
        {
            for (int m = 0; m < _marketCount; m++)
            {
                userBuys += _ws.Markets[m].Served[t] * _ws.Markets[m].Fee[t];
            }
        }

        double buys = userBuys + buyback;
        double net = sells - buys;
        double reserve = PoolReserve(t, price);
        _ws.TokenSellsUsd[t] = sells;
        _ws.TokenBuysUsd[t] = buys;
        _ws.SellPressureUsd[t] = net;
        _ws.SwapFeesUsd[t] = _swapFee * (sells + buys);
        _ws.PoolUsdReserve[t] = reserve;
        _ws.PriceImpactFactor[t] = _gbm ? ExpOfLogImpact() : 1.0;
        if (!_gbm)
        {
            return;
        }

        if (_fundamental > 0)
        {
            double logStep = _monthlyDrift - (0.5 * _monthlyVolatility * _monthlyVolatility) + (_monthlyVolatility * z);
            double next = _fundamental * GrowthFactor(logStep);
            _fundamental = next < NumericalLimits.MinTokenPriceUsd ? 0.0 : Math.Min(next, NumericalLimits.MaxGbmPriceUsd);
        }

        double floor = _s.Token.Liquidity.PriceFloorUsd;
        double impact = (_impactDecay * _logImpact) + PoolImpact(net, reserve);
        if (_fundamental > 0)
        {
            double factor = Math.Exp(impact);
            if (!ClearlyWithinPriceBounds(factor, floor))
            {
                impact = Math.Min(Math.Max(impact, Math.Log(floor / _fundamental)), Math.Log(NumericalLimits.MaxGbmPriceUsd / _fundamental));
                factor = Math.Exp(impact);
            }

            _logImpact = impact;
            _logImpactExp = factor;
            _gbmPrice = Math.Min(Math.Max(_fundamental * factor, floor), NumericalLimits.MaxGbmPriceUsd);
        }
        else
        {
            _logImpact = 0.0;
            _logImpactExp = 1.0;
            _gbmPrice = floor;
        }
    }

    // exp(L) of the carried log impact: computed when L was set (the same bits as Math.Exp(L) here).
    private double ExpOfLogImpact() => _logImpactExp;

    // exp(μ − σ²/2 + σZ): the last month's value when the exponent is the same number (every month of a run with
    // Z = 0), else computed; the same bits either way.
    private double GrowthFactor(double logStep)
    {
        if (logStep != _logStepSeen)
        {
            _logStepSeen = logStep;
            _growthSeen = Math.Exp(logStep);
        }

        return _growthSeen;
    }

    // Whether the clamp of L to [ln(floor/F), ln(MaxGbmPriceUsd/F)] provably leaves it as it is, so both logarithms
    // can be skipped: floor/F ≤ e^L·(1 − 1e-9) and MaxGbmPriceUsd/F ≥ e^L·(1 + 1e-9), e^L = factor. The margin 1e-9
    // dwarfs the rounding of exp, the quotients and the logarithms (|ln(x/F)| ≤ 750, so ≤ 2e-13 absolute), hence the
    // computed max/min would return L itself: the same bits as clamping. An infinite or zero factor fails the test and
    // clamps.
    private bool ClearlyWithinPriceBounds(double factor, double floor) =>
        floor / _fundamental <= factor * (1.0 - PriceBoundMargin)
        && NumericalLimits.MaxGbmPriceUsd / _fundamental >= factor * (1.0 + PriceBoundMargin)
        && double.IsFinite(factor) && factor > 0;

    // The pool's USD reserve y(t) = y(t−1)·g(t) + P(t)·ℓ(t), y(−1) = usdReserve: the liquidity use's tokens ℓ are
    // paired at the month's price; g = 1 (constant) or, for marketCap, the market cap's growth without the new
    // liquidity, P(t)·(C(t) − ℓ(t)) / (P(t−1)·C(t−1)) (1 in month 0 or after a month with no market cap), with C the
    // month-end circulating supply. Never above P(t)·maxSupply (the pool cannot hold more tokens than exist: y = P·x for
    // its token reserve x; without it a price shock of 1e-300 that ends multiplied the market cap, and so y, by 1e299 and
    // then overflowed — schema fuzz, seeds 0OfhhX16wQO2 and cqmz8OTLghL2) and never below
    // NumericalLimits.MinPoolReserveUsd.
    private double PoolReserve(int t, double price)
    {
        double seeded = _ws.LiquiditySeededTokens[t];
        double circulating = Math.Max(0.0, _circulating);
        double growth = 1.0;
        if (_s.Token.Liquidity.Scaling == Scenarios.LiquidityScaling.MarketCap && _lastMarketCap > 0)
        {
            growth = price * Math.Max(0.0, circulating - seeded) / _lastMarketCap;
        }

        _lastMarketCap = price * circulating;
        double mostUsd = price * _s.Token.MaxSupply;
        _reserveUsd = Math.Max(Math.Min((_reserveUsd * growth) + (price * seeded), double.IsFinite(mostUsd) ? mostUsd : double.MaxValue), NumericalLimits.MinPoolReserveUsd);
        return _reserveUsd;
    }

    // A net sell of V USD into USD reserve y moves the price by (y/(y + V))², a net buy of |V| by ((y + |V|)/y)²:
    // the log impact is −2·sign(V)·ln(1 + |V|/y).
    internal static double PoolImpact(double net, double reserve) =>
        net > 0 ? -2.0 * Math.Log(1.0 + (net / reserve)) : net < 0 ? 2.0 * Math.Log(1.0 - (net / reserve)) : 0.0;
}
