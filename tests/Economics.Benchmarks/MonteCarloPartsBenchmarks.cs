using BenchmarkDotNet.Attributes;
using Economics.Analysis.MonteCarlo;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Scenarios;
using Economics.Model.Validation;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Economics.Benchmarks;

/// <summary>The parts of one Monte Carlo path, single-threaded: draws and compiled setters, the engine run, and
/// streaming the statistics — to see where a path's time goes.</summary>
[MemoryDiagnoser]
public class MonteCarloPartsBenchmarks
{
    private double[] _shocks = [];
    private bool[] _viable = [];
    private Scenario _scenario = null!;
    private IReadOnlyList<UncertainInputSampler> _samplers = null!;
    private SimulationWorkspace _workspace = null!;
    private MonteCarloAccumulator _accumulator = null!;
    private int _path;

    /// <summary>Loads the baseline and runs it once into the workspace.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioLoader.Baseline;
        _samplers = UncertainInputSampler.ForScenario(_scenario);
        _workspace = new SimulationWorkspace();
        Simulation.RunInto(_scenario, ReadOnlySpan<double>.Empty, _workspace);
        _accumulator = new MonteCarloAccumulator(_scenario.HorizonMonths);
        _shocks = new double[_scenario.HorizonMonths];
        _viable = new bool[_scenario.HorizonMonths];
    }

    /// <summary>Seeding a stream, drawing the baseline's uncertain inputs (8) and one shock per month (132), setting the fields.</summary>
    [Benchmark]
    public Scenario DrawAndSet()
    {
        var random = new Xoshiro256StarStar(PathSeed.For(42, _path++), threadSafe: false);
        var drawn = _scenario;
        foreach (var s in _samplers)
        {
            drawn = s.Parameter.With(drawn, s.Sample(random));
        }

        Normal.Samples(random, _shocks, 0.0, 1.0);
        return drawn;
    }

    /// <summary>One engine run of the baseline with shocks (132 months, 3 markets, a gateway and a validator cohort).</summary>
    [Benchmark]
    public void EngineRun() => Simulation.RunInto(_scenario, _shocks, _workspace);

    /// <summary>The same run stopped 24 months after the operators' subsidy ends, as a viability-grid path runs it
    /// (92 of the 132 months).</summary>
    [Benchmark]
    public SubsidyEndRun EngineRunPastSubsidyEnd() => Simulation.RunPastSubsidyEnd(_scenario, _shocks, _workspace, 24);

    /// <summary>Resolving the baseline's uncertain inputs and validating the scenario at both ends of each range and at
    /// all 2^8 joint corners: a fixed cost of every Monte Carlo, paid once per scenario.</summary>
    [Benchmark]
    public IReadOnlyList<UncertainInputSampler> SamplersForScenario() => UncertainInputSampler.ForScenario(_scenario);

    /// <summary>Validating the baseline once (ScenarioValidator, every rule).</summary>
    [Benchmark]
    public int Validate() => ScenarioValidator.Validate(_scenario).Count;

    /// <summary>Adding one path to the streaming statistics (every month of the Monte Carlo series + viability).</summary>
    [Benchmark]
    public void Accumulate() => _accumulator.Add(_workspace, _viable);
}
