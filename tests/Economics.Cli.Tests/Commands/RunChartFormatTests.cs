using System.Buffers.Binary;

namespace Economics.Cli.Tests.Commands;

public sealed class RunChartFormatTests
{
    private static readonly string[] ChartIds =
    [
        "revenue-vs-costs", "subsidy-dependence", "nodes-and-demand", "fee-vs-breakeven", "user-price-decomposition",
        "user-price-month", "onchain-state", "aws-capacity", "token-supply-price",
    ];

    [Fact]
    public void Format_html_writes_one_offline_page_per_chart_under_charts()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("run", "--format", "csv,html", "--set", "horizonMonths=24", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(File.Exists(dir.File("monthly.csv")));
        var html = Directory.GetFiles(Path.Combine(dir.Path, "charts")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ChartIds.Select(id => id + ".html").Append("plotly.min.js").Order(StringComparer.Ordinal), html);
        string page = File.ReadAllText(Path.Combine(dir.Path, "charts", "revenue-vs-costs.html"));
        Assert.DoesNotContain("http", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("src=\"plotly.min.js\"", page, StringComparison.Ordinal);
        Assert.Contains("* plotly.js v2.28.0", File.ReadAllText(Path.Combine(dir.Path, "charts", "plotly.min.js")), StringComparison.Ordinal);
        Assert.Contains($"wrote {Path.Combine(dir.Path, "charts", "plotly.min.js")}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_png_and_svg_write_images_of_the_requested_size()
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("run", "--format", "png,svg", "--set", "horizonMonths=24", "--width", "640", "--height", "360",
            "--scale", "2", "--out", dir.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        byte[] png = File.ReadAllBytes(Path.Combine(dir.Path, "charts", "fee-vs-breakeven.png"));
        Assert.Equal(0x89, png[0]);
        Assert.Equal(1280, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(720, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(dir.Path, "charts", "nodes-and-demand.svg")), StringComparison.Ordinal);
        Assert.Equal(2 * ChartIds.Length, Directory.GetFiles(Path.Combine(dir.Path, "charts")).Length);
    }

    [Fact]
    public void Missing_chromium_is_one_warning_line_and_html_and_csv_are_still_written()
    {
        using var dir = new TempDirectory();
        string? before = Environment.GetEnvironmentVariable("ECON_CHROMIUM");
        Environment.SetEnvironmentVariable("ECON_CHROMIUM", "/nonexistent/chromium");
        try
        {
            var run = CliHarness.Run("run", "--format", "html,png", "--set", "horizonMonths=12", "--out", dir.Path);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            var warning = Assert.Single(run.Error.Split('\n'), l => l.Contains("Chromium", StringComparison.Ordinal));
            Assert.Contains("Chromium not found at /nonexistent/chromium; install it with apt-get install -y chromium", warning, StringComparison.Ordinal);
            Assert.Contains("Not written: the PNG charts. Written: monthly.csv, markets.csv, summary.json and ", warning, StringComparison.Ordinal);
            Assert.True(File.Exists(dir.File("monthly.csv")));
            Assert.All(Directory.GetFiles(Path.Combine(dir.Path, "charts")), f => Assert.True(f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith("plotly.min.js", StringComparison.Ordinal), f));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ECON_CHROMIUM", before);
        }
    }

    [Theory]
    [InlineData("--width", "50", "--width")]
    [InlineData("--scale", "0", "--scale")]
    public void An_image_size_out_of_range_exits_2_naming_the_option(string option, string value, string named)
    {
        using var dir = new TempDirectory();

        var run = CliHarness.Run("run", "--format", "png", option, value, "--out", dir.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }
}
