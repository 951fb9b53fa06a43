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
    public void Volume_chart_draws_the_cost_per_1000_calls_on_log_axes()
    {
        var chart = BuilderCharts.Volume(Builder.Value);
        var names = Figure.Traces(chart).Select(t => (string)t!["name"]!).ToArray();
        Assert.Equal(["Verified, as priced (you pay)", "Verified, every rail charged to you", "Provider direct (list price)"], names);
        var priced = Figure.Numbers(Figure.Trace(chart, "Verified, as priced (you pay)")["y"]);
        Assert.Equal(Builder.Value.ByVolume.Select(c => c.Total * 1000), priced);
        var layout = Figure.Layout(chart);
        Assert.Equal("log", (string?)layout["xaxis"]!["type"]);
        Assert.Equal("log", (string?)layout["yaxis"]!["type"]);
        Assert.Contains("$3.35 per 1,000 verified vs $3.34 direct", Figure.Title(chart), StringComparison.Ordinal);

        // Ticks at the decades only; the builder's volume is a line in data units and a label in log₁₀ units (plotly's
        // annotations on a log axis), so the label sits on the line: 10⁶ calls at x = 6.
        Assert.Equal(1.0, (double)layout["xaxis"]!["dtick"]!);
        Assert.Equal(1_000_000.0, (double)layout["shapes"]![0]!["x0"]!);
        var label = layout["annotations"]!.AsArray().Single(a => ((string?)a!["text"])!.StartsWith("Your volume", StringComparison.Ordinal))!;
        Assert.Equal(6.0, (double)label["x"]!, 12);
    }

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
    }

    [Fact]
    public void Probability_chart_has_one_line_per_axis_and_the_combined_one_dashed()
    {
        var chart = StressCharts.Probability(Viable.Value);
        Assert.Equal(8, Figure.Traces(chart).Count);
        Assert.Equal("dash", (string?)Figure.Trace(chart, "Combined: every axis together")["line"]!["dash"]);
        Assert.Equal(Viable.Value.Probabilities[1].Probability, Figure.Numbers(Figure.Trace(chart, "Demand drop")["y"]));
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
