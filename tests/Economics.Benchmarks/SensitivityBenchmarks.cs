using BenchmarkDotNet.Attributes;
using Economics.Analysis.Sensitivity;
using Economics.Analysis.Sweeps;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Benchmarks;

/// <summary>Tornado (1 + 2 × 4 runs) and a 50 × 50 sweep on the baseline. Target: each ≤ 0.5 s.</summary>
[MemoryDiagnoser]
public class SensitivityBenchmarks
{
    private Scenario _scenario = null!;
    private SweepAxis _x = null!;
    private SweepAxis _y = null!;

    /// <summary>Loads the baseline and the axes once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioLoader.Baseline;
        _x = SweepAxis.Parse("fees.policy.markupFraction=0:1:50");
        _y = SweepAxis.Parse("token.pools[0].vestingMonths=12:108:50");
    }

    /// <summary>The baseline tornado of surviving nodes.</summary>
    [Benchmark]
    public TornadoResult Tornado() => SensitivityAnalysis.Run(_scenario, "survivingNodes");

    /// <summary>A 50 × 50 sweep of the gateways' markup on list price × the first pool's vesting, surviving nodes.</summary>
    [Benchmark]
    public SweepResult Sweep50x50() => ParameterSweep.Run(_scenario, _x, _y, ["survivingNodes"]);
}
