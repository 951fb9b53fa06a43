using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Economics.Charts.Theme;

/// <summary>Trace factories over Plotly.NET.CSharp with the project's conventions: dates on x, NaN as a gap,
/// a hover template carrying the unit, a legend group per trace.</summary>
internal static class Traces
{
    /// <summary>A line.</summary>
    public static GenericChart Line<TX>(IEnumerable<TX> x, IEnumerable<double> y, string name, string color, string hoverFormat,
        StyleParam.DrawingStyle? dash = null, double width = 2.5, string? yAxis = null, bool showLegend = true)
        where TX : IConvertible
    {
        var chart = C.Chart.Line<TX, double, string>(x, y, Name: name, ShowLegend: showLegend, LineColor: Color.fromHex(color),
            LineWidth: width, LineDash: dash ?? StyleParam.DrawingStyle.Solid);
        return With(chart, ("hovertemplate", Hover(hoverFormat, name)), ("yaxis", yAxis));
    }

    /// <summary>A filled area stacked with the other traces of <paramref name="stackGroup"/>.</summary>
    public static GenericChart StackedArea<TX>(IEnumerable<TX> x, IEnumerable<double> y, string name, string color, string hoverFormat,
        string stackGroup, string? yAxis = null, string? groupNorm = null)
        where TX : IConvertible
    {
        var chart = C.Chart.StackedArea<TX, double, string>(x, y, Name: name, LineColor: Color.fromHex(color), LineWidth: 0.5);
        return With(chart,
            ("stackgroup", stackGroup),
            ("fillcolor", Fade(color, 0.75)),
            ("groupnorm", groupNorm),
            ("hovertemplate", Hover(hoverFormat, name)),
            ("yaxis", yAxis));
    }

    // "%{y:,.0f}<extra>name</extra>"; an SI count (which d3 writes as "1G" for a billion) and an SI amount of USD
    // (which it writes as "$800m" for $0.80) hover in full.
    private static string Hover(string format, string name) =>
        $"%{{y:{HoverFormat(format)}}}<extra>{Escape(name)}</extra>";

    /// <summary>The d3 format hover text uses for values ticked with <paramref name="tickFormat"/>: SI counts and
    /// SI amounts of USD in full (<see cref="Units.CountFull"/>, <see cref="Units.UsdFine"/>), others as ticked.</summary>
    public static string HoverFormat(string tickFormat) => tickFormat switch
    {
        Units.CountSi => Units.CountFull,
        Units.UsdSi => Units.UsdFine,
        _ => tickFormat,
    };

    /// <summary>A filled band between <paramref name="lower"/> and <paramref name="upper"/> (two traces).</summary>
    public static GenericChart Band<TX>(IReadOnlyList<TX> x, IReadOnlyList<double> lower, IReadOnlyList<double> upper, string name,
        string color, double opacity, string hoverFormat)
        where TX : IConvertible
    {
        var low = C.Chart.Line<TX, double, string>(x, lower, Name: name + " (lower)", ShowLegend: false,
            LineColor: Color.fromHex(color), LineWidth: 0.0);
        low = With(low, ("hovertemplate", $"%{{y:{HoverFormat(hoverFormat)}}}<extra>{Escape(name)} low</extra>"), ("legendgroup", name));
        var high = C.Chart.Line<TX, double, string>(x, upper, Name: name, ShowLegend: true,
            LineColor: Color.fromHex(color), LineWidth: 0.0);
        high = With(high, ("fill", "tonexty"), ("fillcolor", Fade(color, opacity)), ("legendgroup", name),
            ("hovertemplate", $"%{{y:{HoverFormat(hoverFormat)}}}<extra>{Escape(name)} high</extra>"));
        return C.Chart.Combine([low, high]);
    }

    /// <summary>Sets trace properties (null values are skipped) on every trace of <paramref name="chart"/>.</summary>
    public static GenericChart With(GenericChart chart, params (string Key, object? Value)[] properties)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            foreach (var (key, value) in properties)
            {
                if (value is not null)
                {
                    trace.SetProperty(key, value);
                }
            }
        }

        return chart;
    }

    /// <summary><paramref name="hex"/> (#rrggbb) as an rgba() colour with <paramref name="alpha"/>.</summary>
    public static string Fade(string hex, double alpha)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hex);
        if (hex.Length != 7 || hex[0] != '#')
        {
            throw new ArgumentException($"colour '{hex}' is not #rrggbb", nameof(hex));
        }

        int r = Convert.ToInt32(hex.Substring(1, 2), 16);
        int g = Convert.ToInt32(hex.Substring(3, 2), 16);
        int b = Convert.ToInt32(hex.Substring(5, 2), 16);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"rgba({r},{g},{b},{alpha:0.###})");
    }

    /// <summary>Escapes text placed inside plotly's HTML-like labels.</summary>
    public static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
