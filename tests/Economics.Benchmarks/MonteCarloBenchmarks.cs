using BenchmarkDotNet.Attributes;
using Economics.Analysis.MonteCarlo;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Benchmarks;

/// <summary>Monte Carlo on the baseline (132 months, 3 markets, a gateway and a validator cohort, 8 uncertain inputs + GBM shocks), all cores.
/// Target: 100,000 paths ≤ 2 s on 2 cores; allocated bytes per path flat in the path count.</summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private Scenario _scenario = null!;

    /// <summary>Paths per run.</summary>
    [Params(10_000, 100_000)]
    public int Paths { get; set; }

    /// <summary>Loads the baseline once.</summary>
    [GlobalSetup]
    public void Setup() => _scenario = ScenarioLoader.Baseline;

    /// <summary>One Monte Carlo run.</summary>
    [Benchmark]
    public MonteCarloResult MonteCarlo() => MonteCarloSimulation.Run(_scenario, new MonteCarloOptions { Paths = Paths, Seed = 42 });
}
