namespace Economics.Cli.Tests.Notebooks;

/// <summary>Paths in the repository the tests run from (found by walking up to Economics.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string Fixtures => Path.Combine(Root, "tests", "Economics.Cli.Tests", "Notebooks", "Fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Economics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Economics.sln not found above {AppContext.BaseDirectory}");
    }
}
