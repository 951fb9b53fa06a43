using System.Buffers.Binary;

namespace Economics.Cli.Tests.Commands;

public sealed class AnalysisChartFormatTests
{
    private static readonly string[] FanIds =
    [
        "fan-token-price-usd", "fan-nodes-total", "fan-subsidy-dependence", "fan-profit-per-node-usd", "fan-user-price-usd",
        "fan-breakeven-fee-without-subsidy-usd",
    ];

    private static readonly string[] ComparisonIds =
    [
        "compare-nodes-total", "compare-subsidy-dependence", "compare-profit-per-node-usd", "compare-user-price-usd",
        "compare-breakeven-fee-without-subsidy-usd", "compare-token-price-usd",
    ];

    public static TheoryData<string, string[], string[]> HtmlCases => new()
    {
        { "montecarlo", ["--paths", "40", "--seed", "3"], [.. FanIds, "viability-probability"] },
        { "sensitivity", ["--metric", "cumulativeOperatorProfit"], ["tornado"] },
        { "sweep", ["--x", "token.pools[0].vestingMonths=6:18:3", "--y", "markets[0].demand.growth.monthlyRate=0.02:0.08:2", "--metric", "survivingNodes", "--metric", "breakEvenFeeRatio"],
            ["heatmap-surviving-nodes", "heatmap-break-even-fee-ratio"] },
        { "sweep", ["--x", "fees.policy.markupFraction=0:1:3"], ["sweep-surviving-nodes"] },
    };

    [Theory]
    [MemberData(nameof(HtmlCases))]
    public void Format_html_writes_one_offline_page_per_chart_under_charts(string command, string[] options, string[] ids)
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run([command, .. options, "--set", "horizonMonths=24", "--format", "csv,html", "--out", dir.Path]);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        AssertOfflinePages(Path.Combine(dir.Path, "charts"), ids);
    }

    [Fact]
    public void Compare_format_html_writes_the_overlays_under_charts()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("compare", "baseline", CliHarness.ScenarioFile("fast-vesting.json"), "--set", "horizonMonths=24",
            "--format", "html", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(File.Exists(dir.File("comparison.csv")));
        AssertOfflinePages(Path.Combine(dir.Path, "charts"), ComparisonIds);
        string page = File.ReadAllText(Path.Combine(dir.Path, "charts", "compare-nodes-total.html"));
        Assert.Contains("fast-vesting", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_format_png_writes_a_png_of_the_requested_size()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("sensitivity", "--set", "horizonMonths=24", "--format", "png", "--width", "640", "--height", "360",
            "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        byte[] png = File.ReadAllBytes(Path.Combine(dir.Path, "charts", "tornado.png"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png.AsSpan(0, 8).ToArray());
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(360, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Single(Directory.GetFiles(Path.Combine(dir.Path, "charts")));
    }

    [Fact]
    public void Missing_chromium_is_one_warning_line_and_the_html_and_csv_are_still_written()
    {
        using var dir = new TempDirectory();
        string? before = Environment.GetEnvironmentVariable("ECON_CHROMIUM");
        Environment.SetEnvironmentVariable("ECON_CHROMIUM", "/nonexistent/chromium");
        try
        {
            var run = CliHarness.Run("sweep", "--x", "fees.policy.markupFraction=0:1:2", "--set", "horizonMonths=12",
                "--format", "html,png", "--out", dir.Path);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            var warning = Assert.Single(run.Error.Split('\n'), l => l.Contains("Chromium", StringComparison.Ordinal));
            Assert.Contains("install it with apt-get install -y chromium", warning, StringComparison.Ordinal);
            Assert.True(File.Exists(dir.File("sweep.csv")));
            Assert.Equal(["plotly.min.js", "sweep-surviving-nodes.html"], Directory.GetFiles(Path.Combine(dir.Path, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ECON_CHROMIUM", before);
        }
    }

    [Fact]
    public void Without_a_chart_format_no_charts_folder_is_made()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("sensitivity", "--set", "horizonMonths=12", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "charts")));
    }

    [Theory]
    [InlineData("montecarlo", "--paths", "10")]
    [InlineData("sensitivity", "--metric", "survivingNodes")]
    [InlineData("sweep", "--x", "fees.policy.markupFraction=0:1:2")]
    [InlineData("compare", "baseline", "baseline")]
    public void An_unknown_format_exits_2_before_writing_anything(string command, string option, string value)
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run(command, option, value, "--format", "html,pdf", "--out", dir.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--format: unknown format 'pdf'", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    private static void AssertOfflinePages(string charts, string[] ids)
    {
        var files = Directory.GetFiles(charts).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ids.Select(id => id + ".html").Append("plotly.min.js").Order(StringComparer.Ordinal), files);
        Assert.Contains("* plotly.js v2.28.0", File.ReadAllText(Path.Combine(charts, "plotly.min.js")), StringComparison.Ordinal);
        foreach (string id in ids)
        {
            string page = File.ReadAllText(Path.Combine(charts, id + ".html"));
            Assert.DoesNotContain("http", page, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<script type=\"text/javascript\" src=\"plotly.min.js\" charset=\"utf-8\"></script>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("* plotly.js v", page, StringComparison.Ordinal);
        }
    }
}
