using Economics.Model.Engine;
using Economics.Model.Results;

namespace Economics.Analysis.Operator;

/// <summary>The monthly series of one run that the operator's P&amp;L reads (docs/MODEL.md "Operator"), from a finished
/// <see cref="SimulationResult"/> or a Monte Carlo path's <see cref="SimulationWorkspace"/>. Indexed by month t.</summary>
/// <param name="Months">Months of the run (H).</param>
/// <param name="TokenPriceUsd">P(t), column <c>token_price_usd</c>. Unit: USD/token.</param>
/// <param name="Served">The network's served requests, column <c>served_inferences</c>. Unit: inferences/month.</param>
/// <param name="OperatorRailsPerInference">Column <c>operator_rails_usd_per_inference</c>. Unit: USD/inference.</param>
/// <param name="CohortNodes">N_c(t), column <c>nodes_&lt;cohort&gt;</c>. Unit: nodes.</param>
/// <param name="CohortServed">served_c(t). Unit: inferences/month.</param>
/// <param name="CohortFees">fees_c(t), the cohort's fee revenue net of take. Unit: USD/month.</param>
/// <param name="CohortUpstream">upstream_c(t), the cohort's upstream bill. Unit: USD/month.</param>
/// <param name="CohortSubsidy">subsidy_c(t), pool payouts to the cohort at P(t). Unit: USD/month.</param>
/// <param name="CohortMev">MEV_c(t). Unit: USD/month.</param>
internal sealed record OperatorSeries(
    int Months,
    IReadOnlyList<double> TokenPriceUsd,
    IReadOnlyList<double> Served,
    IReadOnlyList<double> OperatorRailsPerInference,
    IReadOnlyList<double> CohortNodes,
    IReadOnlyList<double> CohortServed,
    IReadOnlyList<double> CohortFees,
    IReadOnlyList<double> CohortUpstream,
    IReadOnlyList<double> CohortSubsidy,
    IReadOnlyList<double> CohortMev)
{
    public static OperatorSeries Of(SimulationResult result, int cohort)
    {
        var c = result.Cohorts[cohort];
        return new(result.Months, result.TokenPriceUsd, result.Served, result.OperatorRailsPerInference, c.Nodes, c.Served,
            c.RevenueFees, c.Upstream, c.RevenueSubsidy, c.RevenueMev);
    }

    public static OperatorSeries Of(SimulationWorkspace ws, int cohort)
    {
        var c = ws.Cohorts[cohort];
        return new(ws.Months, ws.TokenPriceUsd, ws.Served, ws.OperatorRailsPerInference, c.Nodes, c.Served,
            c.RevenueFees, c.Upstream, c.RevenueSubsidy, c.RevenueMev);
    }
}
