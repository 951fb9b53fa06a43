using Economics.Model.Scenarios;

namespace Economics.Model.Loading;

/// <summary>The outcome of loading a scenario: the scenario, or the problems that prevented it.</summary>
/// <param name="Scenario">The valid scenario; null when there are problems.</param>
/// <param name="Problems">Every problem found, each with its JSON path; empty when valid.</param>
public sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    /// <summary>Whether the scenario loaded without problems.</summary>
    public bool IsValid => Scenario is not null;
}
