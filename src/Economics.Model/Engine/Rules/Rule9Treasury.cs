namespace Economics.Model.Engine;

/// <summary>Rule 9: treasury and buyback.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 9. Protocol take accrues to the treasury, which spends buybackShare of it on buybacks and pays
    // protocol-paid gas; the treasury's share of pool payouts (rule 1) and bought-back tokens accrue as tokens.
    private double Treasury(int t, double served, double fee, double price)
    {
        double protocolFees = _take * fee * served;
        double buyback = _s.Fees.BuybackShareOfProtocolFees * protocolFees;
        _treasuryUsd += protocolFees - buyback - (served * ProtocolPaidPerInference(t));
        if (price >= NumericalLimits.MinTokenPriceUsd)
        {
            _treasuryTokens += buyback / price;
        }

        _ws.BuybackUsd[t] = buyback;
        _ws.TreasuryUsd[t] = _treasuryUsd;
        _ws.TreasuryTokens[t] = _treasuryTokens;
        return buyback;
    }
}
