namespace Economics.Model.Loading;

/// <summary>One thing wrong with a scenario: where (a JSON path such as <c>cohorts[1].initialNodes</c>) and what.</summary>
/// <param name="Path">JSON path of the bad value; <c>$</c> for the document itself.</param>
/// <param name="Message">The bad value and the rule it breaks, e.g. <c>shares sum to 1.3; they must sum to 1</c>.</param>
public sealed record ScenarioProblem(string Path, string Message)
{
    /// <summary>The problem as one line: <c>path: message</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
