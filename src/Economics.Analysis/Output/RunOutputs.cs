using Economics.Model.Results;

namespace Economics.Analysis.Output;

/// <summary>Writes the files of one run into a folder: <c>monthly.csv</c>, <c>markets.csv</c> and <c>summary.json</c>,
/// each atomically.</summary>
public static class RunOutputs
{
    /// <summary>File name of the per-month table.</summary>
    public const string MonthlyFileName = "monthly.csv";

    /// <summary>File name of the per-market table.</summary>
    public const string MarketsFileName = "markets.csv";

    /// <summary>File name of the answers.</summary>
    public const string SummaryFileName = "summary.json";

    /// <summary>Writes the three files into <paramref name="directory"/> (created if missing); returns their paths.</summary>
    public static IReadOnlyList<string> Write(SimulationResult result, string directory) => Write(result, directory, null);

    /// <summary>Writes the three files into <paramref name="directory"/>, <c>summary.json</c> listing the <c>--set</c>
    /// overrides the run was made with (<see cref="SummaryJson.OverridesKey"/>); returns their paths.</summary>
    public static IReadOnlyList<string> Write(SimulationResult result, string directory, IReadOnlyList<string>? overrides)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string monthly = Path.Combine(directory, MonthlyFileName);
        string markets = Path.Combine(directory, MarketsFileName);
        string summary = Path.Combine(directory, SummaryFileName);
        MonthlyTable.Write(result, monthly);
        MarketsTable.Write(result, markets);
        if (overrides is null)
        {
            SummaryJson.Write(result.Summary, summary);
        }
        else
        {
            SummaryJson.Write(result.Summary, overrides, summary);
        }

        return [monthly, markets, summary];
    }

    /// <summary>The default output folder of a scenario: <c>out/&lt;scenario name&gt;</c>.</summary>
    public static string DefaultDirectory(string scenarioName) => Path.Combine("out", scenarioName);
}
