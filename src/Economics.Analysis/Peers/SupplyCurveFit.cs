using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Economics.Analysis.Peers;

/// <summary>
/// Calibrates <see cref="SupplyCurveResponse"/> on an observed history: entry and exit speeds, cost spread, hurdle and
/// potential nodes, with the median cost fixed, by least squares on log node counts over the first two thirds of the
/// months; reports the error on the last third against a naive forecast (last value held).
/// </summary>
/// <remarks>
/// <para>Objective: Σ_{t=1}^{T₁−1} (ln N̂(t) − ln N(t))², N̂ the curve run freely from N̂(0) = N(0) on the observed income
/// (not one-step-ahead: errors accumulate as they would in the model). T₁ = ⌊2T/3⌋.</para>
/// <para>Bounds by smooth transforms of an unconstrained vector (u = logistic): speeds = 0.01 + 0.99·u ∈ (0.01, 1);
/// σ = 0.05·100^u ∈ (0.05, 5); 1 + h = 1001^u, h ∈ (0, 1000) (h absorbs any share of the income that does not reach
/// operators and any error in the fixed cost: only c·(1 + h) is identified); P = P₀·40^u with P₀ = half the largest
/// in-sample count (P up to 20 times it). Without these bounds a tiny speed times a huge P fits any steady inflow.</para>
/// <para>Optimizer: MathNet <see cref="NelderMeadSimplex"/> (tolerance 1e-10, 4,000 iterations) from a fixed grid of 24
/// starts, the best restarted once. Deterministic: no random numbers, the same result on every run.</para>
/// </remarks>
public static class SupplyCurveFit
{
    /// <summary>Fewest months with node counts a fit accepts (8 to fit five parameters on, 4 to test).</summary>
    public const int MinMonths = 12;

    /// <summary>Smallest cost spread σ the fit considers.</summary>
    public const double MinCostSpread = 0.05;

    /// <summary>Largest cost spread σ the fit considers.</summary>
    public const double MaxCostSpread = 5;

    /// <summary>Largest hurdle the fit considers.</summary>
    public const double MaxHurdle = 1000;

    /// <summary>Largest potential nodes the fit considers, as a multiple of <see cref="PotentialNodesFloor"/> (so at most
    /// 20 times the largest in-sample count).</summary>
    public const double PotentialNodesRange = 40;

    /// <summary>Slowest entry or exit speed the fit considers (share of the gap per month): 1% a month is a half-life of
    /// about 69 months; operators start or stop a node within weeks.</summary>
    public const double MinSpeed = 0.01;

    /// <summary>Smallest potential nodes, as a share of the largest in-sample node count.</summary>
    public const double PotentialNodesFloor = 0.5;

    private const double Tolerance = 1e-10;
    private const int MaxIterations = 4000;

