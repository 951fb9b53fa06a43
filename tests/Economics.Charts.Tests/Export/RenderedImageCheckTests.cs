using Economics.Analysis.Output;
using Economics.Charts.Export;

namespace Economics.Charts.Tests.Export;

/// <summary>Issue 15 item 7: an image size Chromium cannot render is refused up front, and an empty render never
/// replaces a chart with a 0-byte file.</summary>
public sealed class RenderedImageCheckTests
{
    [Fact]
    public void A_size_beyond_chromiums_canvas_is_refused_before_rendering()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new ImageSize(3000, 3000, 10));
        Assert.Contains("30000 × 30000-pixel image", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1638, new ImageSize(1638, 1638, 10).Width); // 16,380 device pixels a side: within the limit
    }

    [Fact]
    public void An_empty_or_non_png_render_is_a_write_error_not_an_empty_file()
    {
        Assert.Throws<OutputWriteException>(() => ChartExport.CheckedPng([], "x.png", ImageSize.Default));
        Assert.Throws<OutputWriteException>(() => ChartExport.CheckedSvg("", "x.svg", ImageSize.Default));
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0];
        Assert.Same(png, ChartExport.CheckedPng(png, "x.png", ImageSize.Default));
    }
}
