using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Rule 1: token pools — vesting, payouts and their use.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 1. Pools: balance += vested; payout by the pool's rule (never above the balance); the payout split by
    // use. Circulating supply grows by every payout except the treasury's share; the
    // liquidity use is paired into the pool (rule 2). Returns the operators' tokens.
    private double Pools(int t, double price)
    {
        var pools = _s.Token.Pools;
        var arrays = _ws.Pools;
        double released = 0, operators = 0, validators = 0, sold = 0, treasury = 0, liquidity = 0;
        for (int i = 0; i < pools.Count; i++)
        {
            var pool = pools[i];
            var a = arrays[i];
            double balance = _poolBalance[i] + a.Vested[t];
            double payout = pool.StopMonth is { } stop && t >= stop ? 0.0 : pool.Payout switch
            {
                TokensPerMonthPayout f => Math.Min(balance, f.Tokens),
                UsdPerMonthPayout u => price > 0 ? Math.Min(balance, u.Usd / price) : 0.0,
                ShareOfBalancePayout b => b.Fraction * balance,
                _ => balance,
            };

            balance -= payout;
            _poolBalance[i] = balance;
            var use = pool.Use;
            double toOperators = payout * use.Operators;
            a.Balance[t] = balance;
            a.Payout[t] = payout;
            a.OperatorPayout[t] = toOperators;
            released += payout;
            operators += toOperators;
            validators += payout * use.Validators;
            sold += payout * (use.Market + ((use.Held + use.Validators) * pool.SellFraction));
            treasury += payout * use.Treasury;
            liquidity += payout * use.Liquidity;
        }

        _treasuryTokens += treasury;
        _circulating += released - treasury;
        _ws.ReleasedTokens[t] = released;
        _ws.OperatorSubsidyTokens[t] = operators;
        _ws.ValidatorTokens[t] = validators;
        _ws.PoolSoldTokens[t] = sold;
        _ws.LiquiditySeededTokens[t] = liquidity;
        _ws.CirculatingSupply[t] = _circulating;
        return operators;
    }
}
