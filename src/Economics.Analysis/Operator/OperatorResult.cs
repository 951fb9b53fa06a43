namespace Economics.Analysis.Operator;

/// <summary>"Should I run a node?" for one would-be operator (<see cref="OperatorAnalysis.Run"/>): the monthly P&amp;L
/// from entry to the end of the horizon, the investment, payback and NPV, and optionally their Monte Carlo distribution.</summary>
public sealed record OperatorResult
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The operator's resolved inputs.</summary>
    public required OperatorInputs Inputs { get; init; }

    /// <summary>Calendar month of entry.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>One row per month from entry to the last month of the horizon.</summary>
    public required IReadOnlyList<OperatorMonth> Months { get; init; }

    /// <summary>I = S·P(K) + setup. Unit: USD.</summary>
    public required double InvestmentUsd { get; init; }

    /// <summary>Months from entry until the cumulative profit first reaches the investment, interpolated linearly within
    /// the month; 0 when there is nothing to recover; null: not within the horizon. Unit: months.</summary>
    public required double? PaybackMonths { get; init; }

    /// <summary>The stake's value when sold at the last month's price, S·P(H − 1). Unit: USD.</summary>
    public required double TerminalStakeUsd { get; init; }

    /// <summary>NPV at r/12 a month: −I + Σ cash·(1 + r/12)^−n + S·P(H − 1)·(1 + r/12)^−T. Unit: USD.</summary>
    public required double NpvUsd { get; init; }

    /// <summary>Months in which a share of the network's requests is more than the cohort serves (f·served(t) &gt;
    /// served_c(t)): φ(t) is capped at 1 there (0 when the cohort serves nothing), so the operator gets the whole cohort's
    /// income and no more. 0 for the other share bases. Unit: months.</summary>
    public int ShareCappedMonths => Inputs.Basis == OperatorShareBasis.ShareOfRequests ? Months.Count(m => m.ShareCapped) : 0;

    /// <summary>The Monte Carlo answers, or null when no paths were asked for.</summary>
    public required OperatorMonteCarlo? MonteCarlo { get; init; }

    /// <summary>Months from entry to the end of the horizon, T = H − K + 1.</summary>
    public int MonthsOperated => Months.Count;

    /// <summary>The calendar month of payback (the month in which it falls), or null.</summary>
    public DateOnly? PaybackDate => PaybackMonths is { } p ? StartDate.AddMonths(Math.Min(Months.Count - 1, Math.Max(0, (int)Math.Ceiling(p) - 1))) : null;
}
