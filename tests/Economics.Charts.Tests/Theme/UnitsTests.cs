using Economics.Charts.Theme;

namespace Economics.Charts.Tests.Theme;

public class UnitsTests
{
    [Theory]
    [InlineData(0.0025, "$0.0025")]
    [InlineData(0.004712, "$0.00471")]
    [InlineData(12.3, "$12.30")]
    [InlineData(32609.4, "$32,609")]
    [InlineData(2_990_000, "$2.99M")]
    [InlineData(-1500, "−$1,500")]
    [InlineData(0, "$0")]
    public void Usd_Uses_A_Precision_That_Fits_The_Size(double value, string expected) => Assert.Equal(expected, Units.Usd(value));

    [Theory]
    [InlineData(0.41, "41%")]
    [InlineData(0.045, "4.5%")]
    [InlineData(0.0004, "<0.1%")]
    [InlineData(0, "0%")]
    [InlineData(1.0, "100%")]
    public void Pct_Shows_Small_Shares_Without_Rounding_To_Zero(double value, string expected) => Assert.Equal(expected, Units.Pct(value));

    [Theory]
    [InlineData(3.2, "3.2×")]
    [InlineData(1.544, "1.54×")]
    [InlineData(12.4, "12×")]
    public void Times_Shows_A_Multiple(double value, string expected) => Assert.Equal(expected, Units.Times(value));

    [Theory]
    [InlineData(3.4e9, "3.4 GB")]
    [InlineData(407.62e9, "407.62 GB")]
    [InlineData(512, "512 bytes")]
    public void Bytes_Uses_Decimal_Units(double value, string expected) => Assert.Equal(expected, Units.Bytes(value));

    [Fact]
    public void Fade_Turns_Hex_Into_Rgba() => Assert.Equal("rgba(0,114,178,0.75)", Traces.Fade("#0072B2", 0.75));

    [Fact]
    public void Fade_Rejects_A_Colour_That_Is_Not_Hex()
    {
        var e = Assert.Throws<ArgumentException>(() => Traces.Fade("blue", 0.5));

        Assert.Contains("'blue' is not #rrggbb", e.Message, StringComparison.Ordinal);
    }
}
