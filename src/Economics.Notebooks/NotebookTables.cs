using System.Globalization;
using System.Net;
using System.Text;
using Deedle;
using Economics.Model.Results;

namespace Economics.Notebooks;

/// <summary>
/// HTML tables for notebook outputs: the notebooks' setup registers these as the <c>text/html</c> formatters of
/// Deedle frames, run summaries and results, so they render as tables rather than object trees.
/// Numbers are invariant culture, four significant digits; missing (not applicable) values are empty cells.
/// </summary>
public static class NotebookTables
{
    /// <summary>Rows shown at the head and at the tail of a long frame; the rows between are elided.</summary>
    public const int EdgeRows = 12;

    /// <summary>A frame as an HTML table: the first and last <see cref="EdgeRows"/> rows when longer.</summary>
    public static string ToHtml<TRow, TColumn>(Frame<TRow, TColumn> frame)
        where TRow : notnull
        where TColumn : notnull
    {
        ArgumentNullException.ThrowIfNull(frame);
        var rows = frame.RowKeys.ToList();
        var columns = frame.ColumnKeys.ToList();
        var shown = rows.Count > 2 * EdgeRows ? rows.Take(EdgeRows).Concat(rows.Skip(rows.Count - EdgeRows)).ToList() : rows;
        var html = new StringBuilder("<table><thead><tr><th></th>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (int i = 0; i < shown.Count; i++)
        {
            if (i == EdgeRows && shown.Count < rows.Count)
            {
                html.Append("<tr><td colspan=\"").Append((columns.Count + 1).ToString(CultureInfo.InvariantCulture))
                    .Append("\">… ").Append((rows.Count - shown.Count).ToString(CultureInfo.InvariantCulture)).Append(" rows …</td></tr>");
            }

            var row = frame.Rows[shown[i]];
            html.Append("<tr><th>").Append(Encode(shown[i])).Append("</th>");
            foreach (var column in columns)
            {
                var value = row.TryGet(column);
                html.Append("<td>").Append(value.HasValue ? Encode(value.Value) : string.Empty).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A run's answers as a two-column table (answer, value), in <c>summary.json</c> names.</summary>
    public static string ToHtml(SimulationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Properties(summary, "answer");
    }

    /// <summary>A record as a two-column table of its public properties (camelCase name, value), e.g. a break-even
    /// result.</summary>
    /// <param name="record">Any object.</param>
    /// <param name="heading">Heading of the name column.</param>
    public static string Properties(object record, string heading = "name")
    {
        ArgumentNullException.ThrowIfNull(record);
        var html = new StringBuilder("<table><thead><tr><th>").Append(WebUtility.HtmlEncode(heading)).Append("</th><th>value</th></tr></thead><tbody>");
        foreach (var property in record.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            string name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(name)).Append("</td><td>")
                .Append(Encode(property.GetValue(record))).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A run as the table of its answers (the monthly series are charted, not listed).</summary>
    public static string ToHtml(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ToHtml(result.Summary);
    }

    /// <summary>Sentences as an HTML bullet list (e.g. <c>RunAnswers.All(result)</c>); show it with the kernel's
    /// <c>HTML(…)</c> helper.</summary>
    public static string Bullets(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var html = new StringBuilder("<ul>");
        foreach (string line in lines)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(line)).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    /// <summary>From here up, G4 would switch to E-notation (four significant digits).</summary>
    private const double LargeFrom = 1e4;

    private const int SignificantDigits = 4;

    private static string Large(double d)
    {
        double scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(d))) + 1 - SignificantDigits);
        return (Math.Round(d / scale, MidpointRounding.AwayFromZero) * scale).ToString("#,0", CultureInfo.InvariantCulture);
    }

    /// <summary>Below this magnitude G4 would switch to E-notation (6.96E-05): such numbers are written in full digits
    /// instead ("0.0000696").</summary>
    private const double SmallBelow = 1e-4;

    /// <summary>One value as cell text: numbers to four significant digits, never in E-notation (from 10,000 up rounded
    /// and with thousands separators, "111,200", where G4 would write 1.112E+05; below 0.0001 in full digits,
    /// "0.0000696"), NaN and null as empty; a dictionary's entries as "key: value" (a missing value "n/a").</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => string.Empty,
        double d when double.IsFinite(d) && Math.Abs(d) >= LargeFrom => Large(d),
        double d when double.IsFinite(d) && d != 0 && Math.Abs(d) < SmallBelow => Economics.Analysis.Text.HumanFormat.Number(d, SignificantDigits),
        double d => d.ToString("G4", CultureInfo.InvariantCulture),
        float f => Format((double)f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        KeyValuePair<string, double> kv => Entry(kv.Key, kv.Value),
        KeyValuePair<string, double?> kv => Entry(kv.Key, kv.Value),
        KeyValuePair<string, int?> kv => Entry(kv.Key, kv.Value),
        System.Collections.IEnumerable items and not string => string.Join(", ", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? string.Empty,
    };

    // A dictionary entry: "claude_haiku_4_5: 1.003"; a missing value "n/a" (a cell of its own would be empty).
    private static string Entry(string key, object? value) =>
        $"{key}: {(value is null ? Economics.Analysis.Text.HumanFormat.NotApplicable : Format(value))}";

    private static string Encode(object? value) => WebUtility.HtmlEncode(Format(value));
}
