using BenchmarkDotNet.Attributes;
using Economics.Analysis.Stress;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Benchmarks;

/// <summary>The reverse stress test on viable-reference (<c>econ stress data/scenarios/viable-reference.json
/// --paths N</c>), all cores: 9 axes searched on the deterministic model, and with paths, P(viable in the test month) at
/// 41 shock sizes.</summary>
[MemoryDiagnoser]
public class StressBenchmarks
{
    private Scenario _scenario = null!;

    /// <summary>Monte Carlo paths per shock size (0: the deterministic search alone; 200: the command's default).</summary>
    [Params(0, 200, 1000)]
    public int Paths { get; set; }

    /// <summary>Loads viable-reference once.</summary>
    [GlobalSetup]
    public void Setup() => _scenario = ScenarioLoader.Load(ScenarioSource.Shipped("viable-reference")!);

    /// <summary>One stress test.</summary>
    [Benchmark]
    public StressResult Stress() => ReverseStressTest.Run(_scenario, new StressOptions { Paths = Paths, Seed = 42 });
}
