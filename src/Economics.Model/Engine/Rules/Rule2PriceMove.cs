using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Rule 2 (continued): net flow and the price of the next month.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 2 (continued). Sell pressure = price·sellFraction·operator tokens (+ sellFraction of fee income when
    // fees are paid in the token) + price·pool sells − buyback; GBM moves
    // P(t+1) = P(t)·exp(μ − σ²/2 + σZ)·exp(−sellPressure/marketDepth). Given prices ignore sell pressure.
    // A GBM price that falls below NumericalLimits.MinTokenPriceUsd becomes 0 and stays 0; one that would overflow
    // stops at NumericalLimits.MaxGbmPriceUsd.
    private void AdvancePrice(int t, double z, double price, double buyback)
    {
        double sellFraction = _s.Token.OperatorSellFraction;
        double feeIncome = _s.Fees.PaidIn == FeeCurrency.Token ? _ws.RevenueFees[t] : 0.0;
        double operatorTokens = _ws.OperatorSubsidyTokens[t];
        double sellPressure = (sellFraction * ((operatorTokens * price) + feeIncome)) + (price * _ws.PoolSoldTokens[t]) - buyback;
        _ws.SellPressureUsd[t] = sellPressure;
        if (_gbm && _gbmPrice > 0)
        {
            double logStep = _monthlyDrift - (0.5 * _monthlyVolatility * _monthlyVolatility) + (_monthlyVolatility * z)
                - (sellPressure / _s.Token.MarketDepthUsd);
            double next = _gbmPrice * Math.Exp(logStep);
            _gbmPrice = next < NumericalLimits.MinTokenPriceUsd ? 0.0 : Math.Min(next, NumericalLimits.MaxGbmPriceUsd);
        }
    }
}
