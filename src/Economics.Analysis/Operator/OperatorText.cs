using System.Globalization;
using Economics.Analysis.Text;

namespace Economics.Analysis.Operator;

/// <summary>The operator's answers in words, shared by the terminal, the charts and the report.</summary>
public static class OperatorText
{
    /// <summary>"A tee_gateway node bought at month 1 (2026-04) pays back in 3.2 months (2026-07); NPV at 10%: $12,345."
    /// ("Holding 50% of the tee_gateway nodes from month 1 (2026-04) …" with a share of the cohort).</summary>
    public static string Headline(OperatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var i = result.Inputs;
        string payback = result.PaybackMonths switch
        {
            null => Invariant($"never pays back its {HumanFormat.Usd(result.InvestmentUsd)} within the horizon ({HumanFormat.Months(result.MonthsOperated)})"),
            0.0 => "has " + NothingToPayBack,
            { } p => Invariant($"pays back its {HumanFormat.Usd(result.InvestmentUsd)} in {HumanFormat.Number(p, 3)} months ({result.PaybackDate:yyyy-MM})"),
        };
        string who = i.Basis == OperatorShareBasis.MarginalNode
            ? Invariant($"A {i.Cohort} node bought at month {i.StartMonth} ({result.StartDate:yyyy-MM})")
            : Invariant($"Holding {Share(i)} from month {i.StartMonth} ({result.StartDate:yyyy-MM})");
        return Invariant($"{who} {payback}; NPV at {HumanFormat.Percent(i.CostOfCapitalAnnual)} a year: {HumanFormat.Usd(result.NpvUsd)} over {HumanFormat.Months(result.MonthsOperated)}.");
    }

    /// <summary>The payback answer of a node that costs nothing to enter.</summary>
    public const string NothingToPayBack = "nothing to pay back (no stake, no setup)";

    /// <summary>True when the node costs nothing to enter on any path (no stake, no setup): its payback is immediate by
    /// definition and P(payback) is 100% without saying anything.</summary>
    public static bool EntersFree(OperatorInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.StakeTokens == 0 && inputs.SetupUsd == 0;
    }

    /// <summary>"Over 500 paths: P(payback within 24 months) 93%, P(NPV ≥ 0) 88%; NPV P5 … P95." (<see cref="NothingToPayBack"/>
    /// in place of P(payback) when the node <see cref="EntersFree"/>); empty without Monte Carlo.</summary>
    public static string MonteCarlo(OperatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.MonteCarlo is not { } mc)
        {
            return string.Empty;
        }

        string payback = EntersFree(result.Inputs) ? NothingToPayBack
            : Invariant($"P(payback within {HumanFormat.Months(mc.PaybackWithinMonths)}) {HumanFormat.Percent(mc.PaybackProbability)}");
        return Invariant($"Over {mc.Paths:N0} Monte Carlo paths (seed {mc.Seed}): {payback}, P(NPV ≥ 0) {HumanFormat.Percent(mc.NpvNonNegativeProbability)}; NPV P5 {HumanFormat.Usd(mc.NpvP5Usd)}, median {HumanFormat.Usd(mc.NpvP50Usd)}, P95 {HumanFormat.Usd(mc.NpvP95Usd)}.");
    }

    /// <summary>The warning when a share of the network's requests is more than the cohort serves; empty otherwise.</summary>
    public static string ShareCapped(OperatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.ShareCappedMonths == 0 ? string.Empty
            : Invariant($"In {result.ShareCappedMonths} of {result.MonthsOperated} months {HumanFormat.Percent(result.Inputs.Share)} of the network's requests is more than the {result.Inputs.Cohort} cohort serves: the share is capped at the whole cohort's income there (a marginal entrant is small against its cohort; try --share-of-nodes).");
    }

    /// <summary>What φ is, in words.</summary>
    public static string Share(OperatorInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Basis switch
        {
            OperatorShareBasis.ShareOfNodes => Invariant($"{HumanFormat.Percent(inputs.Share)} of the {inputs.Cohort} nodes"),
            OperatorShareBasis.ShareOfRequests => Invariant($"{HumanFormat.Percent(inputs.Share)} of the network's served requests"),
            _ => Invariant($"one more node among the {inputs.Cohort} nodes (1/(N + 1) of their income)"),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
