using Deedle;
using Economics.Notebooks;

namespace Economics.Cli.Tests.Notebooks;

public class NotebookTablesTests
{
    [Fact]
    public void A_long_frame_shows_its_head_and_tail_and_says_how_many_rows_are_elided()
    {
        int rows = (2 * NotebookTables.EdgeRows) + 5;
        var frame = Frame.FromColumns(new[]
        {
            new KeyValuePair<string, Series<int, double>>("x", new Series<int, double>(Enumerable.Range(0, rows), Enumerable.Range(0, rows).Select(i => i * 0.5))),
        });

        string html = NotebookTables.ToHtml(frame);

        Assert.Contains("<th>x</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>0</th><td>0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><th>{rows - 1}</th><td>{(rows - 1) * 0.5}</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<tr><th>{NotebookTables.EdgeRows}</th>", html, StringComparison.Ordinal);
        Assert.Contains("… 5 rows …", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_are_empty_cells_and_text_is_encoded()
    {
        var frame = Frame.FromColumns(new[]
        {
            new KeyValuePair<string, Series<int, double>>("a<b", new Series<int, double>([0, 1], [double.NaN, 1234.5678])),
        });

        string html = NotebookTables.ToHtml(frame);

        Assert.Contains("<th>a&lt;b</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>0</th><td></td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>1</th><td>1235</td></tr>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(double.NaN, "")]
    [InlineData(0.000123456, "0.0001235")]
    // The baseline's surviving node share: G4 wrote 6.96E-05
    [InlineData(6.96e-5, "0.0000696")]
    [InlineData(-6.96e-5, "-0.0000696")]
    [InlineData(0.0, "0")]
    [InlineData(48, "48")]
    [InlineData(90000.0, "90,000")]
    [InlineData(111153.0, "111,200")]
    [InlineData(-25669.4, "-25,670")]
    public void Values_are_invariant_with_four_significant_digits(object? value, string text) =>
        Assert.Equal(text, NotebookTables.Format(value));

    [Fact]
    public void Dictionaries_of_optional_values_read_key_colon_value()
    {
        // The summary's userPriceVsOutsideByMarket (double?) read "[gpt_5, 1.0030000000000001]", subsidyEndMonthByPool (int?) "[ecosystem, 67]"
        Assert.Equal("haiku: 1.003, gpt_5: n/a", NotebookTables.Format(new Dictionary<string, double?> { ["haiku"] = 1.0030000000000001, ["gpt_5"] = null }));
        Assert.Equal("ecosystem: 67, team: n/a", NotebookTables.Format(new Dictionary<string, int?> { ["ecosystem"] = 67, ["team"] = null }));
    }

    [Fact]
    public void The_baseline_summary_table_has_no_e_notation_and_no_raw_pairs()
    {
        string html = NotebookTables.ToHtml(Economics.Model.Engine.Simulation.Run(Economics.Model.Loading.ScenarioLoader.Baseline));
        Assert.DoesNotMatch(@"\dE[-+]\d", html);
        Assert.DoesNotContain("[", html, StringComparison.Ordinal);
        Assert.Contains("<td>userPriceVsOutsideByMarket</td><td>claude_haiku_4_5: 1.003, gpt_5: 1.003, claude_opus_4_6: 1.003</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>subsidyEndMonthByPool</td><td>ecosystem: 67</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_is_a_table_of_its_properties_in_camel_case() =>
        Assert.Equal(
            "<table><thead><tr><th>name</th><th>value</th></tr></thead><tbody><tr><td>path</td><td>fees.x</td></tr><tr><td>value</td><td>0.001208</td></tr><tr><td>found</td><td>True</td></tr></tbody></table>",
            NotebookTables.Properties(new Solved("fees.x", 0.0012081551, true)));

    [Fact]
    public void Bullets_are_an_encoded_list() =>
        Assert.Equal("<ul><li>a &amp; b</li><li>c</li></ul>", NotebookTables.Bullets(["a & b", "c"]));

    private sealed record Solved(string Path, double Value, bool Found);
}
