namespace Economics.Cli.Tests;

/// <summary>Runs <c>econ</c> in-process with captured output.</summary>
internal static class CliHarness
{
    public static CliRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = EconCli.Run(args, CliConsole.ForWriters(output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The repository root (the folder holding Economics.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ScenarioFile(string name) => Path.Combine(RepoRoot, "data", "scenarios", name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Economics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Economics.sln not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record CliRun(int ExitCode, string Out, string Error);
