using System.Globalization;
using Economics.Charts.Export;
using Economics.Charts.Single;
using Economics.Model.Results;
using Spectre.Console;

namespace Economics.Cli;

/// <summary>Writes the charts a command was asked for (<c>--format html,png,svg</c>) under <c>DIR/charts/</c>.</summary>
public static class ChartOutputs
{
    /// <summary>Folder under the output directory that receives the charts.</summary>
    public const string ChartsFolder = "charts";

    /// <summary>
    /// Writes the charts of one run; returns the files written. HTML is offline (plotly.js inlined). PNG and SVG go
    /// through Chromium, started once for all charts; when Chromium is missing they are skipped with one line on the
    /// error console naming the install command, and the other files are still written.
    /// </summary>
    public static IReadOnlyList<string> ForRun(SimulationResult result, string directory, OutputFormats formats, CliConsole console,
        ImageSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(console);
        if (!formats.AnyChart)
        {
            return [];
        }

        var chartFormats = (formats.Html ? ChartFormats.Html : ChartFormats.None)
            | (formats.Png ? ChartFormats.Png : ChartFormats.None)
            | (formats.Svg ? ChartFormats.Svg : ChartFormats.None);
        var charts = RunCharts.All(result);
        var export = ChartExport.WriteAllAsync(charts, Path.Combine(directory, ChartsFolder), chartFormats, size)
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
