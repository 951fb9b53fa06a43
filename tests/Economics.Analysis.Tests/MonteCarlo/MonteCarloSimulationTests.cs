using System.Diagnostics;
using Economics.Analysis.MonteCarlo;
using Economics.Model.Engine;
using MathNet.Numerics.Random;
using Xunit.Abstractions;

namespace Economics.Analysis.Tests.MonteCarlo;

public sealed class MonteCarloSimulationTests(ITestOutputHelper output)
{
    [Fact]
    public void Timing_Probe()
    {
        var s = TestScenarios.Baseline;
        var ws = new SimulationWorkspace();
        int n = 2000;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < n; i++)
        {
            Simulation.RunInto(s, ReadOnlySpan<double>.Empty, ws);
        }

        output.WriteLine($"run: {sw.Elapsed.TotalMicroseconds / n} us");
        var samplers = UncertainInputSampler.ForScenario(s);
        sw.Restart();
        for (int i = 0; i < n; i++)
        {
            var random = new Xoshiro256StarStar(i);
            var d = s;
            foreach (var x in samplers)
            {
                d = x.Parameter.With(d, x.Sample(random));
            }
        }

        output.WriteLine($"draw+set: {sw.Elapsed.TotalMicroseconds / n} us");
        var acc = new MonteCarloAccumulator(120, ViabilityRule.Default);
        var viable = new bool[120];
        sw.Restart();
        for (int i = 0; i < n; i++)
        {
            acc.Add(ws, viable);
        }

        output.WriteLine($"accumulate: {sw.Elapsed.TotalMicroseconds / n} us");
    }
}
