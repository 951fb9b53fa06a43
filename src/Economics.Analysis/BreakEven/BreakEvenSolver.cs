using Economics.Analysis.Parameters;
using Economics.Analysis.Text;
using Economics.Model.Engine;
using Economics.Model.Scenarios;
using MathNet.Numerics.RootFinding;

namespace Economics.Analysis.BreakEven;

/// <summary>
/// Finds the value of one numeric field at which a summary metric hits a target, with Brent's method
/// (MathNet.Numerics <see cref="Brent.TryFindRoot"/>) on metric(x) − target over [lo, hi]. E.g. the fixed fee per
/// inference at which cumulative operator profit is zero, or the demand growth at which surviving nodes equal the
/// initial count.
/// </summary>
/// <remarks>The metric must change sign (relative to the target) between lo and hi; when it does not, the result
/// says so and reports the metric at both ends instead of guessing. The solution is verified: when the metric there is
/// not within <see cref="Tolerance"/> of the target, the metric jumps over the target (a step or a discontinuity), and
/// the result is not found, naming the two values between which it jumps. A metric that is a step function (a month) is found only
/// where a step lands on the target. A whole-number field is solved as a real number and reported rounded.</remarks>
public static class BreakEvenSolver
{
    /// <summary>Default largest Brent iterations.</summary>
    public const int DefaultMaxIterations = 200;

    /// <summary>Default accuracy: this fraction of the bracket width (Brent stops when the bracket or |metric −
    /// target| is below the absolute accuracy).</summary>
    public const double DefaultRelativeAccuracy = 1e-10;

    /// <summary>Solves metric(path = x) = target for x in [lo, hi].</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="path">JSON path of the field to solve for.</param>
    /// <param name="metric">A summary metric name.</param>
    /// <param name="target">The metric value sought.</param>
    /// <param name="low">Lower end of the bracket, in the field's unit.</param>
    /// <param name="high">Upper end (above <paramref name="low"/>).</param>
    /// <param name="relativeAccuracy">Accuracy as a fraction of the bracket width. Range: (0, 0.1].</param>
    /// <param name="maxIterations">Most Brent iterations.</param>
    /// <exception cref="ArgumentException">Unknown metric or path, bad bracket, or an end of the bracket that makes the
    /// scenario invalid (the message names the path and value).</exception>
    public static BreakEvenResult Solve(Scenario scenario, string path, string metric, double target, double low, double high, double relativeAccuracy = DefaultRelativeAccuracy, int maxIterations = DefaultMaxIterations)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        MetricRunner.CheckMetric(metric, nameof(metric));
        if (!ScenarioParameter.TryResolve(scenario, path, out var parameter, out string error))
        {
            throw new ArgumentException(error, nameof(path));
        }

