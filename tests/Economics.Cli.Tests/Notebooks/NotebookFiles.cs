using System.Text.RegularExpressions;

namespace Economics.Cli.Tests.Notebooks;

/// <summary>The notebooks the tests run: every <c>.ipynb</c> in notebooks/, discovered, so a new or rewritten
/// notebook is tested without touching the tests.</summary>
internal static partial class NotebookFiles
{
    public static IReadOnlyList<string> All() =>
        [.. Directory.EnumerateFiles(RepoPaths.Notebooks, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public static TheoryData<string> Theory()
    {
        var data = new TheoryData<string>();
        foreach (string notebook in All())
        {
            data.Add(notebook);
        }

        return data;
    }

    /// <summary>Whether a cell builds a chart: it calls one of the chart classes _setup.dib declares
    /// (<c>RunCharts.X(…)</c>, <c>AnalysisCharts.X(…)</c>, <c>AnalysisChartSets.X(…)</c>).</summary>
    public static bool IsChartCell(string code) => ChartCall().IsMatch(code);

    [GeneratedRegex(@"\b\w*(Charts|ChartSets)\.\w+\(")]
    private static partial Regex ChartCall();
}
