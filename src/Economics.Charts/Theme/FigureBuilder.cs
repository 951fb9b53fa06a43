using System.Globalization;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Economics.Charts.Theme;

/// <summary>
/// Assembles one figure: traces, a title that asks the chart's question (with the answer as a subtitle), axes
/// with units, event markers, and the theme's template. Layout parts are plotly.js JSON (dictionaries), set on a
/// Plotly.NET <see cref="Layout"/>; the F# layout API's optional arguments are compulsory from C#.
/// </summary>
internal sealed class FigureBuilder
{
    private readonly ChartTheme _theme;
    private readonly List<GenericChart> _traces = [];
    private readonly List<Dictionary<string, object>> _shapes = [];
    private readonly List<Dictionary<string, object>> _annotations = [];
    private readonly Dictionary<string, object> _layout = new(StringComparer.Ordinal);
    private string _title = string.Empty;
    private string? _subtitle;

    public FigureBuilder(ChartTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        _theme = theme;
    }

    /// <summary>Dates as plotly reads them.</summary>
    public static DateTime[] ToDateTimes(IEnumerable<DateOnly> dates) => dates.Select(d => d.ToDateTime(TimeOnly.MinValue)).ToArray();

    /// <summary>A date as a plotly date string.</summary>
    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public FigureBuilder Add(GenericChart trace)
    {
        _traces.Add(trace);
        return this;
    }

    /// <summary>The question the chart answers, and optionally the answer in words under it.</summary>
    public FigureBuilder Title(string question, string? answer = null)
    {
        _title = question;
        _subtitle = answer;
        return this;
    }

    /// <summary>A time axis (dates) as x axis <paramref name="id"/> ("xaxis", "xaxis2", …).</summary>
    public FigureBuilder DateAxis(string id = "xaxis", string title = "Month", string? anchor = null, string? matches = null, bool showTitle = true)
    {
        var axis = Axis(showTitle ? title : null);
        axis["type"] = "date";
        axis["tickformat"] = "%b %Y";
        axis["hoverformat"] = "%b %Y";
        Put(axis, "anchor", anchor);
        Put(axis, "matches", matches);
        _layout[id] = axis;
        return this;
    }

    /// <summary>A value axis with its unit in the title.</summary>
    /// <param name="id">"yaxis", "yaxis2", … or "xaxis" for horizontal bars.</param>
    /// <param name="title">Axis title with unit, e.g. "USD per month".</param>
    /// <param name="tickFormat">d3 format of the ticks, e.g. "$~s" or ".0%".</param>
    /// <param name="log">Logarithmic scale.</param>
    /// <param name="domain">Vertical share of the plot area [from, to] for stacked panels.</param>
    /// <param name="range">Fixed range; for a log axis give log10 values.</param>
    /// <param name="overlaying">Axis this one is drawn over (a secondary axis), e.g. "y".</param>
    /// <param name="side">"left" or "right".</param>
    /// <param name="anchor">The axis this one is anchored to, e.g. "x2".</param>
    /// <param name="showGrid">Draw grid lines (off for a secondary axis).</param>
    /// <param name="rangeModeToZero">Start the range at zero.</param>
    /// <param name="tickStep">Distance between ticks in axis units (e.g. 12 months); null lets plotly choose.</param>
    public FigureBuilder ValueAxis(string id, string title, string? tickFormat = null, bool log = false, double[]? domain = null,
        double[]? range = null, string? overlaying = null, string? side = null, string? anchor = null, bool showGrid = true,
        bool rangeModeToZero = false, double? tickStep = null)
    {
        var axis = Axis(title);
        if (tickFormat == Units.CountSi)
        {
            // d3's SI format writes a billion as "1G"; Plotly's own labels with exponentformat "B" write "1B".
            axis["exponentformat"] = "B";
            axis["hoverformat"] = Units.CountFull;
        }
        else if (tickFormat == Units.UsdSi)
        {
            axis["tickformat"] = Units.UsdSi;
            axis["tickformatstops"] = UsdSiStops();
            axis["hoverformat"] = Units.UsdFine;
        }
        else
        {
            Put(axis, "tickformat", tickFormat);
            Put(axis, "hoverformat", tickFormat);
        }

        if (log)
        {
            axis["type"] = "log";
        }

        Put(axis, "domain", domain);
        Put(axis, "range", range);
        Put(axis, "overlaying", overlaying);
        Put(axis, "side", side);
        Put(axis, "anchor", anchor);
        axis["showgrid"] = showGrid;
        if (rangeModeToZero)
        {
            axis["rangemode"] = "tozero";
        }

        Put(axis, "dtick", tickStep);
        _layout[id] = axis;
        return this;
    }

