using System.Globalization;
using Economics.Analysis.Comparison;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Sensitivity;
using Economics.Analysis.Sweeps;
using Economics.Charts;
using Economics.Charts.Analysis;
using Economics.Charts.Export;
using Economics.Charts.Single;
using Economics.Model.Results;
using Spectre.Console;

namespace Economics.Cli;

/// <summary>
/// Writes the charts a command was asked for (<c>--format html,png,svg</c>) under <c>DIR/charts/</c>. HTML is offline
/// (plotly.js inlined). PNG and SVG go through Chromium, started once for all charts of a command; when Chromium is
/// missing they are skipped with one line on the error console naming the install command, and the other files are
/// still written. Each method returns the files written (none when no chart format was asked for).
/// </summary>
public static class ChartOutputs
{
    /// <summary>Folder under the output directory that receives the charts.</summary>
    public const string ChartsFolder = "charts";

    /// <summary>The charts of one run (<see cref="RunCharts.All"/>).</summary>
    public static IReadOnlyList<string> ForRun(SimulationResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => RunCharts.All(result), directory, formats, console, size);
    }

    /// <summary>Monte Carlo: a fan chart per series and the probability of viability (<see cref="AnalysisChartSets.MonteCarlo"/>).</summary>
    public static IReadOnlyList<string> ForMonteCarlo(MonteCarloResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => AnalysisChartSets.MonteCarlo(result), directory, formats, console, size);
    }

    /// <summary>Sensitivity: the tornado (<see cref="AnalysisChartSets.Sensitivity"/>).</summary>
    public static IReadOnlyList<string> ForSensitivity(TornadoResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => AnalysisChartSets.Sensitivity(result), directory, formats, console, size);
    }

    /// <summary>Sweep: a heatmap per metric (two parameters) or a line (one), with the contour at
    /// <paramref name="contour"/> or the metric's natural break-even level (<see cref="AnalysisChartSets.Sweep"/>).</summary>
    public static IReadOnlyList<string> ForSweep(SweepResult result, double? contour, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => AnalysisChartSets.Sweep(result, contour), directory, formats, console, size);
    }

    /// <summary>Compare: the key monthly series of every scenario overlaid (<see cref="AnalysisChartSets.Comparison"/>).</summary>
    public static IReadOnlyList<string> ForComparison(ComparisonResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => AnalysisChartSets.Comparison(result), directory, formats, console, size);
    }

    // The one export path: build the charts only when a chart format was asked for, write them in one batch (one
    // Chromium), warn once when images were skipped.
    private static IReadOnlyList<string> Write(Func<IReadOnlyList<NamedChart>> charts, string directory, OutputFormats formats,
        CliConsole console, ImageSize? size)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(console);
        if (!formats.AnyChart)
        {
            return [];
        }

        var chartFormats = (formats.Html ? ChartFormats.Html : ChartFormats.None)
            | (formats.Png ? ChartFormats.Png : ChartFormats.None)
            | (formats.Svg ? ChartFormats.Svg : ChartFormats.None);
        var export = ChartExport.WriteAllAsync(charts(), Path.Combine(directory, ChartsFolder), chartFormats, size)
            .GetAwaiter().GetResult();
        if (export.ImageError is { } error)
        {
            console.Error.MarkupLine($"[yellow]warning:[/] {Markup.Escape(error)} (PNG/SVG skipped; HTML and CSV written)");
        }

        console.Error.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"charts: {export.Files.Count} file(s) in {export.Elapsed.TotalSeconds:0.0} s"));
        return export.Files;
    }
}
