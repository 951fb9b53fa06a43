using Economics.Analysis.Peers;
using Economics.Charts.Analysis;
using Economics.Charts.Export;
using Economics.Charts.Theme;

namespace Economics.Charts.Tests.Analysis;

/// <summary>The two peer charts: the projection beside the observed peers, by months since launch.</summary>
public sealed class PeerChartsTests : IDisposable
{
    private static readonly PeerAlignmentResult Alignment = PeerAlignment.Of(Scenarios.Baseline, PeerHistory.Embedded());

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "econ-peer-charts-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    // Plotly.NET writes a line colour as rgba(r, g, b, 1.0).
    private static string Rgba(string hex) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"rgba({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)}, 1.0)");

    public sealed class Subsidy_dependence
    {
        [Fact]
        public void Draws_the_projection_dashed_and_the_peers_with_fees_solid()
        {
            // Given the baseline beside every peer, when the subsidy-dependence chart is drawn
            var chart = PeerCharts.SubsidyDependence(Alignment);

            // Then it has the projection (dashed, the projection colour) and Livepeer, the only peer with fees
            var names = Figure.Traces(chart).Select(t => (string)t!["name"]!).ToArray();
            Assert.Equal(["OpenGradient (projected)", "livepeer (observed)"], names);
            var projected = Figure.Trace(chart, "OpenGradient (projected)");
            Assert.Equal("dash", (string?)projected["line"]!["dash"]);
            Assert.Equal(Rgba(ChartTheme.Default.ProjectionColor), (string?)projected["line"]!["color"]);
            Assert.Equal("solid", (string?)Figure.Trace(chart, "livepeer (observed)")["line"]!["dash"]);
            Assert.Equal(Enumerable.Range(0, 132).Select(m => (double)m), Figure.Numbers(projected["x"]));
            Assert.Equal(Alignment.Projected.SubsidyDependence, Figure.Numbers(projected["y"]));
        }

        [Fact]
        public void Is_publishable_title_axes_with_units_legend_and_source()
        {
            var chart = PeerCharts.SubsidyDependence(Alignment);

            var layout = Figure.Layout(chart);
            Assert.StartsWith("What share of the supply side&#39;s income is subsidy", Figure.Title(chart), StringComparison.Ordinal);
            Assert.Contains("livepeer (observed): 96% to 99.99% in months 20–59", Figure.Title(chart), StringComparison.Ordinal);
            Assert.StartsWith("Months since launch", (string?)layout["xaxis"]!["title"]!["text"], StringComparison.Ordinal);
            Assert.Equal(12, (double?)layout["xaxis"]!["dtick"]);
            Assert.Contains("(%", (string?)layout["yaxis"]!["title"]!["text"], StringComparison.Ordinal);
            Assert.Equal(".0%", (string?)layout["yaxis"]!["tickformat"]);
            Assert.Equal("v", (string?)layout["legend"]!["orientation"]);
            var note = layout["annotations"]!.AsArray().Select(a => (string)a!["text"]!).Single();
            Assert.StartsWith("Source: OpenGradient, a model run of scenario baseline", note, StringComparison.Ordinal);
            Assert.Contains("data/reference/peers/peers.csv", note, StringComparison.Ordinal);
        }
    }

    public sealed class Income_per_node
    {
        [Fact]
        public void Draws_every_series_with_node_counts_on_a_log_axis()
        {
            var chart = PeerCharts.IncomePerNode(Alignment);

            var names = Figure.Traces(chart).Select(t => (string)t!["name"]!).ToArray();
            Assert.Equal("OpenGradient (projected)", names[0]);
            Assert.Equal(8, names.Length);
            Assert.DoesNotContain("filecoin (observed)", names);
            var layout = Figure.Layout(chart);
            Assert.Equal("log", (string?)layout["yaxis"]!["type"]);
            Assert.Contains("USD", (string?)layout["yaxis"]!["title"]!["text"], StringComparison.Ordinal);
            Assert.Equal(Rgba(ChartTheme.Default.PeerColors["livepeer"]), (string?)Figure.Trace(chart, "livepeer (observed)")["line"]!["color"]);
        }

        [Fact]
        public void Months_without_income_are_gaps_not_zeros_on_the_log_axis()
        {
            // Given the baseline, whose operators earn nothing once the ecosystem pool stops paying (after month 66)
            var y = Figure.Numbers(Figure.Trace(PeerCharts.IncomePerNode(Alignment), "OpenGradient (projected)")["y"]);

            // Then those months are gaps, and the answer says when the income stops
            Assert.All(y, v => Assert.True(double.IsNaN(v) || v > 0));
            Assert.True(double.IsNaN(y[^1]));
            Assert.Equal(Alignment.Projected.IncomePerNodeUsd[12], y[12]);
            Assert.Contains("nothing after month 66", Figure.Title(PeerCharts.IncomePerNode(Alignment)), StringComparison.Ordinal);
        }

        [Fact]
        public void A_peer_keeps_its_colour_when_the_others_are_left_out()
        {
            var one = PeerAlignment.Of(Scenarios.Baseline, PeerHistory.Embedded(), "helium");

            var chart = PeerCharts.IncomePerNode(one);

            Assert.Equal(Rgba(ChartTheme.Default.PeerColors["helium"]), (string?)Figure.Trace(chart, "helium (observed)")["line"]!["color"]);
        }
    }

    [Fact]
    public void The_readme_states_the_figures_the_income_chart_answers()
    {
        // Given the answer of the income chart for the baseline (its median income and the last month paid)
        string answer = System.Net.WebUtility.HtmlDecode(Figure.Title(PeerCharts.IncomePerNode(Alignment)));
        var figures = System.Text.RegularExpressions.Regex.Match(answer, @"OpenGradient \(projected\): (\$[0-9,.]+) per node-month \(median over months 0–[0-9]+\), nothing after month ([0-9]+)");
        Assert.True(figures.Success, answer);

        // Then the README's Peers section states the same figures
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Economics.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Economics.sln not found");
        }

        string readme = File.ReadAllText(Path.Combine(root.FullName, "README.md")).ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal);
        Assert.Contains($"a median {figures.Groups[1].Value} per node-month", readme, StringComparison.Ordinal);
        Assert.Contains($"(nothing after month {figures.Groups[2].Value})", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_charts_are_named_for_export()
    {
        Assert.Equal(["peers-subsidy-dependence", "peers-income-per-node"], PeerCharts.All(Alignment).Select(c => c.Id));
    }

    [Fact]
    public async Task Both_charts_render_to_png()
    {
        var result = await ChartExport.WriteAllAsync(PeerCharts.All(Alignment), _dir, ChartFormats.Png);

        Assert.Null(result.ImageError);
        Assert.Equal(["peers-income-per-node.png", "peers-subsidy-dependence.png"], result.Files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(result.Files, f => Assert.True(new FileInfo(f).Length > 10_000, $"{f} is too small to hold a chart"));
    }
}