    /// <summary>Fits the curve to <paramref name="observedNodes"/> given <paramref name="incomeUsd"/> (the supply side's
    /// USD income per month, same months).</summary>
    /// <param name="incomeUsd">USD income per month (rewards + fees), finite, ≥ 0.</param>
    /// <param name="observedNodes">Observed node counts, finite, &gt; 0; at least <see cref="MinMonths"/>.</param>
    /// <param name="medianCostUsd">The fixed median own cost of a node (USD per node-month), &gt; 0.</param>
    /// <param name="maxNodes">The fixed cap M on nodes (count), +∞ for none.</param>
    /// <param name="leadMonths">The fixed lead L (months), ≥ 0.</param>
    /// <exception cref="ArgumentException">Series of different lengths, too short, or with bad values.</exception>
    public static SupplyCurveCalibration Fit(IReadOnlyList<double> incomeUsd, IReadOnlyList<double> observedNodes, double medianCostUsd,
        double maxNodes = double.PositiveInfinity, int leadMonths = 0)
    {
        ArgumentNullException.ThrowIfNull(incomeUsd);
        ArgumentNullException.ThrowIfNull(observedNodes);
        Check(incomeUsd, observedNodes, medianCostUsd, maxNodes, leadMonths);
        int months = observedNodes.Count;
        int train = 2 * months / 3;
        double[] income = [.. incomeUsd];
        double[] logObserved = [.. observedNodes.Select(n => Math.Log(n))];
        double floor = PotentialNodesFloor * observedNodes.Take(train).Max();
        var space = new Space(medianCostUsd, maxNodes, leadMonths, floor);
        var work = new double[train];
        int evaluations = 0;
        double Objective(Vector<double> u)
        {
            evaluations++;
            SupplyCurveResponse.SimulateUnchecked(income, 0, observedNodes[0], space.ToParameters(u), work);
            double sum = 0;
            for (int t = 1; t < train; t++)
            {
                double e = Math.Log(Math.Max(work[t], 1e-12)) - logObserved[t];
                sum += e * e;
            }

            return double.IsFinite(sum) ? sum : double.MaxValue;
        }

        var best = Starts().Select(s => Minimize(Objective, s)).MinBy(r => r.Value);
        best = Minimize(Objective, best.Point);
        var parameters = space.ToParameters(best.Point);

        var fitted = SupplyCurveResponse.Simulate(income, observedNodes[0], parameters);
        var forecastAll = new double[months];
        SupplyCurveResponse.SimulateUnchecked(income, train - 1, observedNodes[train - 1], parameters, forecastAll);
        double[] forecast = forecastAll[train..];
        return new SupplyCurveCalibration
        {
            Parameters = parameters,
            Months = months,
            TrainMonths = train,
            ObservedNodes = [.. observedNodes],
            FittedNodes = fitted,
            ForecastNodes = forecast,
            InSampleRmseLog = Rmse(fitted.AsSpan(1, train - 1), logObserved.AsSpan(1, train - 1)),
            OutOfSampleRmseLog = Rmse(forecast, logObserved.AsSpan(train)),
            NaiveRmseLog = Rmse(Enumerable.Repeat(observedNodes[train - 1], months - train).ToArray(), logObserved.AsSpan(train)),
            Evaluations = evaluations,
            ParametersAtBounds = Space.AtBounds(best.Point),
        };
    }

    /// <summary>Fits <paramref name="network"/> of <paramref name="history"/>: its months with node counts, income =
    /// rewards + fees (fees as 0 where unknown), the median cost of <c>supply.csv</c>.</summary>
    /// <returns>The calibration, or the reason there is none (no node counts, too few months, no cost).</returns>
    /// <exception cref="KeyNotFoundException">Unknown network.</exception>
    public static PeerCalibration ForNetwork(PeerHistory history, string network, int leadMonths = 0)
    {
        ArgumentNullException.ThrowIfNull(history);
        var months = history.WithNodes(network);
        string id = history.For(network)[0].Network;
        var cost = history.CostOf(id);
        string? reason = months.Count == 0 ? "no node counts in the dataset"
            : months.Count < MinMonths ? $"{months.Count} months with node counts; a fit needs at least {MinMonths}"
            : cost is null ? "no median node cost in supply.csv"
            : null;
        return new PeerCalibration
        {
            Network = id,
            Cost = cost,
            FirstMonth = months.Count > 0 ? months[0].Month : null,
            Months = [.. months.Select(m => m.Month)],
            IncomeUsd = [.. months.Select(m => m.IncomeUsd)],
            Calibration = reason is null ? Fit([.. months.Select(m => m.IncomeUsd)], [.. months.Select(m => m.Nodes)], cost!.MedianUsdPerNodeMonth, cost.MaxNodes, leadMonths) : null,
            Reason = reason,
        };
    }

