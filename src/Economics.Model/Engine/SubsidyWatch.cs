namespace Economics.Model.Engine;

/// <summary>Whether the operators' subsidy has ended for good: a question about rule 1's carried state, asked by
/// <see cref="Simulation.RunPastSubsidyEnd"/> after each month.</summary>
internal sealed partial class MonthlyStep
{
    private int[] _lastVestedMonth = [];

    /// <summary>Finds, per pool, the last month of the horizon in which tokens vest (−1 if none); call after
    /// <see cref="MonthlyInputs.Prepare"/> and <see cref="Begin"/>.</summary>
    internal void WatchSubsidyEnd(int months)
    {
        if (_lastVestedMonth.Length < _poolCount)
        {
            _lastVestedMonth = new int[_poolCount];
        }

        for (int i = 0; i < _poolCount; i++)
        {
            var vested = _ws.Pools[i].Vested;
            int last = months - 1;
            while (last >= 0 && !(vested[last] > 0))
            {
                last--;
            }

            _lastVestedMonth[i] = last;
        }
    }

    /// <summary>True when, after month <paramref name="t"/> has run, no pool can pay operators in any later month:
    /// each pool whose use gives operators a share has stopped (<c>stopMonth</c> ≤ t + 1) or holds exactly nothing with
    /// nothing left to vest. Every payout rule pays 0 from a zero balance and no rule adds to a pool's balance but
    /// vesting, so the condition, once true, stays true, and <see cref="SimulationWorkspace.OperatorSubsidyTokens"/>
    /// is 0 in every later month (rule 7 can only zero it further).</summary>
    internal bool OperatorSubsidyOverAfter(int t)
    {
        for (int i = 0; i < _poolCount; i++)
        {
            if (_pools[i].Use.Operators > 0 && t + 1 < _stopMonth[i] && !(_poolBalance[i] == 0.0 && t >= _lastVestedMonth[i]))
            {
                return false;
            }
        }

        return true;
    }
}
