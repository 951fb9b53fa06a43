using System.Buffers.Binary;
using System.Text;
using Economics.Charts.Export;
using Economics.Charts.Single;

namespace Economics.Charts.Tests.Export;

public sealed class ExportTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "econ-charts-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void Html_Is_Offline_With_Plotly_Inlined()
    {
        string path = Path.Combine(_dir, "chart.html");

        ChartExport.WriteHtml(RunCharts.SubsidyDependence(Scenarios.Baseline), path, "Subsidy dependence");

        string html = File.ReadAllText(path);
        Assert.DoesNotContain("<script src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("* plotly.js v2.28.0", html, StringComparison.Ordinal);
        Assert.Contains(PlotlyJs.Source, html, StringComparison.Ordinal);

        // Outside the library itself the page names no URL at all.
        string page = html.Replace(PlotlyJs.Source, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Plotly.newPlot('chart'", html, StringComparison.Ordinal);
        Assert.Equal(["chart.html"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Figure_Json_Cannot_Close_The_Script_Element()
    {
        var chart = RunCharts.RevenueVsCosts(Scenarios.Baseline);

        string json = ChartJson.Figure(chart);

        Assert.DoesNotContain("</", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Png_Has_The_Requested_Size()
    {
        string path = Path.Combine(_dir, "revenue.png");

        await ChartExport.WritePngAsync(RunCharts.RevenueVsCosts(Scenarios.Baseline), path, new ImageSize(800, 450));

        var (width, height) = PngSize(File.ReadAllBytes(path));
        Assert.Equal((800, 450), (width, height));
    }

    [Fact]
    public async Task Png_Scale_Multiplies_The_Pixels()
    {
        string path = Path.Combine(_dir, "fee.png");

        await ChartExport.WritePngAsync(RunCharts.FeeVsBreakEven(Scenarios.Baseline), path, new ImageSize(500, 300, scale: 2));

        Assert.Equal((1000, 600), PngSize(File.ReadAllBytes(path)));
    }

    [Fact]
    public async Task Svg_Starts_With_An_Svg_Element()
    {
        string path = Path.Combine(_dir, "nodes.svg");

        await ChartExport.WriteSvgAsync(RunCharts.NodesAndDemand(Scenarios.Baseline), path);

        string svg = File.ReadAllText(path);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("How many operators stay in business", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Batch_Writes_Every_Format_Of_Every_Chart_With_One_Browser()
    {
        var charts = RunCharts.All(Scenarios.Baseline).Take(3).ToList();

        var result = await ChartExport.WriteAllAsync(charts, _dir, ChartFormats.Html | ChartFormats.Png | ChartFormats.Svg);

        Assert.Null(result.ImageError);
        Assert.Equal(10, result.Files.Count);
        var expected = charts.SelectMany(c => new[] { c.Id + ".html", c.Id + ".png", c.Id + ".svg" }).Append(PlotlyJs.FileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(_dir).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Missing_Chromium_Is_One_Clear_Line_With_The_Install_Command()
    {
        var chromium = new ChromiumOptions { ExecutablePath = "/nonexistent/chromium" };

        var e = await Assert.ThrowsAsync<ChromiumNotFoundException>(() =>
            ChartExport.WritePngAsync(RunCharts.SubsidyDependence(Scenarios.Baseline), Path.Combine(_dir, "x.png"), chromium: chromium));

        Assert.Equal("Chromium not found at /nonexistent/chromium; install it with apt-get install -y chromium", e.Message);
        Assert.False(File.Exists(Path.Combine(_dir, "x.png")));
    }

    [Fact]
    public async Task A_Chromium_That_Does_Not_Start_Is_One_Line_Too_Not_An_Internal_Error()
    {
        // /bin/false exists but is no browser: a wrong ECON_CHROMIUM gave "internal error: ProcessException" (exit 1).
        var chromium = new ChromiumOptions { ExecutablePath = "/bin/false", TimeoutMilliseconds = 10_000 };

        var e = await Assert.ThrowsAsync<ChromiumNotFoundException>(() =>
            ChartExport.WritePngAsync(RunCharts.SubsidyDependence(Scenarios.Baseline), Path.Combine(_dir, "x.png"), chromium: chromium));

        Assert.StartsWith("Chromium at /bin/false did not start (", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("); set ECON_CHROMIUM to a working Chromium or install it with apt-get install -y chromium", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Equal("/bin/false", e.ExecutablePath);
        Assert.False(File.Exists(Path.Combine(_dir, "x.png")));
    }

    [Fact]
    public async Task Missing_Chromium_Still_Writes_Html()
    {
        var chromium = new ChromiumOptions { ExecutablePath = "/nonexistent/chromium" };
        var charts = RunCharts.All(Scenarios.OneCohortNoEmissions).Take(2).ToList();

        var result = await ChartExport.WriteAllAsync(charts, _dir, ChartFormats.Html | ChartFormats.Png, chromium: chromium);

        Assert.Equal("Chromium not found at /nonexistent/chromium; install it with apt-get install -y chromium", result.ImageError);
        Assert.Equal(charts.Select(c => c.Id + ".html").Append(PlotlyJs.FileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(_dir).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_Set_Of_Html_Pages_Shares_One_Local_Copy_Of_Plotly()
    {
        var charts = RunCharts.All(Scenarios.Baseline);

        var result = await ChartExport.WriteAllAsync(charts, _dir, ChartFormats.Html);

        // One copy of the library, written once, and every page loads it from its own folder
        Assert.Equal(Path.Combine(_dir, PlotlyJs.FileName), result.Files[0]);
        Assert.Equal(PlotlyJs.Source, File.ReadAllText(Path.Combine(_dir, PlotlyJs.FileName)));
        var pages = Directory.GetFiles(_dir, "*.html");
        Assert.Equal(charts.Count, pages.Length);
        Assert.All(pages, page =>
        {
            string html = File.ReadAllText(page);
            Assert.Contains("<script type=\"text/javascript\" src=\"plotly.min.js\" charset=\"utf-8\"></script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("* plotly.js v", html, StringComparison.Ordinal);
            Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
            Assert.InRange(new FileInfo(page).Length, 1, 400_000);
        });
        Assert.Single(Directory.GetFiles(_dir), f => File.ReadAllText(f).Contains("* plotly.js v2.28.0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(50, 500, 1, "width")]
    [InlineData(500, 20000, 1, "height")]
    [InlineData(500, 500, 0, "scale")]
    [InlineData(500, 500, double.NaN, "scale")]
    public void Image_Size_Rejects_Sizes_Out_Of_Range(int width, int height, double scale, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ImageSize(width, height, scale));

        Assert.Equal(param, e.ParamName);
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.Equal(signature, png[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
