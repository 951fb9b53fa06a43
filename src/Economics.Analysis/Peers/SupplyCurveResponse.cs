using System.Diagnostics.Contracts;
using MathNet.Numerics.Distributions;

namespace Economics.Analysis.Peers;

/// <summary>
/// The operator response as a supply curve (docs/DESIGN.md rule 8), driven by an observed USD income path.
/// </summary>
/// <remarks>
/// <para>Potential operators' monthly own cost is lognormal, C ~ LogNormal(ln c, σ) with median c =
/// <see cref="SupplyCurveParameters.MedianCostUsd"/> and σ = <see cref="SupplyCurveParameters.CostSpread"/>. In month
/// t the supply side earns Y(t) USD in total (rewards + fees); a node earns I(t) = Y(t) / max(N(t), 1e-9), where N(t) is
/// the <b>model's own</b> node count, so income per node falls as nodes enter and the curve has an equilibrium. (The
/// model's rule 8 uses the marginal entrant's income Y/(N + 1); for the peers' tens to hundreds of thousands of nodes
/// the two differ by at most 1/N, and the average is what the data report.) An operator runs a node when
/// I ≥ C·(1 + h) with h = <see cref="SupplyCurveParameters.Hurdle"/>, so the target is</para>
/// <para>N*(t) = min(P · F(I(t) / (1 + h)), M),  F(x) = Φ((ln x − ln c) / σ)  (the lognormal CDF, MathNet
/// <c>LogNormal.CDF</c>),</para>
/// <para>with P = <see cref="SupplyCurveParameters.PotentialNodes"/> and M = <see cref="SupplyCurveParameters.MaxNodes"/>
/// (+∞ without a cap), and the node count moves part of the way:</para>
/// <para>N(t + 1) = N(t) + s · (N*(t − L) − N(t)),  s = entrySpeed when N*(t − L) &gt; N(t), else exitSpeed,</para>
/// <para>with lead L = <see cref="SupplyCurveParameters.LeadMonths"/> (N*(t − L) = N*(0) while t &lt; L). N(0) is
/// given (the observed first month). Expected, real-valued node counts; with speeds in (0, 1] N stays between its start
/// and the targets, so it is never negative. Exit responding to smoothed profit (<c>patienceMonths</c>) is not part of
/// this calibration.</para>
/// </remarks>
public static class SupplyCurveResponse
{
    /// <summary>Node count below which income per node is computed at this floor (avoids a division by zero).</summary>
    public const double MinNodes = 1e-9;

    /// <summary>The target node count N* = min(P · F(income / max(nodes, 1e-9) / (1 + h)), M).</summary>
    /// <param name="incomeUsd">The supply side's USD income in the month (USD per month), ≥ 0.</param>
    /// <param name="nodes">The current node count (count), ≥ 0.</param>
    /// <param name="parameters">The curve (trusted: validate once with <see cref="SupplyCurveParameters.Validate"/>).</param>
    [Pure]
    public static double Target(double incomeUsd, double nodes, SupplyCurveParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        double incomePerNode = incomeUsd / Math.Max(nodes, MinNodes);
        double x = incomePerNode / (1 + parameters.Hurdle);
        return x <= 0 ? 0 : Math.Min(parameters.PotentialNodes * LogNormal.CDF(Math.Log(parameters.MedianCostUsd), parameters.CostSpread, x), parameters.MaxNodes);
    }

    /// <summary>Node counts N(0) … N(T − 1) driven by <paramref name="incomeUsd"/> (T = its length), from
    /// N(0) = <paramref name="initialNodes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter out of range, a negative or non-finite income or start.</exception>
    [Pure]
    public static double[] Simulate(IReadOnlyList<double> incomeUsd, double initialNodes, SupplyCurveParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(incomeUsd);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        if (!(initialNodes >= 0 && double.IsFinite(initialNodes)))
        {
            throw new ArgumentOutOfRangeException(nameof(initialNodes), initialNodes, "the starting node count must be finite and ≥ 0");
        }

        for (int t = 0; t < incomeUsd.Count; t++)
        {
            if (!(incomeUsd[t] >= 0 && double.IsFinite(incomeUsd[t])))
            {
                throw new ArgumentOutOfRangeException(nameof(incomeUsd), incomeUsd[t], $"income in month {t} must be finite and ≥ 0");
            }
        }

        var nodes = new double[incomeUsd.Count];
        SimulateUnchecked(incomeUsd, 0, initialNodes, parameters, nodes);
        return nodes;
    }

    /// <summary>The unchecked loop: writes N(from) = <paramref name="initialNodes"/>, then N(from + 1) … into
    /// <paramref name="nodes"/> up to its end, reading <paramref name="incomeUsd"/> from <paramref name="from"/>.</summary>
    internal static void SimulateUnchecked(IReadOnlyList<double> incomeUsd, int from, double initialNodes, SupplyCurveParameters parameters, double[] nodes)
    {
        int count = nodes.Length - from;
        if (count <= 0)
        {
            return;
        }

        int lead = parameters.LeadMonths;
        var targets = lead > 0 ? new double[count] : null;
        double n = initialNodes;
        nodes[from] = n;
        for (int k = 0; k + 1 < count; k++)
        {
            double target = Target(incomeUsd[from + k], n, parameters);
            if (targets is not null)
            {
                targets[k] = target;
                target = targets[Math.Max(k - lead, 0)];
            }

            double speed = target > n ? parameters.EntrySpeed : parameters.ExitSpeed;
            n += speed * (target - n);
            nodes[from + k + 1] = n;
        }
    }
}
