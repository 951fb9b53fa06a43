using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Rule 1: token pools — vesting, payouts and their use.</summary>
internal sealed partial class MonthlyStep
{
    private TokenPool[] _pools = [];
    private double[] _poolBalance = [];
    private int[] _stopMonth = [];
    private double[] _soldFraction = [];
    private int _poolCount;

    // Rule 1. Pools: balance += vested; payout by the pool's rule (never above the balance); the payout split by
    // use. Circulating supply grows by every payout except the treasury's share; the
    // liquidity use is paired into the pool (rule 2). Returns the operators' tokens.
    private double Pools(int t, double price)
    {
        var pools = _pools;
        var arrays = _ws.Pools;
        double released = 0, operators = 0, validators = 0, sold = 0, treasury = 0, liquidity = 0;
        for (int i = 0; i < _poolCount; i++)
        {
            var pool = pools[i];
            var a = arrays[i];
            double balance = _poolBalance[i] + a.Vested[t];
            double payout = t >= _stopMonth[i] ? 0.0 : pool.Payout switch
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
            sold += payout * _soldFraction[i];
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

    // The per-run constants of rule 1 (called by Begin): the pools, the month each stops paying (never: int.MaxValue)
    // and the share of a payout that is sold, use.market + (use.held + use.validators)·sellFraction.
    private void BeginPools(Scenario scenario)
    {
        var pools = scenario.Token.Pools;
        int n = pools.Count;
        if (_pools.Length < n)
        {
            _pools = new TokenPool[n];
            _poolBalance = new double[n];
            _stopMonth = new int[n];
            _soldFraction = new double[n];
        }

        _poolCount = n;
        for (int i = 0; i < n; i++)
        {
            var pool = pools[i];
            var use = pool.Use;
            _pools[i] = pool;
            _poolBalance[i] = 0.0;
            _stopMonth[i] = pool.StopMonth ?? int.MaxValue;
            _soldFraction[i] = use.Market + ((use.Held + use.Validators) * pool.SellFraction);
        }
    }
}
