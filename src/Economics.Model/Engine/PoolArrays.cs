namespace Economics.Model.Engine;

/// <summary>Per-month arrays of one token pool, owned by a <see cref="SimulationWorkspace"/>.</summary>
public sealed class PoolArrays
{
    internal PoolArrays(int months)
    {
        Vested = new double[months];
        Balance = new double[months];
        Payout = new double[months];
        OperatorPayout = new double[months];
    }

    /// <summary>Tokens that became available this month (vesting or release schedule). Unit: tokens/month.</summary>
    public double[] Vested { get; }

    /// <summary>Unspent available balance at month end. Unit: tokens.</summary>
    public double[] Balance { get; }

    /// <summary>Tokens the pool spent this month (all uses). Unit: tokens/month.</summary>
    public double[] Payout { get; }

    /// <summary>Tokens the pool paid to inference operators this month. Unit: tokens/month.</summary>
    public double[] OperatorPayout { get; }
}
