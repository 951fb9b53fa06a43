using Economics.Analysis.Parameters;
using Economics.Model.Scenarios;
using MathNet.Numerics.Distributions;

namespace Economics.Analysis.MonteCarlo;

/// <summary>
/// Draws one <c>uncertainty[]</c> entry: its distribution (MathNet.Numerics <see cref="Normal"/>,
/// <see cref="LogNormal"/>, <see cref="ContinuousUniform"/>, <see cref="Triangular"/>) <b>clamped</b> (not
/// truncated) to its bounds — a draw below <c>min</c> becomes <c>min</c>, so the bound carries the probability
/// mass beyond it, as the scenario format says ("clipped"). A side without a bound is clamped at the
/// distribution's <see cref="TailProbability"/> quantile, so every draw lies in a finite range whose two ends are
/// validated before a run (a change of at most 10⁻⁹ probability per side).
/// </summary>
public sealed class UncertainInputSampler
{
    /// <summary>Probability beyond the quantile at which an unbounded side is clamped.</summary>
    public const double TailProbability = 1e-9;

    private UncertainInputSampler(int index, UncertainInput input, ScenarioParameter parameter, double low, double high)
    {
        Index = index;
        Input = input;
        Parameter = parameter;
        Low = low;
        High = high;
    }

    /// <summary>Position in <c>uncertainty[]</c>.</summary>
    public int Index { get; }

    /// <summary>The entry.</summary>
    public UncertainInput Input { get; }

    /// <summary>The field it sets.</summary>
    public ScenarioParameter Parameter { get; }

    /// <summary>Lowest value a draw can take (after clamping), in the field's unit.</summary>
    public double Low { get; }

    /// <summary>Highest value a draw can take (after clamping), in the field's unit.</summary>
    public double High { get; }

    /// <summary>Where the entry sits, for messages: <c>uncertainty[i] (path)</c>.</summary>
    public string Label => $"uncertainty[{Index}] ({Input.Path})";

    /// <summary>Builds a sampler for every entry of <paramref name="scenario"/>'s <c>uncertainty[]</c> and checks
    /// that the scenario stays valid at both ends of each entry's range (the others at their base values) and at the
    /// joint corners of the ranges (all 2^k for at most <see cref="MaxInputsForAllCorners"/> entries, else every pair's
    /// and the all-low and all-high ones).</summary>
    /// <exception cref="ArgumentException">A path does not resolve or an end of a range makes the scenario invalid;
    /// the message names the entry, its path and the value.</exception>
    public static IReadOnlyList<UncertainInputSampler> ForScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var samplers = new List<UncertainInputSampler>(scenario.Uncertainty.Count);
        var problems = new List<string>();
        for (int i = 0; i < scenario.Uncertainty.Count; i++)
        {
            var input = scenario.Uncertainty[i];
            if (!ScenarioParameter.TryResolve(scenario, input.Path, out var parameter, out string error))
            {
                problems.Add($"uncertainty[{i}].path: {error}");
                continue;
            }

            double lowQuantile = InverseCdf(input.Distribution, TailProbability);
            double highQuantile = InverseCdf(input.Distribution, 1 - TailProbability);
            double low = Math.Max(input.Min ?? double.NegativeInfinity, lowQuantile);
            double high = Math.Min(input.Max ?? double.PositiveInfinity, highQuantile);
            if (low > high)
            {
                // The whole distribution lies beyond one bound: every draw clamps to that bound.
                low = high = input.Min is { } min && min > highQuantile ? min : input.Max!.Value;
            }

            var sampler = new UncertainInputSampler(i, input, parameter!, low, high);
            foreach (double end in (double[])[low, high])
            {
                if (!parameter!.TryWith(scenario, end, out _, out error))
                {
                    problems.Add($"{sampler.Label}: draws reach {ValueText.Show(end)}, where {error}; set min/max on the entry");
                }
            }

            samplers.Add(sampler);
        }

        if (problems.Count == 0 && JointCornerProblem(scenario, samplers) is { } joint)
        {
            problems.Add(joint);
        }