    /// <summary>Ticks of the axis <paramref name="id"/> (declared before) exactly at <paramref name="values"/>, written as
    /// <paramref name="texts"/>: e.g. a heatmap's cell centres. Call after <see cref="ValueAxis"/>.</summary>
    /// <exception cref="InvalidOperationException">The axis was not declared.</exception>
    /// <exception cref="ArgumentException">The texts differ in number from the values.</exception>
    public FigureBuilder TickLabels(string id, IReadOnlyList<double> values, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(texts);
        if (values.Count != texts.Count)
        {
            throw new ArgumentException($"{texts.Count} tick texts for {values.Count} tick values", nameof(texts));
        }

        if (!_layout.TryGetValue(id, out var existing) || existing is not Dictionary<string, object> axis)
        {
            throw new InvalidOperationException($"declare the axis '{id}' before its tick labels");
        }

        axis["tickmode"] = "array";
        axis["tickvals"] = values.ToArray();
        axis["ticktext"] = texts.ToArray();
        return this;
    }

    /// <summary>A category axis (e.g. the names on a tornado).</summary>
    public FigureBuilder CategoryAxis(string id, string? title, bool reversed = false)
    {
        var axis = Axis(title);
        axis["type"] = "category";
        axis["automargin"] = true;
        if (reversed)
        {
            axis["autorange"] = "reversed";
        }

        _layout[id] = axis;
        return this;
    }

    /// <summary>A dashed vertical line at <paramref name="date"/> across the whole plot, labelled at the top.</summary>
    /// <param name="date">The month marked.</param>
    /// <param name="label">The label, to the right of the line's top.</param>
    /// <param name="color">Its colour; null for the theme's event colour.</param>
    /// <param name="row">0 to label it just above the plot; 1 one text row higher, for a marker whose label would run
    /// into the next marker's (e.g. markers a year apart on a ten-year axis).</param>
    public FigureBuilder VerticalMarker(DateOnly date, string label, string? color = null, int row = 0) =>
        VerticalMarker(DateText(date), DateText(date), label, color, "x", row);

    /// <summary>A dashed vertical line at x = <paramref name="x"/> across the whole plot, labelled at the top.</summary>
    public FigureBuilder VerticalMarker(object x, string label, string? color = null, string xref = "x") =>
        VerticalMarker(x, x, label, color, xref, 0);

    /// <summary>A dashed vertical line at x = <paramref name="x"/> on a log x axis, labelled at the top (plotly places
    /// shapes in data units but annotations in log₁₀ units on a log axis: the label at x itself fell off the plot).</summary>
    public FigureBuilder VerticalMarkerOnLogAxis(double x, string label, string? color = null) =>
        VerticalMarker(x, Math.Log10(x), label, color, "x", 0);

    /// <summary>Height of one row of marker labels, in px: the label's font and a little space.</summary>
    private int MarkerRowPx => _theme.FontSize + 4;

    private FigureBuilder VerticalMarker(object x, object labelX, string label, string? color, string xref, int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        string c = color ?? _theme.EventColor;
        _shapes.Add(new(StringComparer.Ordinal)
        {
            ["type"] = "line", ["xref"] = xref, ["yref"] = "paper", ["x0"] = x, ["x1"] = x, ["y0"] = 0, ["y1"] = 1,
            ["line"] = new Dictionary<string, object> { ["color"] = c, ["width"] = 1.5, ["dash"] = "dash" },
        });
        _annotations.Add(new(StringComparer.Ordinal)
        {
            ["xref"] = xref, ["yref"] = "paper", ["x"] = labelX, ["y"] = 1, ["yanchor"] = "bottom", ["xanchor"] = "left",
            ["text"] = Traces.Escape(label), ["showarrow"] = false,
            ["font"] = new Dictionary<string, object> { ["color"] = c, ["size"] = _theme.FontSize - 1 },
        });
        if (row > 0)
        {
            _annotations[^1]["yshift"] = row * MarkerRowPx;
        }

        return this;
    }

