using System.Net;
using Economics.Analysis.Builder;
using Economics.Analysis.Stress;
using Economics.Charts.Analysis;
using Economics.Charts.Report;
using Economics.Model.Loading;

namespace Economics.Charts.Tests.Analysis;

/// <summary>The builder and reverse-stress-test charts and their report sections.</summary>
public sealed class BuilderStressChartsTests
{
    private static readonly Lazy<BuilderResult> Builder = new(() =>
        BuilderAnalysis.Run(ScenarioLoader.Baseline, new BuilderOptions { Market = "claude_haiku_4_5", RequestsPerMonth = 1_000_000 }));

    private static readonly Lazy<StressResult> Viable = new(() =>
        ReverseStressTest.Run(ScenarioLoader.Load(ScenarioSource.Shipped("viable-reference")!), new StressOptions { Paths = 20, Seed = 1, ProbabilitySteps = 3 }));

    [Fact]
    public void Volume_chart_draws_the_cost_per_1000_calls_against_a_log_volume_axis()
    {
        var chart = BuilderCharts.Volume(Builder.Value);
        var names = Figure.Traces(chart).Select(t => (string)t!["name"]!).ToArray();
        Assert.Equal(["Verified, as priced (you pay)", "Verified, every rail charged to you", "Provider direct (list price)"], names);
        var priced = Figure.Numbers(Figure.Trace(chart, "Verified, as priced (you pay)")["y"]);
        Assert.Equal(Builder.Value.ByVolume.Select(c => c.Total * 1000), priced);
        var layout = Figure.Layout(chart);
        Assert.Equal("log", (string?)layout["xaxis"]!["type"]);
        // $3.34 to $14 is less than two decades: a linear cost axis from $0, not a log axis with no label near $3.34
        Assert.Null(layout["yaxis"]!["type"]);
        Assert.Equal("tozero", (string?)layout["yaxis"]!["rangemode"]);
        Assert.Equal("USD per 1,000 calls", (string?)layout["yaxis"]!["title"]!["text"]);
        Assert.Contains("$3.35 per 1,000 verified vs $3.34 direct", Figure.Title(chart), StringComparison.Ordinal);

        // Ticks at the decades only; the builder's volume is a line in data units and a label in log₁₀ units (plotly's
        // annotations on a log axis), so the label sits on the line: 10⁶ calls at x = 6.
        Assert.Equal(1.0, (double)layout["xaxis"]!["dtick"]!);
        Assert.Equal(1_000_000.0, (double)layout["shapes"]![0]!["x0"]!);
        var label = layout["annotations"]!.AsArray().Single(a => ((string?)a!["text"])!.StartsWith("Your volume", StringComparison.Ordinal))!;
        Assert.Equal(6.0, (double)label["x"]!, 12);
    }

    [Fact]
    public void Volume_chart_uses_a_log_cost_axis_when_the_costs_span_more_than_two_decades()
    {
        // A model a thousand times cheaper: $0.015 per 1,000 calls direct, against $8 of rails borne for the builder
        var cheap = ScenarioLoader.Load(ScenarioSource.Baseline, [ScenarioOverride.Parse("markets[0].listUsdPerMillionInput=0.001"), ScenarioOverride.Parse("markets[0].listUsdPerMillionOutput=0.005")]);
        var result = BuilderAnalysis.Run(cheap, new BuilderOptions { Market = "claude_haiku_4_5", RequestsPerMonth = 1_000_000 });
        var yaxis = Figure.Layout(BuilderCharts.Volume(result))["yaxis"]!;
        Assert.Equal("log", (string?)yaxis["type"]);
        Assert.Null(yaxis["rangemode"]);
        Assert.Equal("USD per 1,000 calls (log scale)", (string?)yaxis["title"]!["text"]);
    }

    [Theory]
    [InlineData(new[] { 1.0, 100.0 }, false)]
    [InlineData(new[] { 1.0, 100.000001 }, true)]
    [InlineData(new[] { 0.0, 1000.0 }, false)]
    [InlineData(new[] { -1.0, 1000.0 }, false)]
    [InlineData(new double[0], false)]
    public void A_cost_axis_is_logarithmic_only_above_the_span_with_every_cost_positive(double[] values, bool log) =>
        Assert.Equal(log, Economics.Charts.Theme.LogAxis.SpansMoreThan(values, 100));

    [Fact]
    public void Variants_chart_stacks_what_the_builder_pays_and_what_others_bear()
    {
        var chart = BuilderCharts.Variants(Builder.Value);
        var fee = Figure.Trace(chart, "Fee");
        var borne = Figure.Trace(chart, "Rails borne for you (protocol, operators)");
        Assert.Equal(Builder.Value.Variants.Select(v => v.Cost.RailsBorneByOthers * 1000), Figure.Numbers(borne["x"]));
        Assert.Equal(8, Figure.Numbers(fee["x"]).Length);
        Assert.Equal("stack", (string?)Figure.Layout(chart)["barmode"]);

        // The baseline's users pay no rails: those segments are left out rather than drawn empty
        Assert.DoesNotContain(Figure.Traces(chart), t => (string?)t!["name"] == "x402 payment rails you pay");
    }

