namespace Economics.Charts.Export;

/// <summary>The files a chart export writes.</summary>
[Flags]
public enum ChartFormats
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Offline HTML (plotly.js inlined).</summary>
    Html = 1,

    /// <summary>PNG through Chromium.</summary>
    Png = 2,

    /// <summary>SVG through Chromium.</summary>
    Svg = 4,
}
