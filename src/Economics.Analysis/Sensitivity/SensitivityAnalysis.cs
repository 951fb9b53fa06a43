using System.Globalization;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Parameters;
using Economics.Model.Scenarios;

namespace Economics.Analysis.Sensitivity;

/// <summary>
/// One-at-a-time sensitivity (a tornado): each uncertain input goes to its low and then its high value with all
/// others at base, and the chosen summary metric is read from each run. Inputs of <c>uncertainty[]</c> use their
/// distribution's P10 and P90 (MathNet inverse CDF, clamped to the entry's bounds); extra paths without a
/// distribution use base ± 20%. 1 + 2 × inputs runs, in parallel; results do not depend on the thread count.
/// Inputs are ranked by how far they move the metric from its base value, max(|m(low) − m(base)|, |m(high) − m(base)|)
/// (<see cref="TornadoBar.Deviation"/>), not by |m(high) − m(low)|: an input whose two ends both move the metric the
/// same way (past an optimum, or a clamp) can move it far while its ends land close together.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Builds the tornado of <paramref name="metric"/>.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="metric">A summary metric name (e.g. <c>survivingNodes</c>, <c>breakEvenFeeRatio</c>).</param>
    /// <param name="options">Quantiles, extra paths, step, threads; null for the defaults.</param>
    /// <param name="cancellationToken">Stops between runs.</param>
    /// <exception cref="ArgumentException">Unknown metric (the message lists them), a path that does not resolve or a
    /// low/high value that makes the scenario invalid (the message names the path and value), or no inputs at all.</exception>
    public static TornadoResult Run(Scenario scenario, string metric, SensitivityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new SensitivityOptions();
        options.Check();
        MetricRunner.CheckMetric(metric, nameof(metric));
        var inputs = Inputs(scenario, options);
        if (inputs.Count == 0)
        {
            throw new ArgumentException("nothing to vary: the scenario has no uncertainty[] entries and no extra paths were given", nameof(scenario));
        }

        var problems = new List<string>();
        var cases = new List<Scenario> { scenario };
        foreach (var (parameter, _, low, high) in inputs)
        {
            foreach (double value in (double[])[low, high])
            {
                if (!parameter.TryWith(scenario, value, out var changed, out string error))
                {
                    problems.Add(error);
                }

                cases.Add(changed);
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems.Distinct(StringComparer.Ordinal)), nameof(scenario));
        }

        string[] metrics = [metric];
        var values = MetricRunner.EvaluateAll(cases.Count, i => cases[i], metrics, options.Threads, null, cancellationToken);
        var bars = inputs.Select((input, i) => new TornadoBar(
            input.Parameter.Name,
            input.Source,
            input.Parameter.Effective(input.Low),
            input.Parameter.Effective(input.High),
            values[1 + 2 * i][0],
            values[2 + 2 * i][0],
            values[0][0])).ToList();
        var ranked = bars
            .Select((bar, index) => (bar, index))
            .OrderBy(x => double.IsNaN(x.bar.Deviation) ? 1 : 0)
            .ThenByDescending(x => double.IsNaN(x.bar.Deviation) ? 0 : x.bar.Deviation)
            .ThenBy(x => x.index)
            .Select(x => x.bar)
            .ToArray();
        return new TornadoResult { Scenario = scenario.Name, Metric = metric, BaseValue = values[0][0], Bars = ranked };
    }

    private static List<(ScenarioParameter Parameter, string Source, double Low, double High)> Inputs(Scenario scenario, SensitivityOptions options)
    {
        var inputs = new List<(ScenarioParameter, string, double, double)>();
        string percentiles = string.Create(CultureInfo.InvariantCulture, $"P{options.LowProbability * 100:0.##}/P{options.HighProbability * 100:0.##}");
        foreach (var sampler in UncertainInputSampler.ForScenario(scenario))
        {
            string kind = sampler.Input.Distribution.GetType().Name.Replace("Distribution", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            inputs.Add((sampler.Parameter, $"{percentiles} of {kind}", sampler.Quantile(options.LowProbability), sampler.Quantile(options.HighProbability)));
        }

        foreach (string path in options.ExtraPaths)
        {
            if (!ScenarioParameter.TryResolve(scenario, path, out var parameter, out string error))
            {
                throw new ArgumentException(error, nameof(options));
            }

            double b = parameter!.BaseValue;
            string step = string.Create(CultureInfo.InvariantCulture, $"base ±{options.RelativeStep * 100:0.##}%");
            inputs.Add((parameter, step, b * (1 - options.RelativeStep), b * (1 + options.RelativeStep)));
        }

        return inputs;
    }
}