    [Fact]
    public void Distance_chart_shows_each_failure_as_a_share_of_its_range()
    {
        var r = Viable.Value;
        var chart = StressCharts.Distance(r);
        var fails = Figure.Numbers(Figure.Trace(chart, "Smallest shock that fails the network")["x"]);
        var holds = Figure.Numbers(Figure.Trace(chart, "No shock in range fails it")["x"]);
        for (int i = 0; i < r.Thresholds.Count; i++)
        {
            var t = r.Thresholds[i];
            Assert.Equal(t.Found ? t.Shock / t.Max : 0.0, fails[i], 12);
            Assert.Equal(t.Found ? 0.0 : 1.0, holds[i]);
        }

        Assert.Contains("Yes unshocked", Figure.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_not_viable_unshocked_gets_no_distance_chart_and_says_why()
    {
        var r = ReverseStressTest.Run(ScenarioLoader.Baseline, new StressOptions());
        Assert.Empty(StressCharts.All(r));
        Assert.Contains("Not even unshocked", StressCharts.Headline(r), StringComparison.Ordinal);

        // And its table says "no shock" fails it, not "price −0%", "gas × 1" or "λ = 0"
        var rows = StressSection.Of(r).Table!.Skip(1).ToList();
        Assert.Equal(8, rows.Count);
        Assert.All(rows, row => Assert.Equal("no shock", row[2]));
    }

    [Theory]
    [InlineData("tokenPrice", 0.0, "no shock")]
    [InlineData("baseGas", 0.0, "no shock")]
    [InlineData("tokenPrice", 0.37, "price −37%")]
    [InlineData("baseGas", 11.5, "gas × 12.5")]
    [InlineData("combined", 0.0151, "λ = 0.0151")]
    [InlineData("demand", double.NaN, "none in range")]
    public void A_shock_reads_in_words(string axis, double size, string text) =>
        Assert.Equal(text, StressText.Shock(axis, size));

    [Fact]
    public void Probability_chart_has_one_line_per_axis_and_the_combined_one_dashed()
    {
        var chart = StressCharts.Probability(Viable.Value);
        Assert.Equal(8, Figure.Traces(chart).Count);
        Assert.Equal("dash", (string?)Figure.Trace(chart, "Combined: every axis together")["line"]!["dash"]);
        Assert.Equal(Viable.Value.Probabilities[1].Probability, Figure.Numbers(Figure.Trace(chart, "Demand drop")["y"]));
    }

    [Fact]
    public void Probability_answer_names_every_axis_that_ties_for_the_lowest()
    {
        // Given three axes that each leave 0% at the end of their ranges (as demand, AWS outage and list prices do in
        // viable-reference at 50 paths), and the combined line, which is not an axis of its own
        StressProbability Line(string axis, string label, double end) => new(axis, label, [0, 1], [0.62, end]);
        var r = Viable.Value with
        {
            Probabilities =
            [
                Line("tokenPrice", "Token price drop", 0.16), Line("demand", "Demand drop", 0), Line("awsOutage", "AWS outage", 0),
                Line("listPrice", "Upstream list-price cut", 0), Line(StressAxes.Combined, "Combined: every axis together", 0),
            ],
        };
        Assert.EndsWith("At the end of their ranges, demand drop, AWS outage and upstream list-price cut each leave 0%.", Figure.PlainTitle(StressCharts.Probability(r)), StringComparison.Ordinal);

        // And one lowest axis is named alone
        var one = r with { Probabilities = [Line("tokenPrice", "Token price drop", 0.16), Line("demand", "Demand drop", 0.02)] };
        Assert.EndsWith("At the end of its range, demand drop leaves 2%.", Figure.PlainTitle(StressCharts.Probability(one)), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_sections_are_linked_encoded_and_carry_their_charts()
    {
        var section = new ReportSection("extra", "A <b>title</b>", ["a paragraph with <script>alert(1)</script>"], [["h1", "h2"], ["<i>x</i>", "y"]], BuilderCharts.All(Builder.Value));
        string html = RunReport.Build(Scenarios.Baseline, sections: [section, BuilderSection.Of(Builder.Value), StressSection.Of(Viable.Value)]);
        Assert.Contains("<a href=\"#extra\">A &lt;b&gt;title&lt;/b&gt;</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"extra\">A &lt;b&gt;title&lt;/b&gt;</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p>a paragraph with &lt;script&gt;alert(1)&lt;/script&gt;</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;i&gt;x&lt;/i&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('chart-builder-volume'", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('chart-stress-distance'", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('chart-stress-probability'", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(StressCharts.Headline(Viable.Value)), html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"stress\"", StringComparison.Ordinal) < html.IndexOf("id=\"assumptions\"", StringComparison.Ordinal));
    }
}
