using Economics.Charts.Export;
using Economics.Charts.Single;

namespace Economics.Charts.Tests;

/// <summary>Renders every chart of three runs to PNG in <c>$ECON_REVIEW_DIR</c> for a look by eye; skipped unless
/// that variable is set.</summary>
public class RenderAllForReview
{
    [ReviewFact]
    public async Task Render_Every_Chart_To_Png()
    {
        string dir = Environment.GetEnvironmentVariable(ReviewFactAttribute.Variable)!;
        var charts = RunCharts.All(Scenarios.Baseline).Select(c => c with { Id = "baseline-" + c.Id })
            .Concat(RunCharts.All(Scenarios.Stress).Select(c => c with { Id = "stress-" + c.Id }))
            .Concat(RunCharts.All(Scenarios.OneCohortNoEmissions).Select(c => c with { Id = "solo-" + c.Id }))
            .Concat(AnalysisSamples.All().Select(c => c with { Id = "analysis-" + c.Id }))
            .ToList();
        var result = await ChartExport.WriteAllAsync(charts, dir, ChartFormats.Png);
        Assert.Null(result.ImageError);
        Assert.Equal(charts.Count, result.Files.Count);
        // Timing: one browser start, then each chart rendered alone.
        var baseline = RunCharts.All(Scenarios.Baseline);
        await using var renderer = await ChromiumRenderer.StartAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var chart in baseline)
        {
            await renderer.RenderPngAsync(chart.Chart);
        }

        double png = clock.Elapsed.TotalSeconds / baseline.Count;
        clock.Restart();
        foreach (var chart in baseline)
        {
            await renderer.RenderSvgAsync(chart.Chart);
        }

        double svg = clock.Elapsed.TotalSeconds / baseline.Count;
        await File.WriteAllTextAsync(Path.Combine(dir, "timing.txt"), string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{charts.Count} charts (incl. building them) in {result.Elapsed.TotalSeconds:0.00} s; browser start + plotly.js load " +
            $"{renderer.StartupTime.TotalSeconds:0.00} s; PNG {png:0.000} s/chart; SVG {svg:0.000} s/chart\n"));
    }
}