        return problems.Count == 0 ? samplers : throw new ArgumentException(string.Join(Environment.NewLine, problems.Distinct(StringComparer.Ordinal)), nameof(scenario));
    }

    /// <summary>Most inputs whose 2^k joint corners are all validated; above it, every pair's four corners (the others
    /// at their base values) and the all-low and all-high corners.</summary>
    public const int MaxInputsForAllCorners = 10;

    // Each input's two ends are valid alone; draws move several at once, and a rule over several fields (pool shares
    // that sum to at most 1, a min below a max) can fail only jointly. The validation rules are ranges on a field or on
    // a sum of fields, so the valid draws form a convex set: if every corner of the box of ranges is valid, every draw
    // is. The first invalid corner (in a fixed order: all corners by bit pattern, or pairs in index order) is named.
    private static string? JointCornerProblem(Scenario scenario, List<UncertainInputSampler> samplers)
    {
        int k = samplers.Count;
        if (k < 2)
        {
            return null;
        }

        var corners = new List<bool?[]>();
        if (k <= MaxInputsForAllCorners)
        {
            for (int bits = 0; bits < 1 << k; bits++)
            {
                corners.Add(Enumerable.Range(0, k).Select(i => (bool?)(((bits >> i) & 1) == 1)).ToArray());
            }
        }
        else
        {
            corners.Add(Enumerable.Repeat((bool?)false, k).ToArray());
            corners.Add(Enumerable.Repeat((bool?)true, k).ToArray());
            for (int i = 0; i < k; i++)
            {
                for (int j = i + 1; j < k; j++)
                {
                    foreach (var (hi, hj) in ((bool, bool)[])[(false, false), (false, true), (true, false), (true, true)])
                    {
                        var corner = new bool?[k];
                        corner[i] = hi;
                        corner[j] = hj;
                        corners.Add(corner);
                    }
                }
            }
        }

        foreach (var corner in corners)
        {
            var drawn = scenario;
            var set = new List<string>();
            for (int i = 0; i < k; i++)
            {
                if (corner[i] is { } high)
                {
                    double value = high ? samplers[i].High : samplers[i].Low;
                    drawn = samplers[i].Parameter.With(drawn, value);
                    set.Add($"{samplers[i].Label} = {ValueText.Show(samplers[i].Parameter.Effective(value))}");
                }
            }

            var invalid = Model.Validation.ScenarioValidator.Validate(drawn);
            if (invalid.Count > 0)
            {
                return $"draws can reach {string.Join(", ", set)} together, where the scenario is invalid: "
                    + string.Join("; ", invalid.Select(p => $"{p.Path}: {p.Message}")) + "; narrow min/max on these entries";
            }
        }

        return null;
    }

    /// <summary>Draws one value from <paramref name="random"/>, clamped to [<see cref="Low"/>, <see cref="High"/>].</summary>
    public double Sample(Random random)
    {
        double x = Input.Distribution switch
        {
            NormalDistribution n => Normal.Sample(random, n.Mean, n.StdDev),
            LognormalDistribution l => LogNormal.Sample(random, l.Mu, l.Sigma),
            UniformDistribution u => ContinuousUniform.Sample(random, u.Lower, u.Upper),
            TriangularDistribution t => Triangular.Sample(random, t.Lower, t.Upper, t.Mode),
            _ => throw new NotSupportedException($"{Label}: unknown distribution {Input.Distribution.GetType().Name}"),
        };
        return Math.Clamp(x, Low, High);
    }

    /// <summary>The <paramref name="p"/>-quantile of the clamped distribution (used for the tornado's low and high).</summary>
    public double Quantile(double p) => Math.Clamp(InverseCdf(Input.Distribution, p), Low, High);

    private static double InverseCdf(Distribution distribution, double p) => distribution switch
    {
        NormalDistribution n => n.StdDev == 0 ? n.Mean : Normal.InvCDF(n.Mean, n.StdDev, p),
        LognormalDistribution l => l.Sigma == 0 ? Math.Exp(l.Mu) : LogNormal.InvCDF(l.Mu, l.Sigma, p),
        UniformDistribution u => ContinuousUniform.InvCDF(u.Lower, u.Upper, p),
        TriangularDistribution t => Triangular.InvCDF(t.Lower, t.Upper, t.Mode, p),
        _ => throw new NotSupportedException($"unknown distribution {distribution.GetType().Name}"),
    };
}
