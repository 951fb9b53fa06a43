using System.Reflection;
using Plotly.NET;

namespace Economics.Charts.Export;

/// <summary>
/// The plotly.js source that Plotly.NET ships (and inlines for <see cref="PlotlyJSReference.Full"/>), read once
/// from Plotly.NET's assembly, so pages work offline: no CDN reference, nothing fetched at view time.
/// </summary>
public static class PlotlyJs
{
    private static readonly Lazy<string> Lazy = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The plotly.js version (as Plotly.NET reports it).</summary>
    public static string Version => Globals.PLOTLYJS_VERSION;

    /// <summary>The minified plotly.js source (≈ 3.6 MB).</summary>
    public static string Source => Lazy.Value;

    /// <summary>A <c>&lt;script&gt;</c> element holding the whole library inline.</summary>
    public static string InlineScriptTag => "<script type=\"text/javascript\">" + Source + "</script>";

    /// <summary>The file name of the shared copy a set of chart pages in one folder loads (written once by
    /// <see cref="ChartExport.WriteAllAsync"/>, next to the pages: offline, one 3.6 MB copy for the set).</summary>
    public const string FileName = "plotly.min.js";

    /// <summary>A <c>&lt;script&gt;</c> element loading <see cref="FileName"/> from the page's own folder.</summary>
    public static string SharedScriptTag => $"<script type=\"text/javascript\" src=\"{FileName}\" charset=\"utf-8\"></script>";

    private static string Read()
    {
        Assembly assembly = typeof(GenericChart).Assembly;
        string name = $"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js";
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET {assembly.GetName().Version} does not embed {name}; the offline plotly.js source is missing");
        using var reader = new StreamReader(stream);
        string source = reader.ReadToEnd();
        if (source.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            // An inline script ends at the first "</script"; escape it inside the library text.
            source = source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        }

        return source;
    }
}
