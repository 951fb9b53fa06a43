namespace Economics.Model.Engine;

/// <summary>Rule 2: the token price of the month (first part; the move to next month is in Rule2PriceMove).</summary>
internal sealed partial class MonthlyStep
{
    // Rule 2 (first part). The price of month t (GBM state or given path, moved by last month's net flow),
    // times any token-price shock (a shock moves the price only while it lasts).
    private double Price(int t)
    {
        double price = (_gbm ? _gbmPrice : _ws.PathPrice[t]) * _ws.PriceMultiplier[t];
        _ws.TokenPriceUsd[t] = price;
        return price;
    }
}
