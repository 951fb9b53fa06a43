using Economics.Model.Results;

namespace Economics.Analysis.Output;

/// <summary>Writes the files of one run into a folder: <c>monthly.csv</c> and <c>summary.json</c>, each atomically.</summary>
public static class RunOutputs
{
    /// <summary>File name of the per-month table.</summary>
    public const string MonthlyFileName = "monthly.csv";

    /// <summary>File name of the answers.</summary>
    public const string SummaryFileName = "summary.json";

    /// <summary>Writes both files into <paramref name="directory"/> (created if missing); returns their paths.</summary>
    public static IReadOnlyList<string> Write(SimulationResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string monthly = Path.Combine(directory, MonthlyFileName);
        string summary = Path.Combine(directory, SummaryFileName);
        MonthlyTable.Write(result, monthly);
        SummaryJson.Write(result.Summary, summary);
        return [monthly, summary];
    }

    /// <summary>The default output folder of a scenario: <c>out/&lt;scenario name&gt;</c>.</summary>
    public static string DefaultDirectory(string scenarioName) => Path.Combine("out", scenarioName);
}