        if (!double.IsFinite(target))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "the target must be a finite number");
        }

        if (!(double.IsFinite(low) && double.IsFinite(high) && low < high))
        {
            throw new ArgumentException($"the bracket of {path} must be two finite numbers with lo < hi; got lo = {ValueText.Show(low)}, hi = {ValueText.Show(high)}", nameof(low));
        }

        if (!(relativeAccuracy > 0 && relativeAccuracy <= 0.1))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeAccuracy), relativeAccuracy, "must be in (0, 0.1]");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        var problems = new List<string>();
        foreach (double end in (double[])[low, high])
        {
            if (!parameter!.TryWith(scenario, end, out _, out error))
            {
                problems.Add(error);
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(scenario));
        }

        var workspace = new SimulationWorkspace();
        string[] metrics = [metric];
        int evaluations = 0;
        // Every value tried is validated, not only the ends: a rule need not hold between two valid ends (a whole
        // number rounds to an invalid one, a cross-field rule), and an invalid scenario's metric is not an answer.
        double MetricAt(double x)
        {
            evaluations++;
            if (!parameter!.TryWith(scenario, x, out var probe, out string invalid))
            {
                throw new ArgumentException($"{invalid} (a value tried inside the bracket [{ValueText.Show(low)}, {ValueText.Show(high)}]); choose a bracket whose every value is valid", nameof(scenario));
            }

            return MetricRunner.Evaluate(probe, metrics, workspace)[0];
        }

        double atLow = MetricAt(low);
        double atHigh = MetricAt(high);
        BreakEvenResult Result(bool found, double value, double atValue, string message) => new()
        {
            Path = parameter!.Name,
            Metric = metric,
            Target = target,
            Low = low,
            High = high,
            MetricAtLow = atLow,
            MetricAtHigh = atHigh,
            Found = found,
            Value = value,
            MetricAtValue = atValue,
            Evaluations = evaluations,
            Message = message,
        };

        string ends = $"{metric} is {Show(metric, atLow)} at {parameter!.Name} = {ValueText.Show(low)} and {Show(metric, atHigh)} at {ValueText.Show(high)}";
        if (double.IsNaN(atLow) || double.IsNaN(atHigh))
        {
            return Result(false, double.NaN, double.NaN, $"{ends}: not applicable at an end of the bracket; choose another bracket or metric");
        }

        if (Math.Sign(atLow - target) == Math.Sign(atHigh - target))
        {
            string side = atLow > target ? "above" : "below";
            return Result(false, double.NaN, double.NaN, $"{ends}: both {side} the target {Show(metric, target)}, so there is no sign change in [{ValueText.Show(low)}, {ValueText.Show(high)}]; widen the bracket");
        }

        double accuracy = relativeAccuracy * (high - low);
        double nanAt = double.NaN;
        int lowSign = Math.Sign(atLow - target);

        // Every point evaluated, with its metric: when the metric jumps over the target, the points of either sign
        // nearest the end of Brent's search are the two ends of the jump.
        var evaluated = new List<(double X, double Metric)> { (low, atLow), (high, atHigh) };
        double Objective(double x)
        {
            double m = MetricAt(x);
            double d = m - target;
            if (double.IsNaN(d))
            {
                nanAt = x;
                throw new NotApplicableException();
            }

            evaluated.Add((x, m));
            return d;
        }

        bool found;
        double root;
        try
        {
            found = Brent.TryFindRoot(Objective, low, high, accuracy, maxIterations, out root);
        }
        catch (NotApplicableException)
        {
            return Result(false, double.NaN, double.NaN, $"{ends}, but it is not applicable at {parameter.Name} = {ValueText.Show(nanAt)}, so Brent's method cannot continue");
        }

        if (!found)
        {
            return Result(false, double.NaN, double.NaN, $"{ends}; Brent's method did not converge in {maxIterations} iterations (the metric may jump across the target)");
        }

        double value = parameter.Effective(root);
        double atValue = MetricAt(value);
        if (!(Math.Abs(atValue - target) <= Tolerance(target, atLow, atHigh)))
        {
            // Brent's method stops on a narrow bracket even when the metric jumps over the target inside it: no value
            // gives the target, so this is not a root.
            var lowSide = evaluated.Where(p => Math.Sign(p.Metric - target) == lowSign).MinBy(p => Math.Abs(p.X - root));
            var highSide = evaluated.Where(p => Math.Sign(p.Metric - target) == -lowSign).MinBy(p => Math.Abs(p.X - root));
            var (a, b) = HumanFormat.Distinct(Math.Min(lowSide.X, highSide.X), Math.Max(lowSide.X, highSide.X));
            var (from, to) = lowSide.X <= highSide.X ? (lowSide.Metric, highSide.Metric) : (highSide.Metric, lowSide.Metric);
            return Result(false, double.NaN, double.NaN,
                $"{metric} crosses the target {Show(metric, target)} discontinuously between {parameter.Name} = {a} and {b} "
                + $"(it jumps from {Show(metric, from)} to {Show(metric, to)}): no value in [{ValueText.Show(low)}, {ValueText.Show(high)}] gives the target");
        }

        if (parameter.TryWith(scenario, value, out var solved, out _) && HumanFormat.IsNeverMonth(metric, atValue, solved!.HorizonMonths))
        {
            // A month that never happens reads as the horizon (docs/MODEL.md §4): "the target is met" there would only
            // say that the horizon equals the target.
            return Result(false, double.NaN, double.NaN,
                $"{metric} reads {Show(metric, atValue)} at {parameter.Name} = {ValueText.Show(value)} only because it does not happen within that scenario's {solved.HorizonMonths}-month horizon (a month that never happens reads as the horizon, docs/MODEL.md §4): no value in [{ValueText.Show(low)}, {ValueText.Show(high)}] makes it happen at {Show(metric, target)}");
        }

        return Result(true, value, atValue, $"{metric} = {Show(metric, atValue)} (target {Show(metric, target)}) at {parameter.Name} = {ValueText.Show(value)}");
    }

    /// <summary>How close the metric at the solution must be to the target to count as a root: a millionth of the
    /// metric's change over the bracket, at least a billionth of the target's size (or of 1).</summary>
    public static double Tolerance(double target, double metricAtLow, double metricAtHigh) =>
        Math.Max(1e-6 * Math.Abs(metricAtHigh - metricAtLow), 1e-9 * Math.Max(1, Math.Abs(target)));

    // A metric value in the metric's unit (USD, percent, multiple, month), six significant digits for plain numbers.
    private static string Show(string metric, double value) =>
        double.IsNaN(value) ? "not applicable"
        : HumanFormat.UnitOf(metric) is MetricUnit.Number or MetricUnit.Ratio ? ValueText.Show(value) : HumanFormat.Value(metric, value);

    /// <summary>Thrown inside the objective to stop Brent's method when the metric is not applicable.</summary>
    private sealed class NotApplicableException : Exception
    {
    }
}
