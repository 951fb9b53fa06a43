namespace Economics.Cli.Tests.Docs;

/// <summary>One command as a document or a help text shows it.</summary>
/// <param name="Source">Where it is written: a repository-relative file and line (<c>README.md:42</c>) or a help text
/// (<c>econ run --help</c>).</param>
/// <param name="Text">The command exactly as written (without its <c># comment</c> or marker).</param>
/// <param name="Kind">How it is checked.</param>
/// <param name="Args">For <see cref="DocCommandKind.Econ"/>: the arguments after <c>econ</c> (or after <c>--</c> of
/// <c>dotnet run</c>); for the others every word of the command.</param>
/// <param name="Environment">Variables set in front of the command (<c>COLUMNS=100 econ …</c>).</param>
/// <param name="ExpectedExitCode">0, or the code of a <c># exits N: message</c> marker.</param>
/// <param name="ExpectedMessage">The marker's message, which the output must contain; null for none.</param>
internal sealed record DocCommand(
    string Source,
    string Text,
    DocCommandKind Kind,
    IReadOnlyList<string> Args,
    IReadOnlyDictionary<string, string> Environment,
    int ExpectedExitCode,
    string? ExpectedMessage)
{
    /// <summary>A stable, readable name for the test case.</summary>
    public string Id => $"{Source}: {Text}";
}
