using System.Text.RegularExpressions;
using Economics.Charts.Analysis;
using Economics.Charts.Export;
using Economics.Charts.Single;
using Economics.Charts.Theme;
using Economics.Model.Engine;
using Economics.Model.Loading;

namespace Economics.Charts.Tests.Theme;

/// <summary>
/// USD axes with SI suffixes ($600k, $1.2M) as plotly.js draws them in Chromium: ticks less than $1 apart are
/// written in full, because d3's SI prefix writes $0.80 as "$800m", which a reader of a report takes for 800 million
/// (viable-reference's chain-history chart did, with its all-zero carry cost). Hover text of USD is in full too.
/// </summary>
public sealed partial class UsdAxisTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "econ-usd-axis-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task Ticks_less_than_a_dollar_apart_are_written_in_full_not_as_milli_dollars()
    {
        // Given viable-reference: all settlement PRIVATE, so no chain history and $0 of carry cost in every month
        var result = Simulation.Run(ScenarioLoader.Load(ScenarioSource.Shipped("viable-reference")!));
        Assert.All(result.StateCarryUsd, usd => Assert.Equal(0.0, usd));

        // When plotly.js draws its chain-history chart (the carry cost on the right axis, autoranged 0 to 1)
        var ticks = TickTexts(await SvgAsync(RunCharts.OnchainState(result), "onchain-state.svg"), "y2tick");

        // Then the ticks are dollars and cents, never milli-dollars
        Assert.Equal(["$0", "$0.2", "$0.4", "$0.6", "$0.8", "$1"], ticks);
    }

    [Fact]
    public async Task Ticks_a_dollar_or_more_apart_keep_their_si_suffixes()
    {
        // Given the baseline's revenue chart (up to ≈ $500k a month)
        var ticks = TickTexts(await SvgAsync(RunCharts.RevenueVsCosts(Scenarios.Baseline), "revenue.svg"), "ytick");

        // Then its ticks are SI amounts ($0, $100k, …) as before
        Assert.Contains("$100k", ticks);
        Assert.All(ticks, text => Assert.Matches(@"^\$\d+(\.\d+)?[kM]?$", text));
    }

    [Fact]
    public void Usd_axes_colour_bars_and_hover_text_never_use_a_prefix_below_one_dollar()
    {
        // A USD axis: SI ticks, the full format for ticks under $1 apart, hover in full
        var layout = Figure.Layout(RunCharts.OnchainState(Scenarios.Baseline));
        var axis = layout["yaxis2"]!;
        Assert.Equal(Units.UsdSi, (string)axis["tickformat"]!);
        var stop = axis["tickformatstops"]!.AsArray().Single()!;
        Assert.Null(stop["dtickrange"]![0]);
        Assert.Equal(1.0, (double)stop["dtickrange"]![1]!);
        Assert.Equal(Units.UsdFine, (string)stop["value"]!);
        Assert.Equal(Units.UsdFine, (string)axis["hoverformat"]!);
        Assert.Contains("%{y:$,.3~r}", (string)Figure.Trace(RunCharts.OnchainState(Scenarios.Baseline), "History-carry cost (right axis)")["hovertemplate"]!,
            StringComparison.Ordinal);

        // A heatmap of a USD metric: its colour bar has the same stop, its hover and contour label the full format
        var grid = AnalysisSamples.Heatmap() with { TickFormat = Units.UsdSi };
        var heat = Figure.Traces(AnalysisCharts.Heatmap(grid)).First(t => (string?)t!["type"] == "heatmap")!;
        Assert.Equal(Units.UsdFine, (string)heat["colorbar"]!["tickformatstops"]![0]!["value"]!);
        Assert.EndsWith("%{z:$,.3~r}<extra></extra>", (string)heat["hovertemplate"]!, StringComparison.Ordinal);
        var contour = Figure.Traces(AnalysisCharts.Heatmap(grid)).First(t => (string?)t!["type"] == "contour")!;
        Assert.Equal(Units.UsdFine, (string)contour["contours"]!["labelformat"]!);

        // Counts and other formats hover as they tick, counts in full
        Assert.Equal(Units.CountFull, Traces.HoverFormat(Units.CountSi));
        Assert.Equal(Units.Percent, Traces.HoverFormat(Units.Percent));
    }

    private async Task<string> SvgAsync(Plotly.NET.GenericChart chart, string name)
    {
        Directory.CreateDirectory(_dir);
        string path = Path.Combine(_dir, name);
        await ChartExport.WriteSvgAsync(chart, path);
        return File.ReadAllText(path);
    }

    private static string[] TickTexts(string svg, string tickClass) =>
        TickText().Matches(svg).Where(m => m.Groups["class"].Value == tickClass)
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value)).ToArray();

    [GeneratedRegex("""<g class="(?<class>[a-z0-9]+tick)"><text[^>]*>(?<text>[^<]*)</text>""")]
    private static partial Regex TickText();
}
