namespace Economics.Model.Loading;

/// <summary>Thrown when a scenario cannot be loaded; carries every problem found, not just the first.</summary>
public sealed class InvalidScenarioException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">At least one problem.</param>
    public InvalidScenarioException(IReadOnlyList<ScenarioProblem> problems)
        : base(FormatMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message and no listed problems.</summary>
    public InvalidScenarioException()
        : this([new ScenarioProblem("$", "invalid scenario")])
    {
    }

    /// <summary>Creates the exception with one problem at the document root.</summary>
    public InvalidScenarioException(string message)
        : this([new ScenarioProblem("$", message)])
    {
    }

    /// <summary>Creates the exception with one problem at the document root and an inner exception.</summary>
    public InvalidScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ScenarioProblem("$", message)];
    }

    /// <summary>Every problem found, each naming its JSON path.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    private static string FormatMessage(IReadOnlyList<ScenarioProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The scenario has {problems.Count} {(problems.Count == 1 ? "problem" : "problems")}:{Environment.NewLine}" +
               string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
