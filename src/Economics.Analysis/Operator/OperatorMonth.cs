namespace Economics.Analysis.Operator;

/// <summary>One month of the operator's P&amp;L (docs/MODEL.md "Operator"). Money in USD for the month; costs are
/// positive numbers subtracted from the income.</summary>
/// <param name="Month">The engine's month index t.</param>
/// <param name="Date">Calendar month.</param>
/// <param name="MonthsIn">Months since entry, n = t − K + 2 (1 in the entry month).</param>
/// <param name="Share">φ(t). Unit: fraction.</param>
/// <param name="CohortNodes">The cohort's nodes N_c(t) in the run. Unit: nodes.</param>
/// <param name="TokenPriceUsd">P(t). Unit: USD/token.</param>
/// <param name="FeeMarginUsd">φ·(fees_c − upstream_c): the fee income net of take and of the pass-through upstream bill.</param>
/// <param name="SubsidyUsd">φ·subsidy_c (pool tokens to the cohort × P(t)).</param>
/// <param name="MevUsd">φ·MEV_c.</param>
/// <param name="RailsUsd">φ·served_c·operatorRailsPerInference: rails and settlement the operator bears (0 unless costBorneBy is operator).</param>
/// <param name="VariableCostsUsd">φ·served_c·variableUsdPerInference.</param>
/// <param name="InfraUsd">The operator's infrastructure.</param>
/// <param name="StakeCarryUsd">S·P(t)·r/12: the stake's carrying cost (an opportunity cost, not cash).</param>
/// <param name="ProfitUsd">Income − costs, carry included.</param>
/// <param name="CumulativeProfitUsd">Σ of <see cref="ProfitUsd"/> from entry to this month.</param>
/// <param name="CashFlowUsd">Profit + carry: the month's cash (the NPV's flow).</param>
/// <param name="DiscountFactor">(1 + r/12)^−n.</param>
/// <param name="ShareCapped">Whether φ(t) of a share of the network's requests was capped: f·served(t) &gt; served_c(t).</param>
public sealed record OperatorMonth(
    int Month,
    DateOnly Date,
    int MonthsIn,
    double Share,
    double CohortNodes,
    double TokenPriceUsd,
    double FeeMarginUsd,
    double SubsidyUsd,
    double MevUsd,
    double RailsUsd,
    double VariableCostsUsd,
    double InfraUsd,
    double StakeCarryUsd,
    double ProfitUsd,
    double CumulativeProfitUsd,
    double CashFlowUsd,
    double DiscountFactor,
    bool ShareCapped = false)
{
    /// <summary>Fee margin + subsidy + MEV. Unit: USD/month.</summary>
    public double IncomeUsd => FeeMarginUsd + SubsidyUsd + MevUsd;

    /// <summary>Rails + variable costs + infrastructure + carry. Unit: USD/month.</summary>
    public double CostsUsd => RailsUsd + VariableCostsUsd + InfraUsd + StakeCarryUsd;
}
