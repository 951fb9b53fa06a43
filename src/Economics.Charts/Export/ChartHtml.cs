using System.Globalization;
using System.Net;
using Plotly.NET;

namespace Economics.Charts.Export;

/// <summary>HTML for one chart: the figure as JSON and plotly.js, either inline (a self-contained page) or from the
/// shared <see cref="PlotlyJs.FileName"/> next to the page (a set of pages in one folder); nothing from the network.</summary>
public static class ChartHtml
{
    /// <summary>The page for <paramref name="chart"/>: full width up to <paramref name="size"/>'s width, its height.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="title">The page title.</param>
    /// <param name="size">The chart's size; null for <see cref="ImageSize.Default"/>.</param>
    /// <param name="sharedPlotly">True to load plotly.js from <see cref="PlotlyJs.FileName"/> in the page's folder
    /// (which the caller writes); false to inline it.</param>
    public static string Page(GenericChart chart, string title, ImageSize? size = null, bool sharedPlotly = false)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(title);
        var s = size ?? ImageSize.Default;
        return string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            {(sharedPlotly ? PlotlyJs.SharedScriptTag : PlotlyJs.InlineScriptTag)}
            </head>
            <body style="margin:0;background:#fff">
            <div id="chart" style="width:100%;max-width:{s.Width}px;height:{s.Height}px;margin:0 auto"></div>
            <script type="text/javascript">
            {PlotCall("chart", chart)}
            </script>
            </body>
            </html>

            """);
    }

    /// <summary>The JavaScript that draws <paramref name="chart"/> into the element <paramref name="elementId"/>.</summary>
    public static string PlotCall(string elementId, GenericChart chart)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(elementId);
        return $"(function () {{ var fig = {ChartJson.Figure(chart)}; " +
            $"Plotly.newPlot('{elementId}', fig.data, fig.layout, {{ responsive: true, displaylogo: false }}); }})();";
    }
}
