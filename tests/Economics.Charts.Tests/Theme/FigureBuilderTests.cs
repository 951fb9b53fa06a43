using Economics.Charts.Theme;

namespace Economics.Charts.Tests.Theme;

/// <summary>The figure builder's own layout rules: subtitle wrapping and marker label rows.</summary>
public sealed class FigureBuilderTests
{
    [Fact]
    public void A_relation_sign_stays_on_the_line_of_the_number_after_it()
    {
        Assert.Equal(["profit", "≥ 0;", "(≥ 95%", "served,", "x", "× 2"], FigureBuilder.SubtitleWords("profit ≥ 0; (≥ 95% served, x × 2"));
        Assert.Equal(["a", "≥", ], FigureBuilder.SubtitleWords("a ≥"));
        Assert.Equal(["≥95%", "b"], FigureBuilder.SubtitleWords("≥95% b"));
    }

    [Fact]
    public void The_survival_answer_never_breaks_a_line_between_a_sign_and_its_number()
    {
        // Given the baseline with a viability cliff in month 72: its sentence's first wrap fell between "≥" and "0"
        var b = Scenarios.Baseline;
        var cliff = b with { Summary = b.Summary with { ViabilityCliffMonth = 72 } };
        string title = Figure.Title(Economics.Charts.Single.RunCharts.NodesAndDemand(cliff));

        // Then no line of the subtitle ends in a lone sign
        var lines = title.Split("<br>").Skip(1).Select(l => System.Text.RegularExpressions.Regex.Replace(l, "<[^>]+>", string.Empty)).ToList();
        Assert.True(lines.Count >= 2);
        Assert.DoesNotContain(lines, l => l.EndsWith(" ≥", StringComparison.Ordinal) || l.EndsWith("(≥", StringComparison.Ordinal));
    }

    [Fact]
    public void A_marker_label_row_must_not_be_negative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FigureBuilder(ChartTheme.Default).VerticalMarker(new DateOnly(2030, 1, 1), "x", row: -1));
}
