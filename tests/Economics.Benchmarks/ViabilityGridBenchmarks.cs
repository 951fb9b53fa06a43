using BenchmarkDotNet.Attributes;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Sweeps;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Benchmarks;

/// <summary>P(viable) over a 20 × 20 grid (<c>econ sweep --x … --y … --paths N</c>) on the baseline, all cores: the
/// markup on list prices against the gateways that could enter (cohorts[0].potentialNodes). Issue 18's target is 20 × 20 × 1,000 paths
/// ≤ 2 s on 2 cores (≤ 5 s at the least); the figure per path is the time over cells × paths.</summary>
[MemoryDiagnoser]
public class ViabilityGridBenchmarks
{
    private Scenario _scenario = null!;

    /// <summary>Paths per cell.</summary>
    [Params(50, 1000)]
    public int Paths { get; set; }

    /// <summary>Loads the baseline once.</summary>
    [GlobalSetup]
    public void Setup() => _scenario = ScenarioLoader.Baseline;

    /// <summary>One 20 × 20 grid.</summary>
    [Benchmark]
    public ViabilityGridResult Grid() => ViabilityGrid.Run(
        _scenario,
        SweepAxis.Parse("fees.policy.markupFraction=0:2:20"),
        SweepAxis.Parse("cohorts[0].potentialNodes=20:400:20"),
        new MonteCarloOptions { Paths = Paths, Seed = 42 });
}
