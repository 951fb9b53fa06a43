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
        using var writer = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture);
        WriteTable(writer, header, rows);
        return writer.ToString();
    }

    /// <summary>Streams a table to <paramref name="writer"/>: the header (quoted when needed), then each row as it is
    /// enumerated (nothing is held whole in memory).</summary>
    public static void WriteTable(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        WriteLine(writer, header.Select(Text).ToArray());
        foreach (var row in rows)
        {
            WriteLine(writer, row);
        }
    }

    /// <summary>Writes one line of cells (already formatted) and '\n'.</summary>
    public static void WriteLine(TextWriter writer, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cells);
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(cells[i]);
        }

        writer.Write('\n');
    }
}
