using BenchmarkDotNet.Attributes;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Benchmarks;

/// <summary>
/// One deterministic 132-month run of the baseline (3 markets, a gateway and a validator cohort, GBM price with the pool, Z = 0). DESIGN.md target: ≤ 20 µs and
/// no allocation per month; <see cref="RunIntoReusedWorkspace"/> should allocate nothing at all.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private Scenario _scenario = null!;
    private SimulationWorkspace _workspace = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioLoader.Baseline;
        _workspace = new SimulationWorkspace();
        Simulation.RunInto(_scenario, [], _workspace);
    }

    /// <summary>The Monte Carlo path: run into a warm workspace.</summary>
    [Benchmark(Baseline = true)]
    public double RunIntoReusedWorkspace()
    {
        Simulation.RunInto(_scenario, [], _workspace);
        return _workspace.NodesTotal[_workspace.Months - 1];
    }

    /// <summary>A fresh run: new workspace, immutable result and summary.</summary>
    [Benchmark]
    public SimulationResult FreshRun() => Simulation.Run(_scenario);
}