    /// <summary>A shaded window from <paramref name="from"/> to <paramref name="to"/>, labelled at the top.</summary>
    /// <param name="from">First month of the window.</param>
    /// <param name="to">The month after its last.</param>
    /// <param name="label">The label at its top left.</param>
    /// <param name="color">Its colour; null for the theme's event colour.</param>
    /// <param name="above">True to draw the (faint) shading over the traces, for charts whose filled areas would hide it.</param>
    public FigureBuilder Window(DateOnly from, DateOnly to, string label, string? color = null, bool above = false)
    {
        string c = color ?? _theme.EventColor;
        _shapes.Add(new(StringComparer.Ordinal)
        {
            ["type"] = "rect", ["xref"] = "x", ["yref"] = "paper", ["x0"] = DateText(from), ["x1"] = DateText(to), ["y0"] = 0, ["y1"] = 1,
            ["fillcolor"] = Traces.Fade(c, 0.12), ["line"] = new Dictionary<string, object> { ["width"] = 0 }, ["layer"] = above ? "above" : "below",
        });
        _annotations.Add(new(StringComparer.Ordinal)
        {
            ["xref"] = "x", ["yref"] = "paper", ["x"] = DateText(from), ["y"] = 1, ["yanchor"] = "bottom", ["xanchor"] = "left",
            ["text"] = Traces.Escape(label), ["showarrow"] = false,
            ["font"] = new Dictionary<string, object> { ["color"] = c, ["size"] = _theme.FontSize - 1 },
        });
        return this;
    }

    /// <summary>A horizontal line at y = <paramref name="y"/> across the plot, labelled at its right end.</summary>
    public FigureBuilder HorizontalMarker(double y, string label, string color, string yref = "y")
    {
        _shapes.Add(new(StringComparer.Ordinal)
        {
            ["type"] = "line", ["xref"] = "paper", ["yref"] = yref, ["x0"] = 0, ["x1"] = 1, ["y0"] = y, ["y1"] = y,
            ["line"] = new Dictionary<string, object> { ["color"] = color, ["width"] = 1.5, ["dash"] = "dot" },
        });
        _annotations.Add(new(StringComparer.Ordinal)
        {
            ["xref"] = "paper", ["yref"] = yref, ["x"] = 1, ["y"] = y, ["yanchor"] = "bottom", ["xanchor"] = "right",
            ["text"] = Traces.Escape(label), ["showarrow"] = false,
            ["font"] = new Dictionary<string, object> { ["color"] = color, ["size"] = _theme.FontSize - 1 },
        });
        return this;
    }

    /// <summary>A free text note in paper coordinates, shifted by <paramref name="yShift"/> px (negative: down), e.g.
    /// a source line under the x axis whatever the figure's height.</summary>
    public FigureBuilder Note(string text, double x, double y, string xanchor = "left", string yanchor = "bottom", int yShift = 0)
    {
        _annotations.Add(new(StringComparer.Ordinal)
        {
            ["xref"] = "paper", ["yref"] = "paper", ["x"] = x, ["y"] = y, ["xanchor"] = xanchor, ["yanchor"] = yanchor,
            ["yshift"] = yShift, ["text"] = text, ["showarrow"] = false, ["align"] = "left",
            ["font"] = new Dictionary<string, object> { ["color"] = _theme.MutedTextColor, ["size"] = _theme.FontSize - 1 },
        });
        return this;
    }

    /// <summary>Sets any other layout property (plotly.js JSON).</summary>
    public FigureBuilder Set(string key, object value)
    {
        _layout[key] = value;
        return this;
    }

