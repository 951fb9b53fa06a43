using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Economics.Notebooks;

/// <summary>
/// A chart as a notebook shows it: the plotly.js figure (JSON) of an Economics.Charts chart, displayed by
/// <see cref="ToHtml"/> with plotly.js inline — no CDN, no require.js, nothing fetched at view time.
/// </summary>
/// <param name="FigureJson">The figure, <c>{"data": […], "layout": {…}}</c>, safe inside a script element.</param>
public sealed record NotebookChart(string FigureJson)
{
    /// <summary>The attribute that marks the inline plotly.js script of a chart's HTML (its value is the plotly.js
    /// version), so a page holding many charts can keep one copy.</summary>
    public const string PlotlyScriptAttribute = "data-econ-plotly";

    /// <summary>The class of the element a chart is drawn into.</summary>
    public const string ChartClassName = "econ-chart";

    /// <summary>Height of the chart in the notebook. Unit: CSS pixels.</summary>
    public int HeightPx { get; init; } = 560;

    /// <summary>The chart's file name, for a named chart (e.g. <c>revenue-vs-costs</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The chart's caption, for a named chart.</summary>
    public string? Caption { get; init; }

    /// <summary>The element id, the same for the same figure (outputs do not change between runs).</summary>
    public string ElementId => "econ-chart-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FigureJson)))[..16];

    /// <summary>The <c>&lt;script&gt;</c> element holding plotly.js, as every chart's HTML carries it. Its UMD
    /// wrapper is given no <c>define</c>/<c>module</c>, so it sets <c>window.Plotly</c> also where require.js is
    /// loaded (classic Jupyter).</summary>
    public static string PlotlyScript =>
        $"<script type=\"text/javascript\" {PlotlyScriptAttribute}=\"{ChartLibrary.PlotlyVersion}\">(function (define, module, exports) {{\n{ChartLibrary.PlotlyJsSource}\n}})();</script>";

    /// <summary>The chart's HTML without plotly.js: the element and the script that draws into it (for a page that
    /// loads plotly.js once).</summary>
    public string ToHtmlWithoutPlotly() => string.Create(CultureInfo.InvariantCulture, $$"""
        <div class="{{ChartClassName}}" id="{{ElementId}}" style="width:100%;height:{{HeightPx}}px"></div>
        <script type="text/javascript">(function () {
          var here = document.currentScript, el = null;
          for (var n = here && here.previousElementSibling; n; n = n.previousElementSibling) { if (n.classList && n.classList.contains('{{ChartClassName}}')) { el = n; break; } }
          el = el || document.getElementById('{{ElementId}}');
          var fig = {{FigureJson}};
          if (typeof Plotly === 'undefined') { el.textContent = 'plotly.js did not load, so this chart cannot be drawn.'; return; }
          Plotly.newPlot(el, fig.data, fig.layout, { responsive: true, displaylogo: false });
        })();</script>
        """);

    /// <summary>The chart's HTML as a notebook output: plotly.js inline, then the chart.</summary>
    public string ToHtml() => PlotlyScript + "\n" + ToHtmlWithoutPlotly();

    /// <inheritdoc />
    public override string ToString() => Caption ?? Id ?? "chart";
}
