using Economics.Analysis.Parameters;
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
/// says so and reports the metric at both ends instead of guessing. Metrics that are step functions (months) give the
/// point of the step. A whole-number field is solved as a real number and reported rounded.</remarks>
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
        double MetricAt(double x)
        {
            evaluations++;
            return MetricRunner.Evaluate(parameter!.With(scenario, x), metrics, workspace)[0];
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

        string ends = $"{metric} is {Show(atLow)} at {parameter!.Name} = {ValueText.Show(low)} and {Show(atHigh)} at {ValueText.Show(high)}";
        if (double.IsNaN(atLow) || double.IsNaN(atHigh))
        {
            return Result(false, double.NaN, double.NaN, $"{ends}: not applicable at an end of the bracket; choose another bracket or metric");
        }

        if (Math.Sign(atLow - target) == Math.Sign(atHigh - target))
        {
            string side = atLow > target ? "above" : "below";
            return Result(false, double.NaN, double.NaN, $"{ends}: both {side} the target {ValueText.Show(target)}, so there is no sign change in [{ValueText.Show(low)}, {ValueText.Show(high)}]; widen the bracket");
        }

        double accuracy = relativeAccuracy * (high - low);
        double nanAt = double.NaN;
        double Objective(double x)
        {
            double d = MetricAt(x) - target;
            if (double.IsNaN(d))
            {
                nanAt = x;
                throw new NotApplicableException();
            }

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
        return Result(true, value, atValue, $"{metric} = {Show(atValue)} (target {ValueText.Show(target)}) at {parameter.Name} = {ValueText.Show(value)}");
    }

    private static string Show(double value) => double.IsNaN(value) ? "not applicable" : ValueText.Show(value);

    /// <summary>Thrown inside the objective to stop Brent's method when the metric is not applicable.</summary>
    private sealed class NotApplicableException : Exception
    {
    }
}
