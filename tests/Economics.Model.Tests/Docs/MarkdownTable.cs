using System.Globalization;

namespace Economics.Model.Tests.Docs;

/// <summary>Reads a markdown table that docs/MODEL.md keeps between <c>&lt;!-- name:begin --&gt;</c> and <c>&lt;!-- name:end --&gt;</c>.</summary>
internal static class MarkdownTable
{
    /// <summary>The header cells and the body rows (cells trimmed, the separator row skipped).</summary>
    public static (string[] Header, List<string[]> Rows) Read(string document, string name)
    {
        string begin = $"<!-- {name}:begin -->";
        string end = $"<!-- {name}:end -->";
        int from = document.IndexOf(begin, StringComparison.Ordinal);
        int to = document.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"docs/MODEL.md must contain {begin} … {end}.");
        }

        var lines = document[(from + begin.Length)..to].Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        if (lines.Count < 2)
        {
            throw new InvalidOperationException($"the {name} table of docs/MODEL.md has no rows.");
        }

        return (lines[0], lines.Skip(2).ToList());
    }

    /// <summary>A number as the doc writes it: invariant, optional thousands commas, optional exponent.</summary>
    public static double Number(string cell) =>
        double.Parse(cell.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="actual"/> agrees with the doc's <paramref name="quoted"/> to <paramref name="relative"/>.</summary>
    public static bool Agrees(double quoted, double actual, double relative) =>
        Math.Abs(quoted - actual) <= relative * Math.Abs(actual);
}
