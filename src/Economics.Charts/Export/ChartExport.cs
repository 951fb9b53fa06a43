using System.Diagnostics;
using Economics.Analysis.Output;
using Plotly.NET;

namespace Economics.Charts.Export;

/// <summary>
/// Writes charts to files, atomically (rendered to a temporary file, then moved): offline HTML (no CDN: one chart's
/// page inlines plotly.js, a batch shares one <see cref="PlotlyJs.FileName"/> in its folder), PNG and SVG through
/// Chromium (<see cref="ChromiumRenderer"/>, one browser for a whole batch).
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
        WriteBytes(path, CheckedPng(await renderer.RenderPngAsync(chart, size).ConfigureAwait(false), path, size ?? ImageSize.Default));
    }

    /// <summary>Writes one chart as SVG to <paramref name="path"/>.</summary>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed.</exception>
    public static async Task WriteSvgAsync(GenericChart chart, string path, ImageSize? size = null, ChromiumOptions? chromium = null)
    {
        await using var renderer = await ChromiumRenderer.StartAsync(chromium).ConfigureAwait(false);
        AtomicFile.WriteAllText(path, CheckedSvg(await renderer.RenderSvgAsync(chart, size).ConfigureAwait(false), path, size ?? ImageSize.Default));
    }

    /// <summary>
    /// Writes every chart in <paramref name="formats"/> to <c>directory/&lt;id&gt;.&lt;ext&gt;</c>. HTML pages load
    /// plotly.js from one copy, <c>directory/plotly.min.js</c> (written once, listed first in the result's files), so
    /// the folder works offline and carries the library once. HTML is always written when asked for; when Chromium is missing, PNG/SVG are skipped and
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
        if (formats.HasFlag(ChartFormats.Html) && list.Count > 0)
        {
            string script = Path.GetFullPath(Path.Combine(directory, PlotlyJs.FileName));
            AtomicFile.WriteAllText(script, PlotlyJs.Source);
            files.Add(script);
            foreach (var chart in list)
            {
                string path = Path.GetFullPath(Path.Combine(directory, chart.Id + ".html"));
                AtomicFile.WriteAllText(path, ChartHtml.Page(chart.Chart, chart.Caption, s, sharedPlotly: true));
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
                        WriteBytes(path, CheckedPng(await renderer.RenderPngAsync(chart.Chart, s).ConfigureAwait(false), path, s));
                        files.Add(path);
                    }

                    if (formats.HasFlag(ChartFormats.Svg))
                    {
                        string path = Path.GetFullPath(Path.Combine(directory, chart.Id + ".svg"));
                        AtomicFile.WriteAllText(path, CheckedSvg(await renderer.RenderSvgAsync(chart.Chart, s).ConfigureAwait(false), path, s));
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

    /// <summary>The PNG signature every rendered image must start with.</summary>
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary><paramref name="png"/> when it is a PNG; otherwise (Chromium gave up: empty data) an
    /// <see cref="OutputWriteException"/>, so that no empty file replaces a chart.</summary>
    internal static byte[] CheckedPng(byte[] png, string path, ImageSize size) =>
        png.AsSpan().StartsWith(PngSignature) ? png : throw NoImage(path, size, png.Length);

    /// <summary><paramref name="svg"/> when it holds an SVG element; otherwise an <see cref="OutputWriteException"/>.</summary>
    internal static string CheckedSvg(string svg, string path, ImageSize size) =>
        svg.Contains("<svg", StringComparison.Ordinal) ? svg : throw NoImage(path, size, svg.Length);

    private static OutputWriteException NoImage(string path, ImageSize size, int length) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"cannot write {path}: Chromium returned no image ({length} bytes) at {size.Width} × {size.Height} px, scale {size.Scale}; the previous charts are unchanged (try a smaller --scale or size)"));

    private static void WriteBytes(string path, byte[] bytes) => AtomicFile.Write(path, stream => stream.Write(bytes, 0, bytes.Length));
}
