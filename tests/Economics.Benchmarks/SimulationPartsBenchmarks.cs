using BenchmarkDotNet.Attributes;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Benchmarks;

/// <summary>
/// The parts of <see cref="Simulation.Run(Scenario)"/> on a warm workspace, to see where a deterministic run's time
/// goes: the per-run preparation (schedules laid out by month and the step's per-run constants), the summary (with
/// its break-even markup search) and the copy into an immutable result.
/// </summary>
[MemoryDiagnoser]
public class SimulationPartsBenchmarks
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

    /// <summary>MonthlyInputs.Prepare and MonthlyStep.Begin: everything before month 0.</summary>
    [Benchmark]
    public void Prepare()
    {
        new MonthlyInputs(_scenario, _workspace).Prepare();
        _workspace.Step.Begin(_scenario);
    }

    /// <summary>The answers of a finished run.</summary>
    [Benchmark]
    public SimulationSummary Summary() => SimulationSummary.From(_scenario, _workspace);

    /// <summary>The break-even markup search alone (part of the summary).</summary>
    [Benchmark]
    public double? BreakEven() => BreakEvenMarkup.Solve(_scenario, _workspace, _workspace.Months - 1).BreakEven;

    /// <summary>The whole immutable result: the copies and the summary.</summary>
    [Benchmark]
    public SimulationResult Result() => SimulationResult.From(_scenario, _workspace);
}
