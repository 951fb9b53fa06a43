using System.Globalization;
using System.Text;

namespace Economics.Analysis.Output;

/// <summary>CSV as this package writes it: comma separated, invariant culture, round-trip numbers, "not
/// applicable" (NaN) as an empty cell, fields quoted when they hold a comma, quote or newline.</summary>
public static class CsvFormat
{
    /// <summary>A number as a CSV cell: shortest round-trip form ("R"), empty for NaN.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A text field, quoted when needed.</summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Joins cells into one line (no newline).</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells);

    /// <summary>Writes a table: a header and rows of cells, lines ending in '\n'.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new StringBuilder();
        builder.Append(Line(header.Select(Text))).Append('\n');
        foreach (var row in rows)
        {
            builder.Append(Line(row)).Append('\n');
        }

        return builder.ToString();
    }
}
