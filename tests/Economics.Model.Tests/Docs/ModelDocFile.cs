using Economics.Model.Tests.Scenarios;

namespace Economics.Model.Tests.Docs;

/// <summary>docs/MODEL.md: where it is and how to read it.</summary>
internal static class ModelDocFile
{
    /// <summary>Environment variable that makes the doc tests rewrite the generated section instead of failing.</summary>
    public const string UpdateVariable = "ECON_UPDATE_DOCS";

    /// <summary>The command that regenerates the doc's generated section.</summary>
    public const string RegenerateCommand = "ECON_UPDATE_DOCS=1 dotnet test tests/Economics.Model.Tests --filter ModelDocTests";

    /// <summary>Full path of docs/MODEL.md.</summary>
    public static string FilePath => Path.Combine(RepoFiles.RepoRoot, "docs", "MODEL.md");

    /// <summary>The document with LF line endings.</summary>
    public static string Read() => File.ReadAllText(FilePath).ReplaceLineEndings("\n");

    /// <summary>Whether the user asked to regenerate the doc.</summary>
    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";
}
