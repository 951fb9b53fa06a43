using Plotly.NET;

namespace Economics.Charts.Export;

/// <summary>The plotly.js figure JSON of a chart (<c>{"data": […], "layout": {…}}</c>), safe to place inside an
/// inline <c>&lt;script&gt;</c>.</summary>
public static class ChartJson
{
    /// <summary>The figure as JSON text; "&lt;/" is escaped so the text cannot close a script element.</summary>
    public static string Figure(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return GenericChart.toFigureJson(chart).Replace("</", "<\\/", StringComparison.Ordinal);
    }
}
