namespace Economics.Model.Engine;

/// <summary>Rule 8: entry and exit.</summary>
internal sealed partial class MonthlyStep
{
    // Rule 8. Nodes grow by entry.monthlyRate while margin ≥ minMargin (up to maxNodes) and shrink by
    // exit.monthlyRate once the cohort's run of consecutive loss-making months exceeds patienceMonths: with
    // patience k, losses in months t−k … t shrink the nodes of month t + 1. A cohort without costs but with
    // profit has an unbounded margin (attractive); without costs or profit it has none (not attractive).
    private void EntryAndExit(int t)
    {
        if (t + 1 >= _ws.Months)
        {
            return;
        }

        for (int c = 0; c < _cohortCount; c++)
        {
            var arrays = _ws.Cohorts[c];
            var cohort = _cohorts[c];
            double n = arrays.Nodes[t];
            double profit = arrays.Profit[t];
            double cost = arrays.Costs[t];
            _lossStreak[c] = profit < 0 ? _lossStreak[c] + 1 : 0;
            bool attractive = cost > 0 ? profit / cost >= cohort.Entry.MinMargin : profit > 0;
            double next = n;
            if (attractive && n < cohort.Entry.MaxNodes)
            {
                next = Math.Min(cohort.Entry.MaxNodes, n * (1.0 + cohort.Entry.MonthlyRate));
            }
            else if (_lossStreak[c] > cohort.Exit.PatienceMonths)
            {
                next = n * (1.0 - cohort.Exit.MonthlyRate);
            }

            arrays.Nodes[t + 1] = next;
        }
    }
}
