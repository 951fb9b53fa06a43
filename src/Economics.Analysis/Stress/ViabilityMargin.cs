using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Analysis.Stress;

/// <summary>
/// How far month t is from the scenario's viability test (rule 8, DESIGN "Definitions"), as one continuous number:
/// the smallest of the clauses' normalized slacks, so that the margin is ≥ 0 exactly when the engine's
/// <c>viable</c> is 1 (docs/MODEL.md "Reverse stress test"). The engine's flag is a step; the margin moves with every
/// input, which lets a root finder locate where viability is lost.
/// </summary>
public static class ViabilityMargin
{
    /// <summary>The margin of the month when no clause binds (no demand and nothing else tested). Unit: dimensionless.</summary>
    public const double Unbound = 1.0;

    /// <summary>The viability margin of month <paramref name="t"/>: min over the clauses of
    /// served/demand − minServedShare (skipped when demand ≤ 0); (nodes − redundancyFloor)/max(1, redundancyFloor);
    /// Σ_window(profit − subsidy − protocol rails)/max(1, Σ_window operator costs); with a validator cohort also
    /// (validators − minValidators)/max(1, minValidators) and Σ_window(validator profit − staking)/max(1, Σ_window validator costs).
    /// Unit: dimensionless (fractions of each clause's scale).</summary>
    public static double Of(SimulationResult result, int t)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rule = result.Scenario.Viability;
        double margin = Unbound;
        if (result.Demand[t] > 0)
        {
            margin = Math.Min(margin, (result.Served[t] / result.Demand[t]) - rule.MinServedShare);
        }

        margin = Math.Min(margin, (result.NodesTotal[t] - rule.RedundancyFloor) / Math.Max(1.0, rule.RedundancyFloor));
        double withoutSubsidy = 0.0, costs = 0.0, validatorsWithoutStaking = 0.0, validatorCosts = 0.0;
        for (int k = Math.Max(0, t - rule.ProfitMonths + 1); k <= t; k++)
        {
            withoutSubsidy += result.OperatorProfit[k] - result.RevenueSubsidy[k] - result.ProtocolRailsUsd[k];
            costs += result.OperatorCosts[k];
            validatorsWithoutStaking += result.ValidatorProfitUsd[k] - result.ValidatorStakingUsd[k];
            validatorCosts += result.ValidatorCostsUsd[k];
        }

        margin = Math.Min(margin, withoutSubsidy / Math.Max(1.0, costs));
        if (result.Scenario.Cohorts.Any(c => c.Kind == CohortKind.Validator))
        {
            margin = Math.Min(margin, (result.ValidatorNodes[t] - rule.MinValidators) / Math.Max(1.0, rule.MinValidators));
            margin = Math.Min(margin, validatorsWithoutStaking / Math.Max(1.0, validatorCosts));
        }

        return margin;
    }
}
