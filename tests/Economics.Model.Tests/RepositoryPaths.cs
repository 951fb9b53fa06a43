namespace Economics.Model.Tests;

/// <summary>Paths inside the repository, found by walking up from the test binaries to Economics.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "data", "scenarios");

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
