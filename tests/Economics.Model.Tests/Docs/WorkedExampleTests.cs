using System.Globalization;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;

namespace Economics.Model.Tests.Docs;

/// <summary>
/// The worked example of docs/MODEL.md quotes a baseline run; its table (between <c>&lt;!-- example:begin --&gt;</c>
/// and <c>&lt;!-- example:end --&gt;</c>) must still match a fresh run, so the doc cannot go stale silently.
/// </summary>
public sealed class WorkedExampleTests
{
    private const string Begin = "<!-- example:begin -->";
    private const string End = "<!-- example:end -->";
    private const double Relative = 1e-3;

    [Fact]
    public void Worked_example_numbers_match_a_fresh_baseline_run()
    {
        // Given the doc's table and a fresh run of the baseline
        var (months, rows) = ParseTable(ModelDocFile.Read());
        var result = Simulation.Run(ScenarioLoader.Baseline);

        // Then every quoted number is within 1e-3 (relative) of the model's
        Assert.True(rows.Count >= 10, $"the worked example should quote at least 10 columns; found {rows.Count}");
        var stale = new List<string>();
        foreach (var (column, values) in rows)
        {
            var series = Series(result, column);
            for (int i = 0; i < months.Count; i++)
            {
                double actual = series[months[i]];
                if (!MarkdownTable.Agrees(values[i], actual, Relative))
                {
                    stale.Add(string.Create(CultureInfo.InvariantCulture, $"{column} month {months[i]}: doc {values[i]}, model {actual:G6}"));
                }
            }
        }

        Assert.True(stale.Count == 0, "docs/MODEL.md worked example is stale; update its table (and the prose around it):\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Parser_rejects_a_table_without_month_columns()
    {
        const string doc = Begin + "\n| part | column | x |\n|---|---|---|\n| fee | `fee_usd` | 1 |\n" + End;
        var error = Assert.Throws<InvalidOperationException>(() => ParseTable(doc));
        Assert.Contains("month", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parser_reads_months_columns_and_thousands_separators()
    {
        const string doc = "intro\n" + Begin + "\n| part | column | month 0 | month 48 |\n|---|---|---:|---:|\n| served | `served_inferences` | 20,000,000 | 2.4830e8 |\n" + End + "\nrest";
        var (months, rows) = ParseTable(doc);
        Assert.Equal([0, 48], months);
        var row = Assert.Single(rows);
        Assert.Equal("served_inferences", row.Column);
        Assert.Equal([20_000_000, 2.4830e8], row.Values);
    }

    private static IReadOnlyList<double> Series(SimulationResult result, string column)
    {
        if (MonthlyColumns.All.FirstOrDefault(c => c.Name == column) is { } known)
        {
            return known.Select(result);
        }

        const string prefix = "nodes_";
        if (column.StartsWith(prefix, StringComparison.Ordinal) && result.Cohorts.FirstOrDefault(c => c.Name == column[prefix.Length..]) is { } cohort)
        {
            return cohort.Nodes;
        }

        throw new InvalidOperationException($"docs/MODEL.md worked example quotes '{column}', which is not a monthly.csv column.");
    }

    // | part | `column` | month 0 | month 48 | … → the months and, per row, the column and its values.
    private static (List<int> Months, List<(string Column, double[] Values)> Rows) ParseTable(string document)
    {
        var (header, body) = MarkdownTable.Read(document, "example");
        var monthColumns = Enumerable.Range(0, header.Length).Where(i => header[i].StartsWith("month ", StringComparison.Ordinal)).ToList();
        if (monthColumns.Count == 0)
        {
            throw new InvalidOperationException("the worked example table needs columns headed 'month <n>'.");
        }

        var months = monthColumns.Select(i => int.Parse(header[i]["month ".Length..], CultureInfo.InvariantCulture)).ToList();
        var rows = new List<(string, double[])>();
        foreach (var cells in body)
        {
            string column = cells.FirstOrDefault(c => c.StartsWith('`'))?.Trim('`')
                ?? throw new InvalidOperationException($"worked example row '{string.Join(" | ", cells)}' names no `column`.");
            rows.Add((column, monthColumns.Select(i => MarkdownTable.Number(cells[i])).ToArray()));
        }

        return (months, rows);
    }
}
