namespace Economics.Cli.Tests.Notebooks;

/// <summary>Notebook runs set the process's working directory (to the notebook's folder, as VS Code does), so they
/// run alone: not in parallel with each other nor with the other tests of this assembly.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookRuns
{
    public const string Name = "Notebooks";
}
