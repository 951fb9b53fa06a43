using System.Diagnostics;
using Economics.Analysis.Output;
using Plotly.NET;

namespace Economics.Charts.Export;

/// <summary>
/// Writes charts to files, atomically (rendered to a temporary file, then moved): offline HTML (plotly.js inlined,
/// no CDN), PNG and SVG through Chromium (<see cref="ChromiumRenderer"/>, one browser for a whole batch).
/// </summary>
public static class ChartExport
{
    /// <summary>Writes one chart as offline HTML to <paramref name="path"/>.</summary>
    public static void WriteHtml(GenericChart chart, string path, string title, ImageSize? size = null) =>
        AtomicFile.WriteAllText(path, ChartHtml.Page(chart, title, size));

    /// <summary>Writes one chart as PNG to <paramref name="path"/> (starts and stops Chromium; for many charts use
    /// <see cref="WriteAllAsync"/>).</summary>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed.</exception>
    public static async Task WritePngAsync(GenericChart chart, string path, ImageSize? size = null, ChromiumOptions? chromium = null)
    {
        await using var renderer = await ChromiumRenderer.StartAsync(chromium).ConfigureAwait(false);
        WriteBytes(path, await renderer.RenderPngAsync(chart, size).ConfigureAwait(false));
    }

    /// <summary>Writes one chart as SVG to <paramref name="path"/>.</summary>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed.</exception>
    public static async Task WriteSvgAsync(GenericChart chart, string path, ImageSize? size = null, ChromiumOptions? chromium = null)
    {
        await using var renderer = await ChromiumRenderer.StartAsync(chromium).ConfigureAwait(false);
        AtomicFile.WriteAllText(path, await renderer.RenderSvgAsync(chart, size).ConfigureAwait(false));
    }

    /// <summary>
    /// Writes every chart in <paramref name="formats"/> to <c>directory/&lt;id&gt;.&lt;ext&gt;</c>. HTML is always
    /// written when asked for; when Chromium is missing, PNG/SVG are skipped and
    /// <see cref="ChartExportResult.ImageError"/> says why in one line (nothing is thrown).
    /// </summary>
    public static async Task<ChartExportResult> WriteAllAsync(IEnumerable<NamedChart> charts, string directory, ChartFormats formats,
        ImageSize? size = null, ChromiumOptions? chromium = null)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var clock = Stopwatch.StartNew();
        var list = charts.ToList();
        var files = new List<string>();
        var s = size ?? ImageSize.Default;
        if (formats.HasFlag(ChartFormats.Html))
        {
            foreach (var chart in list)
            {
                string path = Path.GetFullPath(Path.Combine(directory, chart.Id + ".html"));
                WriteHtml(chart.Chart, path, chart.Caption, s);
                files.Add(path);
            }
        }

        string? imageError = null;
        if ((formats & (ChartFormats.Png | ChartFormats.Svg)) != 0 && list.Count > 0)
        {
            try
            {
                await using var renderer = await ChromiumRenderer.StartAsync(chromium).ConfigureAwait(false);
                foreach (var chart in list)
                {
                    if (formats.HasFlag(ChartFormats.Png))
                    {
                        string path = Path.GetFullPath(Path.Combine(directory, chart.Id + ".png"));
                        WriteBytes(path, await renderer.RenderPngAsync(chart.Chart, s).ConfigureAwait(false));
                        files.Add(path);
                    }

                    if (formats.HasFlag(ChartFormats.Svg))
                    {
                        string path = Path.GetFullPath(Path.Combine(directory, chart.Id + ".svg"));
                        AtomicFile.WriteAllText(path, await renderer.RenderSvgAsync(chart.Chart, s).ConfigureAwait(false));
                        files.Add(path);
                    }
                }
            }
            catch (ChromiumNotFoundException e)
            {
                imageError = e.Message;
            }
        }

        return new ChartExportResult(files, imageError, clock.Elapsed);
    }

    private static void WriteBytes(string path, byte[] bytes) => AtomicFile.Write(path, stream => stream.Write(bytes, 0, bytes.Length));
}
