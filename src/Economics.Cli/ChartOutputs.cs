using System.Globalization;
using Economics.Analysis.Comparison;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Peers;
using Economics.Analysis.Sensitivity;
using Economics.Analysis.Sweeps;
using Economics.Analysis.Text;
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
/// missing they are skipped with one line on the error console naming the install command, what was not written and
/// exactly what was (<see cref="SkippedImages"/>); the other files are still written. Each method returns the files written (none when no chart format was asked for).
/// </summary>
public static class ChartOutputs
{
    /// <summary>Folder under the output directory that receives the charts.</summary>
    public const string ChartsFolder = "charts";

    /// <summary>The charts of one run (<see cref="RunCharts.All"/>).</summary>
    public static IReadOnlyList<string> ForRun(SimulationResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => RunCharts.All(result), directory, formats, console, size, dataFiles);
    }

    /// <summary>Monte Carlo: a fan chart per series and the probability of viability (<see cref="AnalysisChartSets.MonteCarlo"/>).</summary>
    public static IReadOnlyList<string> ForMonteCarlo(MonteCarloResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => AnalysisChartSets.MonteCarlo(result), directory, formats, console, size, dataFiles);
    }

    /// <summary>Sensitivity: the tornado (<see cref="AnalysisChartSets.Sensitivity"/>).</summary>
    public static IReadOnlyList<string> ForSensitivity(TornadoResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => AnalysisChartSets.Sensitivity(result), directory, formats, console, size, dataFiles);
    }

    /// <summary>Sweep: a heatmap per metric (two parameters) or a line (one), with the contour at
    /// <paramref name="contour"/> or the metric's natural break-even level (<see cref="AnalysisChartSets.Sweep"/>).</summary>
    public static IReadOnlyList<string> ForSweep(SweepResult result, double? contour, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => AnalysisChartSets.Sweep(result, contour), directory, formats, console, size, dataFiles);
    }

    /// <summary>Sweep with --paths: P(viable) per cell (<see cref="ViabilityGridCharts.All"/>).</summary>
    public static IReadOnlyList<string> ForViabilityGrid(ViabilityGridResult result, double? level, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => ViabilityGridCharts.All(result, level), directory, formats, console, size, dataFiles);
    }

    /// <summary>Compare: the key monthly series of every scenario overlaid (<see cref="AnalysisChartSets.Comparison"/>).</summary>
    public static IReadOnlyList<string> ForComparison(ComparisonResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => AnalysisChartSets.Comparison(result), directory, formats, console, size, dataFiles);
    }

    /// <summary>Peers: OpenGradient's projection beside the peers' histories (<see cref="PeerCharts.All"/>).</summary>
    public static IReadOnlyList<string> ForPeers(PeerAlignmentResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => PeerCharts.All(result), directory, formats, console, size, dataFiles);
    }

    /// <summary>Builder: the cost of 1,000 verified calls by volume and by tier and scheme (<see cref="BuilderCharts.All"/>).</summary>
    public static IReadOnlyList<string> ForBuilder(Economics.Analysis.Builder.BuilderResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => BuilderCharts.All(result), directory, formats, console, size, dataFiles);
    }

    /// <summary>Operator: the monthly P&amp;L of one more node and, with Monte Carlo, its NPV distribution (<see cref="OperatorCharts.All"/>).</summary>
    public static IReadOnlyList<string> ForOperator(Economics.Analysis.Operator.OperatorResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => OperatorCharts.All(result), directory, formats, console, size, dataFiles);
    }

    /// <summary>Reverse stress test: distance to failure and, with Monte Carlo, P(viable) by shock size (<see cref="StressCharts.All"/>).</summary>
    public static IReadOnlyList<string> ForStress(Economics.Analysis.Stress.StressResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null, IReadOnlyList<string>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(() => StressCharts.All(result), directory, formats, console, size, dataFiles);
    }

    /// <summary>The warning when PNG/SVG could not be rendered: why, which formats were not written, and exactly
    /// what was (the data files and the HTML charts, as far as they were).</summary>
    public static string SkippedImages(string error, OutputFormats formats, IReadOnlyList<string> chartFiles, IReadOnlyList<string> dataFiles)
    {
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(chartFiles);
        ArgumentNullException.ThrowIfNull(dataFiles);
        string skipped = (formats.Png, formats.Svg) switch
        {
            (true, true) => "PNG and SVG charts",
            (true, false) => "PNG charts",
            _ => "SVG charts",
        };
        var written = new List<string>();
        var names = dataFiles.Select(Path.GetFileName).OfType<string>().ToList();
        if (names.Count > 4)
        {
            written.Add(string.Create(CultureInfo.InvariantCulture, $"{names[0]}, {names[1]} and {names.Count - 2} more data files"));
        }
        else
        {
            written.AddRange(names);
        }

        int html = chartFiles.Count(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
        if (html > 0)
        {
            written.Add(string.Create(CultureInfo.InvariantCulture, $"{html} HTML chart{(html == 1 ? "" : "s")}"));
        }

        string what = written.Count == 0 ? "nothing else" : HumanFormat.List(written);
        return $"{error}. Not written: the {skipped}. Written: {what}.";
    }

    // The one export path: build the charts only when a chart format was asked for, write them in one batch (one
    // Chromium), warn once when images were skipped.
    private static IReadOnlyList<string> Write(Func<IReadOnlyList<NamedChart>> charts, string directory, OutputFormats formats,
        CliConsole console, ImageSize? size, IReadOnlyList<string>? dataFiles)
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
        var export = LongWork.WithStatus(console, "writing charts", () =>
            ChartExport.WriteAllAsync(charts(), Path.Combine(directory, ChartsFolder), chartFormats, size).GetAwaiter().GetResult());
        if (export.ImageError is { } error)
        {
            console.Error.MarkupLine($"[yellow]warning:[/] {Markup.Escape(SkippedImages(error, formats, export.Files, dataFiles ?? []))}");
        }

        console.Error.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"charts: {export.Files.Count} file(s) in {export.Elapsed.TotalSeconds:0.0} s"));
        return export.Files;
    }
}
