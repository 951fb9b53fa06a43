using System.Globalization;
using System.Net;
using Plotly.NET;

namespace Economics.Charts.Export;

/// <summary>Self-contained HTML for one chart: plotly.js inline, the figure as JSON, no external resource.</summary>
public static class ChartHtml
{
    /// <summary>The page for <paramref name="chart"/>: full width up to <paramref name="size"/>'s width, its height.</summary>
    public static string Page(GenericChart chart, string title, ImageSize? size = null)
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
            {PlotlyJs.InlineScriptTag}
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
