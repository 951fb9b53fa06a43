namespace Economics.Analysis.Operator;

/// <summary>The operator's inputs with every default resolved against the scenario (<see cref="OperatorAnalysis.Resolve"/>).</summary>
/// <param name="CohortIndex">Index of the cohort in <c>cohorts[]</c>.</param>
/// <param name="Cohort">The cohort's name.</param>
/// <param name="Basis">How φ(t) is stated.</param>
/// <param name="Share">f of <see cref="OperatorShareBasis.ShareOfNodes"/> or <see cref="OperatorShareBasis.ShareOfRequests"/>
/// (NaN for <see cref="OperatorShareBasis.MarginalNode"/>). Unit: fraction.</param>
/// <param name="InfraUsdPerMonth">Infrastructure. Unit: USD/month.</param>
/// <param name="SetupUsd">Setup at entry. Unit: USD.</param>
/// <param name="StakeTokens">Stake. Unit: tokens.</param>
/// <param name="CostOfCapitalAnnual">r. Unit: 1/year.</param>
/// <param name="StartMonth">Entry month K, the 0-based month index (0 = the scenario's first month).</param>
/// <param name="PaybackWithinMonths">The Monte Carlo payback test N. Unit: months.</param>
/// <param name="VariableUsdPerInference">The cohort's <c>variableUsdPerInference</c>, borne on the operator's share of requests. Unit: USD/inference.</param>
public sealed record OperatorInputs(
    int CohortIndex,
    string Cohort,
    OperatorShareBasis Basis,
    double Share,
    double InfraUsdPerMonth,
    double SetupUsd,
    double StakeTokens,
    double CostOfCapitalAnnual,
    int StartMonth,
    int PaybackWithinMonths,
    double VariableUsdPerInference)
{
    /// <summary>Months per year (a unit).</summary>
    public const double MonthsPerYear = 12;

    /// <summary>The monthly rate i = r/12. Unit: 1/month.</summary>
    public double MonthlyRate => CostOfCapitalAnnual / MonthsPerYear;

    /// <summary>The engine's month index of entry: K itself (months are 0-based everywhere).</summary>
    public int EntryIndex => StartMonth;
}
