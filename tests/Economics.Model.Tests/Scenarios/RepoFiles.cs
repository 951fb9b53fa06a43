namespace Economics.Model.Tests.Scenarios;

/// <summary>Paths of the repository's data files, found by walking up from the test binaries to Economics.sln.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding Economics.sln).</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>data/scenarios.</summary>
    public static string ScenariosDirectory => Path.Combine(RepoRoot, "data", "scenarios");

    /// <summary>data/reference.</summary>
    public static string ReferenceDirectory => Path.Combine(RepoRoot, "data", "reference");

    /// <summary>Every scenario file (schema files excluded), sorted by name.</summary>
    public static IReadOnlyList<string> ScenarioFiles() =>
        [.. Directory.GetFiles(ScenariosDirectory, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every reference CSV, sorted by name.</summary>
    public static IReadOnlyList<string> ReferenceFiles() =>
        [.. Directory.GetFiles(ReferenceDirectory, "*.csv").Order(StringComparer.Ordinal)];

    /// <summary>The full path of scenario <paramref name="name"/> (file name without .json).</summary>
    public static string Scenario(string name) => Path.Combine(ScenariosDirectory, name + ".json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Economics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Economics.sln above {AppContext.BaseDirectory}.");
    }
}