    /// <summary>The figure, with the theme applied; no fixed size (exports and the report set it).</summary>
    public GenericChart Build()
    {
        if (_traces.Count == 0)
        {
            throw new InvalidOperationException("a figure needs at least one trace");
        }

        var chart = C.Chart.Combine(_traces);
        var layout = new Layout();
        layout.SetProperty("template", Template());
        layout.SetProperty("font", new Dictionary<string, object> { ["family"] = _theme.FontFamily, ["size"] = _theme.FontSize, ["color"] = _theme.TextColor });
        layout.SetProperty("title", TitleJson());
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 80, ["r"] = 40, ["t"] = 80 + (20 * SubtitleLines().Count), ["b"] = 40 });
        layout.SetProperty("legend", new Dictionary<string, object>
        {
            ["orientation"] = "h", ["traceorder"] = "normal", ["x"] = 0, ["xanchor"] = "left", ["y"] = -0.14, ["yanchor"] = "top",
            ["font"] = new Dictionary<string, object> { ["size"] = _theme.FontSize },
        });
        layout.SetProperty("hovermode", "x unified");
        layout.SetProperty("shapes", _shapes.ToArray());
        layout.SetProperty("annotations", _annotations.ToArray());
        foreach (var (key, value) in _layout)
        {
            layout.SetProperty(key, value);
        }

        chart = GenericChart.addLayout(layout, chart);
        var combined = GenericChart.getLayout(chart);
        combined.RemoveProperty("width");
        combined.RemoveProperty("height");
        return chart;
    }

    private Dictionary<string, object> TitleJson()
    {
        string text = Traces.Escape(_title);
        if (_subtitle is not null)
        {
            foreach (string line in SubtitleLines())
            {
                text += string.Create(CultureInfo.InvariantCulture,
                    $"<br><span style=\"font-size:{_theme.SubtitleFontSize}px;color:{_theme.MutedTextColor}\">{Traces.Escape(line)}</span>");
            }
        }

        return new Dictionary<string, object>
        {
            ["text"] = text, ["x"] = 0.01, ["xanchor"] = "left", ["y"] = 0.97, ["yanchor"] = "top",
            ["font"] = new Dictionary<string, object> { ["size"] = _theme.TitleFontSize, ["color"] = _theme.TextColor },
        };
    }

    /// <summary>The subtitle broken into lines that fit the default width (plotly does not wrap titles).</summary>
    private List<string> SubtitleLines()
    {
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(_subtitle))
        {
            return lines;
        }

        // Average glyph width ≈ 0.5 em: characters per line for the theme's width, less the margins.
        int perLine = Math.Max(40, (int)((_theme.Width - 60) / (0.52 * _theme.SubtitleFontSize)));
        var current = new System.Text.StringBuilder();
        foreach (string word in SubtitleWords(_subtitle))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > perLine)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(current.ToString());
        return lines;
    }

    /// <summary>Signs that stay on the line of the number after them: "≥ 0" is never broken into "≥" and "0".</summary>
    private static readonly HashSet<string> Relations = new(StringComparer.Ordinal) { "≥", "≤", "<", ">", "=", "≈", "×", "~" };

    /// <summary>The subtitle's words, with a lone relation sign ("≥", "(≥") joined to the word after it.</summary>
    internal static List<string> SubtitleWords(string subtitle)
    {
        var words = new List<string>();
        bool joinNext = false;
        foreach (string word in subtitle.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (joinNext)
            {
                words[^1] += " " + word;
            }
            else
            {
                words.Add(word);
            }

            joinNext = Relations.Contains(word.TrimStart('(', '['));
        }

        return words;
    }

    private Dictionary<string, object> Template() => new()
    {
        ["layout"] = new Dictionary<string, object>
        {
            ["paper_bgcolor"] = _theme.BackgroundColor,
            ["plot_bgcolor"] = _theme.BackgroundColor,
            ["colorway"] = _theme.CohortColors.ToArray(),
            ["hoverlabel"] = new Dictionary<string, object> { ["align"] = "left" },
        },
    };

    private Dictionary<string, object> Axis(string? title)
    {
        var axis = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["gridcolor"] = _theme.GridColor,
            ["linecolor"] = _theme.AxisLineColor,
            ["showline"] = true,
            ["zeroline"] = false,
            ["ticks"] = "outside",
            ["tickcolor"] = _theme.AxisLineColor,
            ["automargin"] = true,
        };
        if (title is not null)
        {
            axis["title"] = new Dictionary<string, object> { ["text"] = Traces.Escape(title), ["standoff"] = 8 };
        }

        return axis;
    }

    /// <summary>plotly.js <c>tickformatstops</c> of a <see cref="Units.UsdSi"/> axis or colour bar: ticks less than $1
    /// apart (a range of a few dollars or less, or all zeros) are written in full, not as "$800m".</summary>
    internal static object[] UsdSiStops() =>
    [
        new Dictionary<string, object?> { ["dtickrange"] = new object?[] { null, 1.0 }, ["value"] = Units.UsdFine },
    ];

    private static void Put(Dictionary<string, object> target, string key, object? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }
    }
}