    /// <summary>RMSE of ln(<paramref name="predicted"/>) against <paramref name="logObserved"/>; NaN when empty.</summary>
    internal static double Rmse(ReadOnlySpan<double> predicted, ReadOnlySpan<double> logObserved)
    {
        if (predicted.Length == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (int i = 0; i < predicted.Length; i++)
        {
            double e = Math.Log(Math.Max(predicted[i], 1e-12)) - logObserved[i];
            sum += e * e;
        }

        return Math.Sqrt(sum / predicted.Length);
    }

    private static void Check(IReadOnlyList<double> incomeUsd, IReadOnlyList<double> observedNodes, double medianCostUsd, double maxNodes, int leadMonths)
    {
        if (incomeUsd.Count != observedNodes.Count)
        {
            throw new ArgumentException($"income has {incomeUsd.Count} months and nodes {observedNodes.Count}; they must be the same months", nameof(incomeUsd));
        }

        if (observedNodes.Count < MinMonths)
        {
            throw new ArgumentException($"{observedNodes.Count} months; a fit needs at least {MinMonths}", nameof(observedNodes));
        }

        if (incomeUsd.Any(y => !(y >= 0 && double.IsFinite(y))))
        {
            throw new ArgumentException("every month's income must be finite and ≥ 0", nameof(incomeUsd));
        }

        if (observedNodes.Any(n => !(n > 0 && double.IsFinite(n))))
        {
            throw new ArgumentException("every observed node count must be finite and > 0 (the fit is on log nodes)", nameof(observedNodes));
        }

        if (!(medianCostUsd > 0 && double.IsFinite(medianCostUsd)))
        {
            throw new ArgumentOutOfRangeException(nameof(medianCostUsd), medianCostUsd, "the median cost must be finite and > 0");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(leadMonths);
        if (!(maxNodes > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(maxNodes), maxNodes, "the node cap must be > 0 (+∞ for none)");
        }
    }

    // A grid of starting points in the transformed space (speeds 0.1 and 0.4; σ 0.5 and 1.3; 1 + h ≈ 2.3, 32, 440;
    // P ≈ 1.6 and 6.3 times the floor): wide enough that the best start lands in the basin of the global minimum for the
    // shapes the peers show.
    private static IEnumerable<Vector<double>> Starts()
    {
        foreach (double speed in new[] { -2.2, -0.4 })
        {
            foreach (double spread in new[] { 0.5, 0.7 })
            {
                foreach (double hurdle in new[] { -2.0, 0.0, 2.0 })
                {
                    foreach (double potential in new[] { -2.0, 0.0 })
                    {
                        yield return Vector<double>.Build.DenseOfArray([speed, speed, Space.Logit(spread), hurdle, potential]);
                    }
                }
            }
        }
    }

    private static (Vector<double> Point, double Value) Minimize(Func<Vector<double>, double> objective, Vector<double> start)
    {
        // Nelder–Mead throws when it runs out of iterations; the best point it evaluated is kept either way.
        var bestPoint = start;
        double bestValue = objective(start);
        double Tracked(Vector<double> u)
        {
            double value = objective(u);
            if (value < bestValue)
            {
                bestValue = value;
                bestPoint = u.Clone();
            }

            return value;
        }

        try
        {
            var result = new NelderMeadSimplex(Tolerance, MaxIterations).FindMinimum(
                ObjectiveFunction.Value(Tracked), start, Vector<double>.Build.Dense(start.Count, 0.5));
            if (result.FunctionInfoAtMinimum.Value <= bestValue)
            {
                return (result.MinimizingPoint, result.FunctionInfoAtMinimum.Value);
            }
        }
        catch (MaximumIterationsException)
        {
        }

        return (bestPoint, bestValue);
    }

    // The map from the unconstrained optimizer space to bounded parameters.
    private sealed record Space(double MedianCostUsd, double MaxNodes, int LeadMonths, double PotentialFloor)
    {
        public SupplyCurveParameters ToParameters(Vector<double> u) => new()
        {
            EntrySpeed = MinSpeed + ((1 - MinSpeed) * SpecialFunctions.Logistic(u[0])),
            ExitSpeed = MinSpeed + ((1 - MinSpeed) * SpecialFunctions.Logistic(u[1])),
            CostSpread = MinCostSpread * Math.Pow(MaxCostSpread / MinCostSpread, SpecialFunctions.Logistic(u[2])),
            Hurdle = Math.Pow(1 + MaxHurdle, SpecialFunctions.Logistic(u[3])) - 1,
            PotentialNodes = PotentialFloor * Math.Pow(PotentialNodesRange, SpecialFunctions.Logistic(u[4])),
            MedianCostUsd = MedianCostUsd,
            MaxNodes = MaxNodes,
            LeadMonths = LeadMonths,
        };

        public static double Logit(double p) => Math.Log(p / (1 - p));

        public static IReadOnlyList<string> AtBounds(Vector<double> u)
        {
            string[] names = ["entrySpeed", "exitSpeed", "costSpread", "hurdle", "potentialNodes"];
            return [.. names.Where((_, i) => SpecialFunctions.Logistic(u[i]) is < 0.01 or > 0.99)];
        }
    }
}
