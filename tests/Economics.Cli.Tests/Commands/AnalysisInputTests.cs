using Economics.Cli.Commands;

namespace Economics.Cli.Tests.Commands;

public sealed class AnalysisInputTests
{
    [Theory]
    [InlineData(13_664_300.4, "13,664,300")]
    [InlineData(-2_500.6, "-2,501")]
    [InlineData(317.25, "317.3")]
    [InlineData(1.902344, "1.902")]
    [InlineData(0.0239258, "0.02393")]
    [InlineData(9.3627e-05, "0.00009363")]
    [InlineData(0, "0")]
    [InlineData(double.NaN, "n/a")]
    [InlineData(double.PositiveInfinity, "n/a")]
    public void Show_writes_numbers_readably_in_invariant_culture(double value, string expected) =>
        Assert.Equal(expected, AnalysisInput.Show(value));
}
