using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Rule 2 (continued): the month's two-sided token flows and the price of the next month.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 2 (continued). Sells (USD) = operatorSellFraction·subsidy + pool sells·price + (token fees) the upstream
    // bill, which operators owe the providers in USD, + operatorSellFraction·(fee income − upstream). Buys (USD) =
    // (token fees) what users pay in OPG, Σ served·fee, which they must buy first, + buybacks. Net = sells − buys;
    // GBM moves P(t+1) = P(t)·exp(μ − σ²/2 + σZ)·exp(−net/marketDepth) (a net buy raises it). Given prices ignore
    // flows. A GBM price that falls below NumericalLimits.MinTokenPriceUsd becomes 0 and stays 0; one that would
    // overflow stops at NumericalLimits.MaxGbmPriceUsd.
    private void AdvancePrice(int t, double z, double price, double buyback)
    {
        double sellFraction = _s.Token.OperatorSellFraction;
        bool tokenFees = _s.Fees.PaidIn == FeeCurrency.Token;
        double upstream = tokenFees ? _ws.UpstreamCostUsd[t] : 0.0;
        double feeIncome = tokenFees ? _ws.RevenueFees[t] : 0.0;
        double sells = (sellFraction * _ws.OperatorSubsidyTokens[t] * price) + (price * _ws.PoolSoldTokens[t])
            + Math.Min(upstream, feeIncome) + (sellFraction * Math.Max(0.0, feeIncome - upstream));
        double userBuys = 0.0;
        if (tokenFees)
        {
            for (int m = 0; m < _marketCount; m++)
            {
                userBuys += _ws.Markets[m].Served[t] * _ws.Markets[m].Fee[t];
            }
        }

        double buys = userBuys + buyback;
        double net = sells - buys;
        _ws.TokenSellsUsd[t] = sells;
        _ws.TokenBuysUsd[t] = buys;
        _ws.SellPressureUsd[t] = net;
        if (_gbm && _gbmPrice > 0)
        {
            double logStep = _monthlyDrift - (0.5 * _monthlyVolatility * _monthlyVolatility) + (_monthlyVolatility * z)
                - (net / _s.Token.MarketDepthUsd);
            double next = _gbmPrice * Math.Exp(logStep);
            _gbmPrice = next < NumericalLimits.MinTokenPriceUsd ? 0.0 : Math.Min(next, NumericalLimits.MaxGbmPriceUsd);
        }
    }
}
