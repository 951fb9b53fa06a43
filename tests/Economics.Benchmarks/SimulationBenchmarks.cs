using BenchmarkDotNet.Attributes;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Benchmarks;

/// <summary>
/// One deterministic run (Z = 0) of a shipped scenario: the baseline (132 months, 3 markets, a gateway and a validator
/// cohort, GBM price with the pool) and v1-gpu-world. docs/DESIGN.md target: ≤ 20 µs and no allocation per month;
/// <see cref="RunIntoReusedWorkspace"/> should allocate nothing at all.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private Scenario _scenario = null!;
    private SimulationWorkspace _workspace = null!;

    /// <summary>The shipped scenario to run.</summary>
    [Params("baseline", "v1-gpu-world")]
    public string ScenarioName { get; set; } = "baseline";

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioLoader.Load(ScenarioSource.Shipped(ScenarioName)!);
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

    /// <summary>Simulation.Run: the run (into the thread's reused workspace), the immutable result and the summary.</summary>
    [Benchmark]
    public SimulationResult FreshRun() => Simulation.Run(_scenario);
}
