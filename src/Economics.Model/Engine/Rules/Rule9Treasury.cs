namespace Economics.Model.Engine;

/// <summary>Rule 9: treasury and buyback.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 9. Protocol take (rule 6, per market) accrues to the treasury, which spends buybackShare of it on buybacks
    // and pays protocol-borne rails; the treasury's share of pool payouts (rule 1) and bought-back tokens accrue as
    // tokens. Buybacks never take more tokens than circulate.
    private double Treasury(int t, double served, double price)
    {
        double protocolFees = _protocolFeesUsd;
        double buyback = _s.Fees.BuybackShareOfProtocolFees * protocolFees;
        if (price >= NumericalLimits.MinTokenPriceUsd)
        {
            double tokens = Math.Min(buyback / price, Math.Max(0.0, _circulating));
            buyback = tokens * price;
            _treasuryTokens += tokens;
            _circulating -= tokens;
            _ws.CirculatingSupply[t] = _circulating;
        }
        else
        {
            buyback = 0.0;
        }

        _treasuryUsd += protocolFees - buyback - (served * ProtocolPaidPerInference(t));
        _ws.BuybackUsd[t] = buyback;
        _ws.TreasuryUsd[t] = _treasuryUsd;
        _ws.TreasuryTokens[t] = _treasuryTokens;
        return buyback;
    }
}
